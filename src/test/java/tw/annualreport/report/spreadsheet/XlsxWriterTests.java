package tw.annualreport.report.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxWriterTests {

	@Test
	void writesTypedCellsTheFrozenHeaderAndTheMergedTitle() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		XlsxWriter.write(SpreadsheetFixture.sheets(), bytes);

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
			XSSFSheet sheet = workbook.getSheet("貳、執行紀錄");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("測試衛生所 113年度提升服務成果報告　貳、執行紀錄");
			assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(0, 0, 0, 3), new CellRangeAddress(1, 1, 0, 3));
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 3);
			assertThat(sheet.getColumnWidth(0)).isEqualTo(120 * 256 / 6);

			XSSFRow header = sheet.getRow(2);
			assertThat(header.getCell(3).getStringCellValue()).isEqualTo("達成率");
			assertThat(header.getCell(3).getCellStyle().getFont().getBold()).isTrue();

			XSSFRow first = sheet.getRow(3);
			assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
			assertThat(first.getCell(0).getStringCellValue()).isEqualTo("=SUM(A1:A2)");
			assertThat(first.getCell(1).getLocalDateTimeCellValue()).isEqualTo(LocalDate.of(2024, 5, 21).atStartOfDay());
			assertThat(first.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("[$-404]e/mm/dd");
			assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(1200.0);
			assertThat(first.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
			assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(0.78787);
			assertThat(first.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
			assertThat(first.getCell(3).getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.RIGHT);

			XSSFRow second = sheet.getRow(4);
			// a missing date and a missing rate show 「—」 as text
			assertThat(second.getCell(1).getStringCellValue()).isEqualTo("");
			assertThat(second.getCell(3).getStringCellValue()).isEqualTo("—");
			// a blank cell is no cell
			assertThat(sheet.getRow(5).getCell(1)).isNull();
			// two lines of text make the row two lines high
			assertThat(sheet.getRow(5).getHeightInPoints()).isEqualTo(29f);
			assertThat(sheet.getRow(3).getHeightInPoints()).isEqualTo(20f);

			// the blank row between the tables, then the second header and its row
			assertThat(sheet.getRow(6).getCell(0)).isNull();
			assertThat(sheet.getRow(7).getCell(0).getStringCellValue()).isEqualTo("項目");
			assertThat(sheet.getRow(8).getCell(0).getStringCellValue()).isEqualTo("𠀋");
			assertThat(sheet.getLastRowNum()).isEqualTo(8);
		}
	}

	@Test
	void aTextThatLooksLikeAFormulaKeepsTheQuotePrefixSoEditingItInExcelKeepsItText() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		XlsxWriter.write(SpreadsheetFixture.sheets(), bytes);

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
			XSSFSheet sheet = workbook.getSheet("貳、執行紀錄");
			XSSFCell formulaLike = sheet.getRow(3).getCell(0);
			assertThat(formulaLike.getCellType()).isEqualTo(CellType.STRING);
			assertThat(formulaLike.getCellStyle().getQuotePrefixed()).isTrue();
			// the rest of the text role's look is kept
			assertThat(formulaLike.getCellStyle().getWrapText()).isTrue();
			assertThat(formulaLike.getCellStyle().getFont().getFontName()).isEqualTo(XlsxWriter.FONT);
			// plain text, a dash of 「—」 and the header are not quoted
			assertThat(sheet.getRow(4).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
			assertThat(sheet.getRow(4).getCell(3).getCellStyle().getQuotePrefixed()).isFalse();
			assertThat(sheet.getRow(2).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
		}
	}

	@Test
	void everyCharacterExcelStartsAFormulaWithIsQuoted() {
		assertThat(List.of("=HYPERLINK(\"http://x\")", "+886-7-1234567", "-3 分", "@官網"))
			.allMatch(XlsxWriter::looksLikeFormula);
		assertThat(List.of("", "一組", "—", "（=）", " =1")).noneMatch(XlsxWriter::looksLikeFormula);
	}

}
