package tw.annualreport.job;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import tw.annualreport.system.RunOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A bureau run: every agency under the parent, then the consolidated summary of the bureau. */
@SpringBootTest(properties = { "annual-report.cli.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:bureau-${random.uuid};DB_CLOSE_DELAY=-1" })
class BureauRunTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path temp;

	@Autowired
	AgencyRuns runs;

	@Test
	void aBureauRunReportsEveryAgencyUnderTheParentAndConsolidatesThem() throws Exception {
		Path input = this.temp.resolve("in");
		AgencyFolders.copy(Path.of("config/sample/113/KHH-ZY"), input.resolve("KHH-ZY"));
		AgencyFolders.copy(Path.of("config/sample/113/KHH-SM2"), input.resolve("KHH-SM2"));
		Path out = this.temp.resolve("out");
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		RunOptions options = RunOptions.parse(new String[] { "--year=113", "--agency=all", "--parent=KHH-HB",
				"--input=" + input, "--out=" + out, "--formats=json,xlsx,ods" });

		List<String> failures = this.runs.run(options, new PrintStream(printed, true, StandardCharsets.UTF_8));

		assertThat(failures).as(printed.toString(StandardCharsets.UTF_8)).isEmpty();
		assertThat(printed.toString(StandardCharsets.UTF_8)).contains("KHH-HB（彙整）：完成，含 KHH-SM2、KHH-ZY");
		JsonNode bureau = JSON.readTree(Files.readString(out.resolve("113/KHH-HB/summary.json")));
		JsonNode zy = JSON.readTree(Files.readString(out.resolve("113/KHH-ZY/summary.json")));
		JsonNode sm2 = JSON.readTree(Files.readString(out.resolve("113/KHH-SM2/summary.json")));
		assertThat(bureau.path("bureau").path("name").asString()).isEqualTo("高雄市政府衛生局");
		assertThat(bureau.path("agencies")).extracting((a) -> a.path("code").asString())
			.containsExactly("KHH-SM2", "KHH-ZY");
		assertThat(bureau.path("agencies").get(1).path("figures").path("phone.mean").asDouble())
			.isEqualTo(zy.path("phoneTests").path("mean").asDouble());
		long completed = zy.path("measures").path("completed").asLong() + sm2.path("measures").path("completed").asLong();
		long leaves = zy.path("measures").path("total").asLong() + sm2.path("measures").path("total").asLong();
		assertThat(bureau.path("pooled").path("completionRate").asDouble())
			.isCloseTo((double) completed / leaves, within(1e-12));
		assertThat(bureau.path("missing")).isEmpty();

		// the consolidated table the bureau compares agencies with: numbers, not text
		try (Workbook workbook = WorkbookFactory.create(out.resolve("113/KHH-HB/report.xlsx").toFile())) {
			Sheet sheet = workbook.getSheet("彙整表");
			assertThat(sheet).isNotNull();
			Row header = sheet.getRow(2);
			assertThat(header.getCell(2).getStringCellValue()).isEqualTo("措施完成率");
			Row zyRow = sheet.getRow(4);
			assertThat(zyRow.getCell(0).getStringCellValue()).isEqualTo("KHH-ZY");
			assertThat(zyRow.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(zyRow.getCell(2).getNumericCellValue())
				.isEqualTo(zy.path("measures").path("completionRate").asDouble());
			assertThat(zyRow.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
		}
		assertThat(out.resolve("113/KHH-HB/report.ods")).isRegularFile();
	}

}
