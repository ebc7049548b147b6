package tw.annualreport.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;

import tw.annualreport.support.PageFill;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five bundled samples, run through the whole job, give exactly the outputs recorded in
 * {@code src/test/resources/golden/<year>/<agency>/}: summary.json byte for byte, the PDF's text
 * page by page and every cell of the XLSX (value and number format). A refactoring that changes
 * what a reader sees fails here. After a deliberate change of the outputs, re-record them with
 * {@code mvn test -Dtest=SampleGoldenFilesTests -Dgolden.update=true} and read the diff.
 */
@ReportJobTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleGoldenFilesTests {

	private static final Path GOLDEN = Path.of("src/test/resources/golden");

	private static final boolean UPDATE = Boolean.getBoolean("golden.update");

	@TempDir
	static Path temp;

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job annualReportJob;

	static Stream<String> samples() {
		return Stream.of("113/KHH-ZY", "113/KHH-SM2", "113/KHH-MT", "106/HSZ-E", "106/KHH-MT", "106/KHH-SMD");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void theSampleGivesItsRecordedOutputs(String sample) throws IOException {
		int rocYear = Integer.parseInt(sample.substring(0, 3));
		String agency = sample.substring(4);
		Path input = ReportOutputs.copySample(rocYear, agency, temp.resolve("in").resolve(sample));
		Path out = temp.resolve("out");
		ReportOutputs.run(this.jobOperator, this.annualReportJob, agency, rocYear, input, out, "draft");
		Path folder = ReportOutputs.folder(out, rocYear, agency);

		assertNoPageHoldsAStraggler(sample, ReportOutputs.pages(folder.resolve("report.pdf")));
		assertNoPageIsNearlyEmpty(sample, folder.resolve("report.pdf"));
		compare(sample, "summary.json", Files.readString(folder.resolve("summary.json"), StandardCharsets.UTF_8));
		compare(sample, "report.pdf.txt", pdfText(folder.resolve("report.pdf")));
		compare(sample, "report.xlsx.txt", xlsxCells(folder.resolve("report.xlsx")));
	}

	/**
	 * No page holds only the last one or two rows of a table that began on the page before,
	 * followed by blank space and a new section's page: a page whose body (without the running
	 * head, the page number and the draft mark) is the table's heading 「…（續）」, its column
	 * headers and at most two rows.
	 */
	private static void assertNoPageHoldsAStraggler(String sample, List<String> pages) {
		for (int i = 1; i < pages.size(); i++) {
			List<String> body = pages.get(i)
				.lines()
				.skip(1)
				.filter((line) -> !line.startsWith("第 ") && !line.equals("草稿") && !line.isBlank())
				.toList();
			boolean nextStartsASection = (i + 1 == pages.size()) || SECTION.matcher(body(pages.get(i + 1))).find();
			if (!body.isEmpty() && body.get(0).endsWith("（續）") && nextStartsASection) {
				assertThat(body.size()).as("%s page %d holds a straggler: %s", sample, i + 1, body).isGreaterThan(4);
			}
		}
	}

	/**
	 * No page is less than a third full (measured on what the PDF draws: {@link PageFill}) but the
	 * cover and the last page of a section (the page before one that starts a section, or the last).
	 */
	private static void assertNoPageIsNearlyEmpty(String sample, Path pdf) {
		List<String> pages = ReportOutputs.pages(pdf);
		assertThat(pages.get(0)).as("%s: the cover has no page number", sample).doesNotContain("頁／共");
		List<Double> fills = PageFill.of(pdf);
		for (int i = 1; i < pages.size(); i++) {
			boolean lastOfASection = (i + 1 == pages.size()) || SECTION.matcher(body(pages.get(i + 1))).find();
			if (!lastOfASection) {
				assertThat(fills.get(i)).as("%s page %d is %.0f %% full: %s", sample, i + 1, fills.get(i) * 100,
						body(pages.get(i))).isGreaterThanOrEqualTo(1.0 / 3);
			}
		}
	}

	/** The first line under a page's running head. */
	private static String body(String page) {
		return page.lines().skip(1).findFirst().orElse("");
	}

	private static final java.util.regex.Pattern SECTION = java.util.regex.Pattern.compile("^([壹貳參肆伍陸]、|資料品質說明)");

	private static void compare(String sample, String name, String actual) throws IOException {
		Path golden = GOLDEN.resolve(sample).resolve(name);
		if (UPDATE) {
			Files.createDirectories(golden.getParent());
			Files.writeString(golden, actual, StandardCharsets.UTF_8);
			return;
		}
		assertThat(golden).as("golden file %s (record it with -Dgolden.update=true)", golden).exists();
		assertThat(actual).as("%s of %s", name, sample).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
	}

	private static String pdfText(Path pdf) {
		List<String> pages = ReportOutputs.pages(pdf);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < pages.size(); i++) {
			text.append("=== page ").append(i + 1).append('\n').append(pages.get(i).replace("\r\n", "\n"));
		}
		return text.toString();
	}

	/** Every non-blank cell: sheet, address, then the text, or the number with its format. */
	private static String xlsxCells(Path xlsx) {
		StringBuilder text = new StringBuilder();
		try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			for (Sheet sheet : workbook) {
				text.append("=== ").append(sheet.getSheetName()).append('\n');
				for (Row row : sheet) {
					for (Cell cell : row) {
						String value = switch (cell.getCellType()) {
							case NUMERIC -> cell.getNumericCellValue() + " [" + cell.getCellStyle().getDataFormatString() + "]";
							case STRING -> cell.getStringCellValue();
							case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
							case FORMULA -> "FORMULA " + cell.getCellFormula();
							default -> "";
						};
						if (!value.isEmpty() || cell.getCellType() != CellType.BLANK) {
							if (!value.isEmpty()) {
								text.append(cell.getAddress()).append('\t').append(value.replace("\n", "\\n")).append('\n');
							}
						}
					}
				}
			}
			return text.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
