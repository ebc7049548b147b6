package tw.annualreport.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import tw.annualreport.support.Fixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The report names the plan's levels as the agency's plan does (agency.csv 層級名稱), in the PDF and
 * in the spreadsheet, and reads the plan in its own order: the samples run through the whole job. A bad
 * setting fails the run with its reason in rejects.csv.
 */
@ReportJobTest
class PlanLevelsReportTests {

	/** The Kaohsiung names, which the national-format plan never uses. */
	private static final String[] KAOHSIUNG = { "工作要項", "工作重點", "具體措施" };

	@TempDir
	Path temp;

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job annualReportJob;

	@Test
	void theNationalFormatReportSaysEvaluationDimensionsItemsAndPointsNeverTheKaohsiungNames() throws IOException {
		Path folder = run(106, "HSZ-E");
		String pdf = String.join("\n", ReportOutputs.pages(folder.resolve("report.pdf")));

		assertThat(pdf).contains("貳、各評核構面執行成果", "一、各評核構面執行情形", "項次　評核構面／評核項目／評核重點",
				"列出各評核重點之承辦單位", "評核重點全年無執行紀錄");
		JsonNode measures = ReportOutputs.summary(folder).get("measures");
		assertThat(pdf).contains("共 " + measures.get("total").intValue() + " 項評核重點，已完成 " + measures.get("completed").intValue());
		assertThat(pdf).doesNotContain(KAOHSIUNG);
		// the plan's name of its measures, never 措施 of our own (the plan's own text may say 服務措施)
		assertThat(pdf).contains("評核重點完成率", "評核重點 4 項，已完成", "未執行之評核重點")
			.doesNotContain("措施完成率", "未執行之措施", "所屬措施", "已完成措施")
			.doesNotContainPattern("(^|\\n)措施 \\d+ 項");
		// the plan's numbering, not dotted codes; 開放創新 is the 整體評核構面, not a fifth 構面; 完成期限 prints
		assertThat(pdf).contains("一、基礎服務", "(一)服務一致及正確", "1.申辦業務標準作業流程訂定情形", "整體評核構面：開放創新",
				"完成期限：106年12月31日")
			.doesNotContain("1.1.1　", "5　開放創新");

		try (XSSFWorkbook workbook = new XSSFWorkbook(folder.resolve("report.xlsx").toFile())) {
			List<String> names = new ArrayList<>();
			workbook.forEach((sheet) -> names.add(sheet.getSheetName()));
			assertThat(names).contains("貳、各評核構面").doesNotContain("貳、各工作要項");
			Sheet plan = workbook.getSheet("貳、各評核構面");
			assertThat(texts(plan.getRow(0))).anySatisfy((title) -> assertThat(title).endsWith("貳、各評核構面執行成果"));
			assertThat(texts(headerRow(plan))).contains("項次", "評核構面／評核項目／評核重點", "評核重點數");
			assertThat(texts(headerRow(workbook.getSheet("貳、執行紀錄")))).startsWith("評核重點項次");
			assertThat(firstColumn(workbook.getSheet("壹、執行成果摘要"))).contains("評核重點");
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					assertThat(String.join("|", texts(row))).as(sheet.getSheetName()).doesNotContain(KAOHSIUNG);
				}
			}
		}
		catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
			throw new IOException(ex);
		}
	}

	@Test
	void aDistrictOfficeGivingTwoNamesHasThemForTheUpperLevelsAndTheDefaultForItsMeasures() {
		Path folder = run(106, "KHH-SMD");
		String pdf = String.join("\n", ReportOutputs.pages(folder.resolve("report.pdf")));

		assertThat(pdf).contains("貳、各執行要項執行成果", "一、各執行要項執行情形", "項次　執行要項／執行重點／具體措施")
			.doesNotContain("工作要項");
	}

	@Test
	void theSeedsFirstRowCodedSevenPrintsFirstAsInThePlanNotAfterSix() throws IOException {
		Path folder = run(113, "KHH-ZY");

		List<String> codes = new ArrayList<>();
		ReportOutputs.summary(folder).get("tree").forEach((node) -> codes.add(node.get("code").asString()));
		assertThat(codes).startsWith("7", "7.1", "7.1.1", "1", "1.1");
		assertThat(codes.subList(codes.indexOf("6"), codes.size())).allSatisfy((code) -> assertThat(code).startsWith("6"));

		String pdf = String.join("", ReportOutputs.pages(folder.resolve("report.pdf"))).replace("\n", "");
		// the plan leaves the row unnumbered: no 7, and the plan's 一、 … 六、 for the others
		int planning = pdf.indexOf("一、各工作要項執行情形");
		assertThat(pdf.indexOf("訂定「提升服務工作計畫」", planning)).isPositive().isLessThan(pdf.indexOf("一、完備基礎服務項目"));
		assertThat(pdf.indexOf("一、完備基礎服務項目")).isLessThan(pdf.indexOf("六、"));
		assertThat(pdf).doesNotContain("7　訂定", "7.1.1　", "1.2.3　推動長照服務線上申辦服務")
			.contains("(二)提供民眾易讀、易懂、易用的服務申辦資訊", "3、推動長照服務線上申辦服務");

		try (XSSFWorkbook workbook = new XSSFWorkbook(folder.resolve("report.xlsx").toFile())) {
			List<String> sheetCodes = firstColumn(workbook.getSheet("貳、各工作要項"));
			assertThat(sheetCodes.subList(sheetCodes.indexOf("項次") + 1, sheetCodes.size())).isEqualTo(codes);
		}
		catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
			throw new IOException(ex);
		}
	}

	@Test
	void badLevelNamesFailTheRunAndRejectsCsvSaysWhy() throws IOException {
		Path input = Fixture.of("LEVELS-BAD")
			.text("agency.csv", Fixture.AGENCY_HEADER + ",層級名稱\n"
					+ "LEVELS-BAD,甲衛生所,KHH-HB,高雄市政府衛生局,research@khh-hb.example.org,構面/項目/重點/細項\n")
			.writeTo(this.temp.resolve("in/LEVELS-BAD"));
		Path out = this.temp.resolve("out-LEVELS-BAD");

		assertThatThrownBy(() -> ReportOutputs.run(this.jobOperator, this.annualReportJob, "LEVELS-BAD", 113, input, out,
				"draft"))
			.hasMessageContaining("FAILED");
		Path folder = ReportOutputs.folder(out, 113, "LEVELS-BAD");
		// a failed run leaves rejects.csv to the report it belongs to: its own rejects wait beside it
		assertThat(folder.resolve("rejects.csv")).doesNotExist();
		assertThat(Files.readString(folder.resolve("rejects.pending.csv"), StandardCharsets.UTF_8))
			.contains("層級名稱", "構面/項目/重點/細項", "工作計畫最多三層，層級名稱最多 3 個", "VALUE_INVALID");
		assertThat(folder.resolve("report.pdf")).doesNotExist();
	}

	private Path run(int rocYear, String agency) {
		Path input = ReportOutputs.copySample(rocYear, agency, this.temp.resolve("in").resolve(agency));
		Path out = this.temp.resolve("out-" + agency);
		ReportOutputs.run(this.jobOperator, this.annualReportJob, agency, rocYear, input, out, "draft");
		return ReportOutputs.folder(out, rocYear, agency);
	}

	/** The first row whose first cell is 項次 (or the sheet's column header row). */
	private static Row headerRow(Sheet sheet) {
		for (Row row : sheet) {
			List<String> texts = texts(row);
			if (!texts.isEmpty() && (texts.get(0).equals("項次") || texts.get(0).endsWith("項次"))) {
				return row;
			}
		}
		throw new AssertionError("no header row in " + sheet.getSheetName());
	}

	private static List<String> firstColumn(Sheet sheet) {
		List<String> cells = new ArrayList<>();
		for (Row row : sheet) {
			Cell cell = row.getCell(0);
			if (cell != null && cell.getCellType() == CellType.STRING) {
				cells.add(cell.getStringCellValue());
			}
		}
		return cells;
	}

	private static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		for (Cell cell : row) {
			if (cell.getCellType() == CellType.STRING) {
				texts.add(cell.getStringCellValue());
			}
		}
		return texts;
	}

}
