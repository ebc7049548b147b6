package tw.annualreport.sample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed sample data under {@code config/sample} is exactly what
 * {@link SampleDataGenerator} writes from the committed plans, and it stays within the
 * ranges the sample README promises.
 */
class SampleDataGeneratorTests {

	static final Path SAMPLE = Paths.get("config/sample");

	@TempDir
	static Path temp;

	static Path generated;

	@BeforeAll
	static void generateIntoACopyOfThePlans() throws IOException {
		generated = temp.resolve("sample");
		for (Path folder : SampleDataGenerator.agencyFolders(SAMPLE)) {
			Path target = generated.resolve(SAMPLE.relativize(folder));
			Files.createDirectories(target);
			Files.copy(folder.resolve("plan.csv"), target.resolve("plan.csv"));
			Files.copy(folder.resolve("agency.csv"), target.resolve("agency.csv"));
		}
		SampleDataGenerator.main(new String[] { generated.toString() });
	}

	@Test
	void everyAgencyFolderOfTheReadmeIsPresent() throws IOException {
		List<String> folders = SampleDataGenerator.agencyFolders(SAMPLE)
			.stream()
			.map((p) -> SAMPLE.relativize(p).toString().replace('\\', '/'))
			.toList();
		assertThat(folders).containsExactly("106/HSZ-E", "106/KHH-MT", "106/KHH-SMD", "113/KHH-MT", "113/KHH-SM2", "113/KHH-ZY");
	}

	@Test
	void regeneratedFilesEqualTheCommittedOnesByteForByte() throws IOException {
		for (Path folder : SampleDataGenerator.agencyFolders(SAMPLE)) {
			String code = folder.getFileName().toString();
			for (String name : SampleDataGenerator.outputFiles(code)) {
				Path committed = folder.resolve(name);
				Path fresh = generated.resolve(SAMPLE.relativize(folder)).resolve(name);
				assertThat(committed).as("committed %s/%s", code, name).exists();
				assertThat(Files.readAllBytes(fresh)).as("%s/%s differs from a fresh run", code, name)
					.isEqualTo(Files.readAllBytes(committed));
			}
		}
	}

	@Test
	void workbookOfKhhSm2HoldsTheFiveSheetsWithTheSameCellsAsAFreshRun() throws IOException {
		Path committed = SAMPLE.resolve("113/KHH-SM2/資料.xlsx");
		Path fresh = generated.resolve("113/KHH-SM2/資料.xlsx");
		Map<String, List<List<String>>> a = sheets(committed);
		assertThat(a.keySet()).containsExactlyInAnyOrder("executions", "phone_tests", "survey_questions",
				"survey_responses", "cases");
		assertThat(sheets(fresh)).isEqualTo(a);
	}

	@Test
	void executionsNameOnlyLeavesOfThePlanAndLeaveSomeLeavesUnstarted() throws IOException {
		for (Path folder : csvFolders()) {
			Set<String> leaves = leafCodes(folder);
			List<CSVRecord> executions = SampleDataGenerator.readCsv(folder.resolve("executions.csv"));
			Set<String> measures = executions.stream().map((r) -> r.get("措施項次")).collect(Collectors.toSet());
			assertThat(leaves).as(folder.toString()).containsAll(measures);
			assertThat(measures.size()).as("leaves with a record in %s", folder).isLessThan(leaves.size());
			assertThat(executions.size()).as(folder.toString()).isBetween(leaves.size() - 10, leaves.size() * 4 + 1);
			assertThat(executions.stream().filter((r) -> r.get("執行情形").length() >= 150)).isNotEmpty();
		}
	}

	@Test
	void rowCountsStayInTheDocumentedRanges() throws IOException {
		for (Path folder : csvFolders()) {
			boolean planted = folder.endsWith("KHH-ZY");
			assertThat(SampleDataGenerator.readCsv(folder.resolve("phone_tests.csv"))).as(folder.toString())
				.hasSizeBetween(30, planted ? 42 : 40);
			List<CSVRecord> responses = SampleDataGenerator.readCsv(folder.resolve("survey_responses.csv"));
			long pub = responses.stream().filter((r) -> r.get("問卷代碼").equals("PUB")).count();
			long staff = responses.stream().filter((r) -> r.get("問卷代碼").equals("STAFF")).count();
			assertThat(pub).as(folder.toString()).isBetween(250L, planted ? 402L : 400L);
			assertThat(staff).as(folder.toString()).isBetween(30L, 40L);
			assertThat(SampleDataGenerator.readCsv(folder.resolve("cases.csv"))).as(folder.toString())
				.hasSizeBetween(120, planted ? 301 : 300);
			assertThat(SampleDataGenerator.readCsv(folder.resolve("history.csv"))).hasSize(10);
		}
	}

	@Test
	void staffSurveyHasCompleteRespondentsForCronbachsAlpha() throws IOException {
		for (Path folder : csvFolders()) {
			long complete = SampleDataGenerator.readCsv(folder.resolve("survey_responses.csv"))
				.stream()
				.filter((r) -> r.get("問卷代碼").equals("STAFF"))
				.filter((r) -> {
					for (int q = 1; q <= 8; q++) {
						String v = r.get("Q" + q);
						if (v.isBlank() || v.equals("9") || v.equals("不適用")) {
							return false;
						}
					}
					return true;
				})
				.count();
			assertThat(complete).as(folder.toString()).isGreaterThanOrEqualTo(10);
		}
	}

	@Test
	void khhMtFilesAreBig5AndNotUtf8() throws IOException {
		byte[] bytes = Files.readAllBytes(SAMPLE.resolve("106/KHH-MT/executions.csv"));
		assertThat(SampleDataGenerator.decode(bytes)).startsWith("措施項次");
		assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).doesNotStartWith("措施項次");
	}

	private static List<Path> csvFolders() throws IOException {
		return SampleDataGenerator.agencyFolders(SAMPLE)
			.stream()
			.filter((p) -> Files.exists(p.resolve("executions.csv")))
			.toList();
	}

	private static Set<String> leafCodes(Path folder) throws IOException {
		return SampleDataGenerator.leaves(SampleDataGenerator.readPlan(folder.resolve("plan.csv")))
			.stream()
			.map(SampleDataGenerator.PlanRow::code)
			.collect(Collectors.toSet());
	}

	private static Map<String, List<List<String>>> sheets(Path xlsx) throws IOException {
		Map<String, List<List<String>>> result = new TreeMap<>();
		DataFormatter fmt = new DataFormatter();
		try (InputStream in = Files.newInputStream(xlsx); Workbook wb = new XSSFWorkbook(in)) {
			for (Sheet sheet : wb) {
				List<List<String>> rows = new ArrayList<>();
				for (Row row : sheet) {
					List<String> cells = new ArrayList<>();
					for (int c = 0; c < row.getLastCellNum(); c++) {
						cells.add(row.getCell(c) == null ? "" : fmt.formatCellValue(row.getCell(c)));
					}
					rows.add(cells);
				}
				result.put(sheet.getSheetName(), rows);
			}
		}
		return result;
	}

}
