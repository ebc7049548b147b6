package tw.annualreport.template;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import tw.annualreport.source.SourceFile.Choice;

/**
 * A template workbook: per sheet, the header row (required columns shaded orange, optional blue),
 * the example row, every cell below formatted as text (so 1.10 stays 1.10 and 001 stays 001; a
 * score is a number), and
 * on each column a validation — the choices as a drop-down list, a score's range, a text's length —
 * with a prompt saying what the column takes.
 */
final class TemplateWorkbook {

	/** The font a Traditional Chinese Windows has. */
	private static final String FONT = "Microsoft JhengHei";

	/** Text format: what is typed stays as typed. */
	private static final String TEXT = "@";

	private static final XSSFColor REQUIRED = rgb(0xFC, 0xE4, 0xD6);

	private static final XSSFColor OPTIONAL = rgb(0xDC, 0xE6, 0xF0);

	private final XSSFWorkbook workbook = new XSSFWorkbook();

	private final XSSFCellStyle required = header(REQUIRED);

	private final XSSFCellStyle optional = header(OPTIONAL);

	private final XSSFCellStyle text = text();

	void sheet(String name, List<TemplateColumn> columns) {
		XSSFSheet sheet = this.workbook.createSheet(name);
		Row header = sheet.createRow(0);
		Row example = sheet.createRow(1);
		DataValidationHelper validations = sheet.getDataValidationHelper();
		for (int i = 0; i < columns.size(); i++) {
			TemplateColumn column = columns.get(i);
			Cell head = header.createCell(i);
			head.setCellValue(column.header());
			head.setCellStyle(column.required() ? this.required : this.optional);
			Cell value = example.createCell(i);
			if (column.maxScore() != null) {
				// a score is a number: its range is checked on the number, not on a text
				value.setCellValue(Double.parseDouble(column.example()));
			}
			else {
				value.setCellStyle(this.text);
				sheet.setDefaultColumnStyle(i, this.text);
				if (!column.example().isEmpty()) {
					value.setCellValue(column.example());
				}
			}
			sheet.setColumnWidth(i, 256 * width(column));
			sheet.addValidationData(validation(validations, column, i));
		}
		sheet.createFreezePane(0, 1);
	}

	void write(OutputStream out) throws IOException {
		try (this.workbook) {
			this.workbook.write(out);
		}
	}

	private static DataValidation validation(DataValidationHelper helper, TemplateColumn column, int index) {
		DataValidationConstraint constraint;
		if (!column.choices().isEmpty()) {
			constraint = helper.createExplicitListConstraint(column.choices().stream().map(Choice::label).toArray(String[]::new));
		}
		else if (column.maxScore() != null) {
			constraint = helper.createDecimalConstraint(OperatorType.BETWEEN, "0", column.maxScore().toPlainString());
		}
		else {
			constraint = helper.createTextLengthConstraint(OperatorType.LESS_OR_EQUAL, String.valueOf(column.maxLength()), null);
		}
		CellRangeAddressList cells = new CellRangeAddressList(1, SpreadsheetVersion.EXCEL2007.getLastRowIndex(), index, index);
		DataValidation validation = helper.createValidation(constraint, cells);
		validation.setEmptyCellAllowed(true);
		validation.setShowPromptBox(true);
		validation.createPromptBox(limit(column.header(), 32), limit(column.prompt(), 255));
		validation.setShowErrorBox(true);
		validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
		validation.createErrorBox("「" + limit(column.header(), 24) + "」的內容不符", limit(column.refusal(), 255));
		if (!column.choices().isEmpty()) {
			// POI's XSSF name is the opposite of what it does: true shows the list's arrow
			validation.setSuppressDropDownArrow(true);
		}
		return validation;
	}

	/** Excel refuses a prompt's title over 32 characters and a text over 255. */
	private static String limit(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

	/** Wide enough for the header and the example, a CJK character counting two. */
	private static int width(TemplateColumn column) {
		int widest = Math.max(columns(column.header()), columns(column.example()));
		return Math.min(Math.max(widest + 4, 10), 50);
	}

	private static int columns(String text) {
		return text.codePoints().map((c) -> (c < 0x1100) ? 1 : 2).sum();
	}

	private XSSFCellStyle header(XSSFColor fill) {
		XSSFCellStyle style = this.workbook.createCellStyle();
		XSSFFont font = this.workbook.createFont();
		font.setFontName(FONT);
		font.setBold(true);
		style.setFont(font);
		style.setFillForegroundColor(fill);
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		style.setBorderBottom(BorderStyle.THIN);
		style.setDataFormat(this.workbook.createDataFormat().getFormat(TEXT));
		return style;
	}

	private XSSFCellStyle text() {
		XSSFCellStyle style = this.workbook.createCellStyle();
		XSSFFont font = this.workbook.createFont();
		font.setFontName(FONT);
		style.setFont(font);
		style.setDataFormat(this.workbook.createDataFormat().getFormat(TEXT));
		return style;
	}

	private static XSSFColor rgb(int red, int green, int blue) {
		return new XSSFColor(new byte[] { (byte) red, (byte) green, (byte) blue });
	}

}
