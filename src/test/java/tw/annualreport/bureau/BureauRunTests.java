package tw.annualreport.bureau;

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
import org.springframework.jdbc.core.JdbcTemplate;

import tw.annualreport.job.AgencyFolders;
import tw.annualreport.job.AnnualReportJobConfiguration;
import tw.annualreport.job.RunFailure;
import tw.annualreport.run.AgencyRuns;
import tw.annualreport.run.RunHistory;
import tw.annualreport.report.ReportFormats;
import tw.annualreport.support.PdfA;
import tw.annualreport.support.PdfText;
import tw.annualreport.system.RunOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A bureau run: every agency under the parent as a partition, then the consolidated report of the bureau. */
// the same properties as the other job tests on the default in-memory database: one shared context (docs/tests.md)
@SpringBootTest(properties = "annual-report.cli.enabled=false")
class BureauRunTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path temp;

	@Autowired
	AgencyRuns runs;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RunHistory history;

	@Test
	void aBureauRunReportsEveryAgencyUnderTheParentAndConsolidatesThem() throws Exception {
		Path input = this.temp.resolve("in");
		AgencyFolders.copy(Path.of("config/sample/113/KHH-ZY"), input.resolve("KHH-ZY"));
		AgencyFolders.copy(Path.of("config/sample/113/KHH-SM2"), input.resolve("KHH-SM2"));
		Path out = this.temp.resolve("out");
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		RunOptions options = RunOptions.parse(new String[] { "--year=113", "--agency=all", "--parent=KHH-HB",
				"--input=" + input, "--out=" + out, "--formats=json,pdf,xlsx,ods", "--final=true" });

		List<RunFailure> failures = this.runs.run(options, new PrintStream(printed, true, StandardCharsets.UTF_8));

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
		assertThat(bureau.path("pooled").path("figures").path("measures.completionRate").path("value").asDouble())
			.isCloseTo((double) completed / leaves, within(1e-12));
		assertThat(bureau.path("missing")).isEmpty();

		// the consolidated table the bureau compares agencies with: numbers, not text
		try (Workbook workbook = WorkbookFactory.create(out.resolve("113/KHH-HB/report.xlsx").toFile())) {
			assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("壹、彙整摘要");
			Sheet sheet = workbook.getSheet("貳、各機關彙整表");
			assertThat(sheet).isNotNull();
			Row header = sheet.getRow(3);
			assertThat(header.getCell(2).getStringCellValue()).isEqualTo("措施完成率");
			Row zyRow = sheet.getRow(5);
			assertThat(zyRow.getCell(0).getStringCellValue()).isEqualTo("KHH-ZY");
			assertThat(zyRow.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(zyRow.getCell(2).getNumericCellValue())
				.isEqualTo(zy.path("measures").path("completionRate").asDouble());
			assertThat(zyRow.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
		}
		assertThat(out.resolve("113/KHH-HB/report.ods")).isRegularFile();

		// the final consolidated report: no 草稿, and PDF/A-1b like the agency's final report
		Path pdf = out.resolve("113/KHH-HB/report.pdf");
		String text = String.join("\n", PdfText.pages(pdf));
		assertThat(text).contains("高雄市政府衛生局", "113年度提升服務成果彙整報告", "正式報告", "壹、彙整摘要", "貳、各機關關鍵指標",
				"參、資料繳交狀況", "肆、檢討與改進", "高雄市左營區衛生所").doesNotContain("草稿");
		assertThat(PdfA.failures(pdf)).isEmpty();
	}


	/**
	 * Four agencies, one with a broken plan: three reports and the consolidated one naming the
	 * failure; the run fails. With the plan fixed, the same command re-runs only that agency
	 * (the others' jobs are not run again), then the consolidation, which now holds all four.
	 */
	@Test
	void aFailedAgencyFailsItsPartitionAloneAndTheSameCommandCompletesItOnceFixed() throws Exception {
		Path input = this.temp.resolve("in4");
		AgencyFolders.copy(Path.of("config/sample/113/KHH-ZY"), input.resolve("KHH-ZY"));
		AgencyFolders.copy(Path.of("config/sample/113/KHH-SM2"), input.resolve("KHH-SM2"));
		agency(AgencyFolders.copy(Path.of("config/sample/113/KHH-ZY"), input.resolve("third")), "KHH-T3", "高雄市第三衛生所");
		Path broken = agency(AgencyFolders.copy(Path.of("config/sample/113/KHH-ZY"), input.resolve("broken")), "KHH-BAD",
				"高雄市第四衛生所");
		byte[] plan = Files.readAllBytes(broken.resolve("plan.csv"));
		Files.writeString(broken.resolve("plan.csv"), "\uFEFF項次,名稱\n1,只有兩欄\n");
		Path out = this.temp.resolve("out4");
		RunOptions options = RunOptions.parse(new String[] { "--year=113", "--agency=all", "--parent=KHH-HB",
				"--input=" + input, "--out=" + out, "--formats=json,pdf,xlsx" });

		ByteArrayOutputStream first = new ByteArrayOutputStream();
		List<RunFailure> failures = this.runs.run(options, new PrintStream(first, true, StandardCharsets.UTF_8));

		String printed = first.toString(StandardCharsets.UTF_8);
		assertThat(failures).as(printed).singleElement().asString().startsWith("KHH-BAD：").contains("拒收");
		assertThat(printed).contains("KHH-ZY：完成。", "KHH-SM2：完成。", "KHH-T3：完成。", "KHH-BAD：失敗。",
				"KHH-HB（彙整）：完成，含 KHH-SM2、KHH-T3、KHH-ZY；失敗：KHH-BAD");
		JsonNode bureau = JSON.readTree(Files.readString(out.resolve("113/KHH-HB/summary.json")));
		assertThat(bureau.path("agencies")).extracting((a) -> a.path("code").asString())
			.containsExactly("KHH-SM2", "KHH-T3", "KHH-ZY");
		assertThat(bureau.path("failed")).singleElement().satisfies((f) -> {
			assertThat(f.path("code").asString()).isEqualTo("KHH-BAD");
			assertThat(f.path("reason").asString()).contains("executions.csv 拒收 80／80 筆");
		});
		assertThat(out.resolve("113/KHH-BAD/summary.json")).doesNotExist();
		// the bureau's PDF names the failed agency and why, in 彙整摘要 and in 資料繳交狀況
		List<String> pages = PdfText.pages(out.resolve("113/KHH-HB/report.pdf"));
		String text = String.join("\n", pages);
		String flat = text.replaceAll("\\s+", "");
		assertThat(flat).contains("未納入彙整（本次產製失敗）", "高雄市第四衛生所（KHH-BAD）：", "executions.csv拒收80／80筆");
		// a draft: 「草稿」 stamped over every page, as on the agency report
		assertThat(pages).allSatisfy((page) -> assertThat(page.strip()).endsWith("草稿"));
		String submissions = pages.stream().filter((p) -> p.contains("參、資料繳交狀況")).findFirst().orElseThrow();
		assertThat(submissions.replaceAll("\\s+", "")).contains("KHH-BAD高雄市第四衛生所———本次失敗", "KHH-ZY高雄市左營區衛生所———已繳交");
		// the pooled completion rate, from the three agencies' counts, and the sentence saying so
		long leaves3 = 0;
		long completed3 = 0;
		for (String code : List.of("KHH-SM2", "KHH-T3", "KHH-ZY")) {
			JsonNode m = JSON.readTree(Files.readString(out.resolve("113/" + code + "/summary.json"))).path("measures");
			leaves3 += m.path("total").asLong();
			completed3 += m.path("completed").asLong();
		}
		assertThat(bureau.path("pooled").path("figures").path("measures.completionRate").path("value").asDouble()).isEqualTo((double) completed3 / leaves3);
		assertThat(flat).contains("措施完成率" + ReportFormats.percent((double) completed3 / leaves3) + completed3 + leaves3
				+ "已完成措施數÷措施數", "並非各機關比率之平均");
		long zyRuns = agencyExecutions("KHH-ZY");

		Files.write(broken.resolve("plan.csv"), plan);
		ByteArrayOutputStream second = new ByteArrayOutputStream();
		failures = this.runs.run(options, new PrintStream(second, true, StandardCharsets.UTF_8));

		assertThat(failures).as(second.toString(StandardCharsets.UTF_8)).isEmpty();
		assertThat(second.toString(StandardCharsets.UTF_8)).contains("KHH-BAD：完成。", "KHH-ZY：完成。",
				"KHH-HB（彙整）：完成，含 KHH-BAD、KHH-SM2、KHH-T3、KHH-ZY。");
		assertThat(agencyExecutions("KHH-ZY")).isEqualTo(zyRuns);
		bureau = JSON.readTree(Files.readString(out.resolve("113/KHH-HB/summary.json")));
		assertThat(bureau.path("agencies")).hasSize(4);
		assertThat(bureau.path("failed")).isEmpty();
		assertThat(out.resolve("113/KHH-BAD/summary.json")).isRegularFile();
		// one bureau run, resumed: its second execution ran the fixed agency's partition only
		List<String> partitions = this.jdbc.queryForList("""
				SELECT s.STEP_NAME FROM BATCH_STEP_EXECUTION s
				WHERE s.JOB_EXECUTION_ID = (SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION e
				  JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = ?)
				  AND s.STEP_NAME LIKE 'agencyReportStep:%'
				""", String.class, BureauJobConfiguration.JOB_NAME);
		assertThat(partitions).containsExactly("agencyReportStep:KHH-BAD");
		// --history lists the bureau run by its agencies, as its partitions stand now
		assertThat(this.history.page(RunOptions.parse(new String[] { "--history", "--year=113", "--agency=KHH-HB" }))
			.entries()).filteredOn((entry) -> entry.output().startsWith(out.toString()))
			.extracting(RunHistory.Entry::rows)
			.containsExactly("彙整 4 個機關（完成 4、未完成 0）", "彙整 4 個機關（完成 4、未完成 0）");
	}

	/** Rewrites a copied folder's agency.csv to another agency under KHH-HB. */
	private static Path agency(Path folder, String code, String name) throws Exception {
		Files.writeString(folder.resolve("agency.csv"), "\uFEFF機關代碼,機關名稱,上級機關代碼,上級機關名稱,收件信箱\n" + code + ","
				+ name + ",KHH-HB,高雄市政府衛生局,research@khh-hb.example.org\n");
		return folder;
	}

	private long agencyExecutions(String code) {
		return this.jdbc.queryForObject("""
				SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e
				JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
				JOIN BATCH_JOB_EXECUTION_PARAMS a ON a.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND a.PARAMETER_NAME = 'agency'
				WHERE i.JOB_NAME = ? AND a.PARAMETER_VALUE = ?
				""", Long.class, AnnualReportJobConfiguration.JOB_NAME, code);
	}

}
