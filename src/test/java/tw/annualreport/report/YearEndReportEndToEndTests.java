package tw.annualreport.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import tw.annualreport.figures.Rounding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The year-end report of the bundled samples, rendered through the whole job (import → figures
 * → summary.json → report) and read back as a reader or a program would: the PDF's text and
 * fonts (PDFBox), PDF/A-1b (veraPDF), the XLSX cells (POI), the ODS content (LibreOffice opening
 * both spreadsheets: {@link YearEndReportLibreOfficeIntegrationTests}). KHH-ZY has the Kaohsiung
 * plan format, HSZ-E the national one.
 */
@ReportJobTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YearEndReportEndToEndTests {

	private static final String[] SECTIONS = { "壹、執行成果摘要", "貳、各工作要項執行成果", "參、電話禮貌測試結果", "肆、滿意度調查結果", "伍、案件處理情形",
			"陸、檢討與改進", "資料品質說明" };

	/** User text that a spreadsheet would take for a formula if written carelessly. */
	static final String FORMULA_LIKE = "=1+2 請改善停車位";

	static final String MENTION_LIKE = "@承辦人 請回電";

	@TempDir
	static Path temp;

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job annualReportJob;

	@Autowired
	ReportDataQuery reportDataQuery;

	@Autowired
	ReportRenderer reportRenderer;

	private Path draft;

	private Path finalReport;

	private Path national;

	private JsonNode summary;

	private List<String> draftPages;

	@BeforeAll
	void renderSamples() {
		Path zy = ReportOutputs.copySample(113, "KHH-ZY", temp.resolve("in/KHH-ZY"));
		ReportOutputs.appendLine(zy.resolve("survey_responses.csv"),
				"PUB,P9901,113/07/05,預防接種,女,65歲以上,4,4,4,4,4,4,4,4,4,4,4,4," + FORMULA_LIKE);
		ReportOutputs.appendLine(zy.resolve("survey_responses.csv"),
				"PUB,P9902,113/07/06,預防接種,男,65歲以上,5,4,4,4,4,4,4,4,4,4,4,5," + MENTION_LIKE);
		ReportOutputs.run(this.jobOperator, this.annualReportJob, "KHH-ZY", 113, zy, temp.resolve("draft"), "draft");
		ReportOutputs.run(this.jobOperator, this.annualReportJob, "KHH-ZY", 113, zy, temp.resolve("final"), "final");
		Path hsz = ReportOutputs.copySample(106, "HSZ-E", temp.resolve("in/HSZ-E"));
		ReportOutputs.run(this.jobOperator, this.annualReportJob, "HSZ-E", 106, hsz, temp.resolve("national"), "draft");
		this.draft = ReportOutputs.folder(temp.resolve("draft"), 113, "KHH-ZY");
		this.finalReport = ReportOutputs.folder(temp.resolve("final"), 113, "KHH-ZY");
		this.national = ReportOutputs.folder(temp.resolve("national"), 106, "HSZ-E");
		this.summary = ReportOutputs.summary(this.draft);
		this.draftPages = ReportOutputs.pages(this.draft.resolve("report.pdf"));
	}

	// PDF

	@Test
	void pdfNamesTheAgencyTheYearAndEverySection() {
		String text = String.join("\n", this.draftPages);
		assertThat(text).contains("高雄市左營區衛生所", "113年度提升服務成果報告", "114年1月15日", "研考承辦人 張家瑋");
		assertThat(text).contains(SECTIONS);
	}

	@Test
	void pdfShowsTheKeyFiguresOfSummaryJsonRoundedHalfUp() {
		String text = flat(this.draftPages);
		JsonNode measures = this.summary.get("measures");
		assertThat(percent(measures.get("completionRate"))).isEqualTo("78.8%");
		assertThat(text).contains("完成率 78.8%", "已完成 " + measures.get("completed").longValue() + " 項");
		JsonNode phone = this.summary.get("phoneTests");
		assertThat(text).contains("平均 " + Rounding.halfUp(phone.get("mean").doubleValue(), 1) + " 分",
				"通過率 " + percent(phone.get("passRate")));
		for (JsonNode survey : this.summary.get("surveys")) {
			assertThat(text).contains(survey.get("title").asString() + "整體滿意度 " + percent(survey.get("satisfactionRate")));
			assertThat(text.replace(" ", "")).contains("α=" + Rounding.halfUp(survey.get("cronbachAlpha").doubleValue(), 3));
		}
		assertThat(text).contains("準時結案率 " + percent(this.summary.get("cases").get("onTimeRate")));
		JsonNode executions = this.summary.get("rows").get("executions");
		assertThat(text).contains("執行紀錄 executions.csv " + executions.get("read").longValue() + " "
				+ executions.get("accepted").longValue() + " " + executions.get("rejected").longValue());
	}

	@Test
	void pdfShowsThePlanTreeWithEveryMeasure() {
		String text = flat(this.draftPages);
		for (JsonNode node : this.summary.get("tree")) {
			// the plan's own numbering prints, not the dotted code (the key, and the sheets' 項次)
			assertThat(text.replace(" ", "")).as("plan node %s", node.get("code").asString())
				.contains(node.get("title").asString().replace(" ", ""));
		}
		JsonNode first = this.summary.get("tree").get(0);
		assertThat(text).contains(first.get("title").asString());
	}

	/** Units are counted with 個, measures with 項, questions with 題; the answer headers on one line. */
	@Test
	void reviewCountsUseTheirMeasureWordsAndAnswerHeadersDoNotWrap() {
		String text = String.join("\n", this.draftPages);
		assertThat(text).contains("電話禮貌測試未達及格之單位（0 個）").doesNotContain("單位（0 項）");
		assertThat(text).containsPattern("未執行之具體措施（\\d+ 項）").containsPattern("未達目標之指標（\\d+ 項）")
			.containsPattern("滿意度未達目標之題目（\\d+ 題）");
		assertThat(text).contains("題號 題目 有效 非常不滿意 不滿意 普通 滿意 非常滿意 平均數 滿意度");
	}

	/** The staff survey has no 服務項目 column: its breakdowns are 性別 and 年齡層 only, no 「服務項目 未填」. */
	@Test
	void aBreakdownNobodyGaveIsNotShown() {
		String text = String.join("\n", this.draftPages);
		assertThat(text).doesNotContain("服務項目 未填");
		assertThat(this.summary.get("surveys")).anySatisfy((survey) -> {
			assertThat(survey.get("audience").asString()).isEqualTo("STAFF");
			assertThat(survey.get("byService")).isEmpty();
			assertThat(survey.get("byGender")).isNotEmpty();
		});
	}

	@Test
	void everyPageSaysPageXOfY() {
		int total = this.draftPages.size();
		assertThat(total).isGreaterThan(10);
		assertThat(this.draftPages.get(0)).as("the cover").doesNotContain("第 1 頁");
		for (int page = 2; page <= total; page++) {
			assertThat(this.draftPages.get(page - 1)).contains("第 " + page + " 頁／共 " + total + " 頁");
		}
	}

	@Test
	void aDraftIsMarkedOnEveryPageAndTheFinalReportNowhere() {
		assertThat(this.draftPages).allSatisfy((page) -> assertThat(page).contains("草稿"));
		assertThat(ReportOutputs.pages(this.finalReport.resolve("report.pdf")))
			.allSatisfy((page) -> assertThat(page).doesNotContain("草稿"));
	}

	@Test
	void theDraftMarkIsDrawnLastOverTheContentAndTranslucent() throws IOException {
		// content-stream order: the mark comes after everything else the page draws, cells included
		assertThat(this.draftPages).allSatisfy((page) -> assertThat(page.strip()).endsWith("草稿"));
		try (PDDocument document = Loader.loadPDF(this.draft.resolve("report.pdf").toFile())) {
			for (PDPage page : document.getPages()) {
				List<Float> alphas = new ArrayList<>();
				for (var name : page.getResources().getExtGStateNames()) {
					Float alpha = page.getResources().getExtGState(name).getNonStrokingAlphaConstant();
					if (alpha != null) {
						alphas.add(alpha);
					}
				}
				assertThat(alphas).as("a translucent fill on every page").anyMatch((a) -> a > 0.1f && a < 0.5f);
			}
		}
	}

	@Test
	void commentsAreMaskedInThePdf() {
		String text = String.join("\n", this.draftPages);
		assertThat(text).doesNotContain("0912-345-678", "0933-222-111", "A123456789", "lin.mei@example.com");
		assertThat(text).contains("09**-***-678", "A12****789", "l***@example.com");
	}

	@Test
	void theFontIsEmbeddedNotoSansTc() throws IOException {
		List<String> fonts = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(this.draft.resolve("report.pdf").toFile())) {
			for (PDPage page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
					fonts.add(font.getName());
				}
			}
		}
		assertThat(fonts).isNotEmpty().allSatisfy((name) -> assertThat(name).contains("NotoSansTC"));
	}

	@Test
	void theFinalReportIsPdfA1b() throws Exception {
		VeraGreenfieldFoundryProvider.initialise();
		try (InputStream in = Files.newInputStream(this.finalReport.resolve("report.pdf"));
				PDFAParser parser = Foundries.defaultInstance().createParser(in)) {
			assertThat(parser.getFlavour()).isEqualTo(PDFAFlavour.PDFA_1_B);
			PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_1_B, false);
			ValidationResult result = validator.validate(parser);
			List<String> failed = result.getTestAssertions()
				.stream()
				.filter((a) -> a.getStatus() == TestAssertion.Status.FAILED)
				.map((a) -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
				.distinct()
				.toList();
			assertThat(failed).isEmpty();
			assertThat(result.isCompliant()).isTrue();
		}
	}

	@Test
	void theNationalPlanFormatRendersItsOwnTree() {
		List<String> pages = ReportOutputs.pages(this.national.resolve("report.pdf"));
		String text = String.join("\n", pages);
		// its plan names its levels 評核構面/評核項目/評核重點 (agency.csv 層級名稱), so 貳 is 各評核構面執行成果
		assertThat(text).contains("新竹市東區衛生所", "106年度提升服務成果報告")
			.contains(Arrays.stream(SECTIONS).map((s) -> s.replace("工作要項", "評核構面")).toArray(String[]::new));
		JsonNode summary = ReportOutputs.summary(this.national);
		String flat = flat(pages);
		for (JsonNode node : summary.get("tree")) {
			if (node.get("level").intValue() < 3) {
				assertThat(flat.replace(" ", "")).contains(node.get("title").asString().replace(" ", ""));
			}
		}
		assertThat(text).contains("完成率 " + percent(summary.get("measures").get("completionRate")));
		assertThat(pages.get(1)).contains("第 2 頁／共 " + pages.size() + " 頁");
	}

	// XLSX

	@Test
	void xlsxHasOneSheetPerSectionNamedInChinese() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(this.draft.resolve("report.xlsx").toFile())) {
			List<String> names = new ArrayList<>();
			workbook.forEach((sheet) -> names.add(sheet.getSheetName()));
			assertThat(names).containsExactly("壹、執行成果摘要", "貳、各工作要項", "貳、執行紀錄", "參、電話禮貌測試", "肆、滿意度調查", "伍、案件處理情形",
					"陸、檢討與改進", "資料品質說明");
		}
		catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
			throw new IOException(ex);
		}
	}

	@Test
	void xlsxHoldsTheUnroundedFiguresAsNumbersWithFormats() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(this.draft.resolve("report.xlsx").toFile())) {
			Sheet summarySheet = workbook.getSheetAt(0);
			Cell completion = valueOf(summarySheet, "具體措施完成率");
			assertThat(completion.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(completion.getNumericCellValue())
				.isEqualTo(this.summary.get("measures").get("completionRate").doubleValue());
			assertThat(completion.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
			Cell mean = valueOf(summarySheet, "電話禮貌測試平均分數");
			assertThat(mean.getNumericCellValue()).isEqualTo(this.summary.get("phoneTests").get("mean").doubleValue());
			assertThat(mean.getCellStyle().getDataFormatString()).isEqualTo("0.0");
			Cell total = valueOf(summarySheet, "具體措施");
			assertThat(total.getNumericCellValue()).isEqualTo(this.summary.get("measures").get("total").doubleValue());

			Sheet plan = workbook.getSheet("貳、各工作要項");
			int checked = 0;
			int sessions = columnOf(rowOf(plan, "項次"), "場次");
			assertThat(rowOf(plan, "項次").getCell(sessions + 1).getStringCellValue()).isEqualTo("人次");
			for (JsonNode node : this.summary.get("tree")) {
				Row row = rowOf(plan, node.get("code").asString());
				assertThat(row.getCell(sessions).getNumericCellValue()).isEqualTo(node.get("sessions").doubleValue());
				assertThat(row.getCell(sessions + 1).getNumericCellValue()).isEqualTo(node.get("participants").doubleValue());
				checked++;
			}
			assertThat(checked).isEqualTo(this.summary.get("tree").size());
			Sheet phone = workbook.getSheet("參、電話禮貌測試");
			for (JsonNode unit : this.summary.get("phoneTests").get("units")) {
				Row row = rowOf(phone, unit.get("name").asString());
				assertThat(row.getCell(2).getNumericCellValue()).isCloseTo(unit.get("mean").doubleValue(), within(0.0));
				assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(unit.get("passRate").doubleValue());
				assertThat(row.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
			}
		}
	}

	/**
	 * executions.csv: the first record of 1.1.1 is dated 113/05/21 (2024-05-21, Excel day 45433); a
	 * case received 113/06/29. Dates are numeric cells with the ROC date format; POI's
	 * isCellDateFormatted does not know the era year {@code e}, so the day number and the format are
	 * checked themselves (LibreOffice shows them, see below).
	 */
	@Test
	void xlsxDatesAreDateCellsShownInRocForm() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(this.draft.resolve("report.xlsx").toFile())) {
			Cell date = rowOf(workbook.getSheet("貳、執行紀錄"), "1.1.1").getCell(1);
			assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(date.getNumericCellValue()).isEqualTo(45433.0)
				.isEqualTo(DateUtil.getExcelDate(LocalDate.of(2024, 5, 21)));
			assertThat(date.getLocalDateTimeCellValue()).isEqualTo(LocalDate.of(2024, 5, 21).atStartOfDay());
			assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("[$-404]e/mm/dd");
			Cell received = rowOf(workbook.getSheet("伍、案件處理情形"), "陳情").getCell(4);
			assertThat(received.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(received.getLocalDateTimeCellValue()).isEqualTo(LocalDate.of(2024, 6, 29).atStartOfDay());
			assertThat(received.getCellStyle().getDataFormatString()).isEqualTo("[$-404]e/mm/dd");
		}
	}

	@Test
	void xlsxFreezesTheHeaderRowsOfEverySheet() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(this.draft.resolve("report.xlsx").toFile())) {
			for (Sheet sheet : workbook) {
				var pane = sheet.getPaneInformation();
				assertThat(pane).as(sheet.getSheetName()).isNotNull();
				assertThat(pane.isFreezePane()).isTrue();
				// frozen down to the first header row (title, note, header; a survey's title above its header)
				Row lastFrozen = sheet.getRow(pane.getHorizontalSplitTopRow() - 1);
				assertThat(lastFrozen.getCell(1).getCellStyle().getFillForegroundColorColor()).as(sheet.getSheetName())
					.isNotNull();
			}
			assertThat(workbook.getSheetAt(0).getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 3);
			Sheet plan = workbook.getSheet("貳、各工作要項");
			assertThat(plan.getColumnWidth(2)).isGreaterThan(4 * plan.getColumnWidth(0));
		}
	}

	@Test
	void xlsxNeverTurnsUserTextIntoAFormula() throws Exception {
		List<String> planted = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(this.draft.resolve("report.xlsx").toFile())) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress())
							.isNotEqualTo(CellType.FORMULA);
						if (cell.getCellType() == CellType.STRING
								&& Set.of(FORMULA_LIKE, MENTION_LIKE).contains(cell.getStringCellValue())) {
							planted.add(cell.getStringCellValue());
						}
					}
				}
			}
		}
		assertThat(planted).containsExactlyInAnyOrder(FORMULA_LIKE, MENTION_LIKE);
	}

	// ODS

	@Test
	void odsHoldsTheSameSheetsWithNumericCells() throws IOException {
		try (ZipFile ods = new ZipFile(this.draft.resolve("report.ods").toFile())) {
			String content = new String(ods.getInputStream(ods.getEntry("content.xml")).readAllBytes(), StandardCharsets.UTF_8);
			assertThat(content).contains("table:name=\"壹、執行成果摘要\"", "table:name=\"資料品質說明\"");
			assertThat(content).contains("office:value-type=\"percentage\" office:value=\""
					+ this.summary.get("measures").get("completionRate").doubleValue() + "\"");
			// a string cell (no office:value-type), never a formula
			assertThat(content).contains(">" + FORMULA_LIKE + "</text:p>", ">" + MENTION_LIKE + "</text:p>")
				.doesNotContain("table:formula");
			assertThat(content).doesNotContain("0912-345-678", "A123456789", "lin.mei@example.com");
			// a date cell with an ROC-year style (民國 113/05/21)
			assertThat(content).contains("office:value-type=\"date\" office:date-value=\"2024-05-21\"",
					"<number:year number:calendar=\"ROC\"/>");
		}
	}

	/** The text without line breaks (a long line wraps anywhere in Chinese). */
	private static String flat(List<String> pages) {
		return String.join("", pages).replace("\r", "").replace("\n", "");
	}

	private static String percent(JsonNode ratio) {
		return Rounding.percent(ratio.doubleValue(), 1).toPlainString() + "%";
	}

	private static Cell valueOf(Sheet sheet, String label) {
		return rowOf(sheet, label).getCell(1);
	}

	private static int columnOf(Row header, String text) {
		for (Cell cell : header) {
			if (cell.getCellType() == CellType.STRING && text.equals(cell.getStringCellValue())) {
				return cell.getColumnIndex();
			}
		}
		throw new AssertionError("no column " + text);
	}

	private static Row rowOf(Sheet sheet, String firstCell) {
		for (Row row : sheet) {
			Cell cell = row.getCell(0);
			if (cell != null && cell.getCellType() == CellType.STRING && firstCell.equals(cell.getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row " + firstCell + " in " + sheet.getSheetName());
	}

}
