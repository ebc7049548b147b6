package tw.annualreport.report.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

import tw.annualreport.report.document.Cells;
import tw.annualreport.report.document.Sheet;
import tw.annualreport.report.document.SheetRow;
import tw.annualreport.report.spreadsheet.SheetGrid.GridCell;
import tw.annualreport.report.spreadsheet.SheetGrid.Role;

/**
 * Writes the sheets as report.xlsx with POI's streaming workbook (SXSSF): only a window of rows
 * is in memory, the rest is flushed to a temporary file, so a sheet of 15,000 records costs what
 * a sheet of 100 does. Text is always a string cell (never a formula; one that looks like a formula
 * carries the quote prefix, so editing it in Excel keeps it text), numbers are numeric cells
 * with their format, dates are date cells shown in ROC form (113/05/21).
 */
public final class XlsxWriter {

	/** The font a Traditional Chinese Windows has; LibreOffice substitutes its own. */
	static final String FONT = "Microsoft JhengHei";

	/** Rows kept in memory per sheet before they are flushed. */
	private static final int WINDOW = 200;

	private XlsxWriter() {
	}

	public static void write(List<Sheet> sheets, OutputStream out) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW, false, false);
		try {
			Styles styles = new Styles(workbook);
			for (Sheet sheet : sheets) {
				writeSheet(workbook.createSheet(sheet.name()), sheet, styles);
			}
			workbook.write(out);
		}
		finally {
			// the temporary sheet files; then the package let go without close(), which would save
			// the whole workbook once more, into memory, to be thrown away (an eighth of the time)
			workbook.dispose();
			workbook.getXSSFWorkbook().getPackage().revert();
		}
	}

	private static void writeSheet(SXSSFSheet target, Sheet sheet, Styles styles) {
		List<Integer> widths = sheet.layout().columnWidths();
		for (int i = 0; i < widths.size(); i++) {
			target.setColumnWidth(i, (int) Math.round(widths.get(i) / SheetGrid.POINTS_PER_CHARACTER * 256));
		}
		if (sheet.frozenRows() > 0) {
			target.createFreezePane(0, sheet.frozenRows());
		}
		int index = 0;
		for (SheetRow sheetRow : sheet.rows()) {
			Row row = target.createRow(index);
			row.setHeightInPoints((float) SheetGrid.height(sheetRow, widths));
			for (GridCell grid : SheetGrid.cells(sheetRow, widths.size())) {
				Cell cell = row.createCell(grid.column());
				cell.setCellStyle(styles.of(grid));
				if (grid.value() instanceof Cells.Num number) {
					cell.setCellValue(number.value());
				}
				else if (grid.value() instanceof Cells.Day day) {
					cell.setCellValue(day.date());
				}
				else if (grid.value() instanceof String text) {
					cell.setCellValue(text);
					if (looksLikeFormula(text)) {
						cell.setCellStyle(styles.quoted(styles.of(grid)));
					}
				}
				if (grid.span() > 1) {
					target.addMergedRegionUnsafe(new CellRangeAddress(index, index, 0, grid.span() - 1));
				}
			}
			index++;
		}
	}

	/**
	 * Whether Excel would take the text for a formula once the officer edits the cell ({@code =HYPERLINK(…)},
	 * {@code +886…}, {@code -…}, {@code @…}): such a cell is written with the quote prefix, so it stays text.
	 */
	static boolean looksLikeFormula(String text) {
		return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
	}

	/** One cell style per role, and per number format for numbers. */
	private static final class Styles {

		private static final XSSFColor HEAD_FILL = rgb(0xDC, 0xE6, 0xF0);

		private static final XSSFColor HEAD_BORDER = rgb(0x80, 0x80, 0x80);

		private static final XSSFColor CELL_BORDER = rgb(0xB0, 0xB0, 0xB0);

		private final SXSSFWorkbook workbook;

		private final Map<Role, XSSFCellStyle> byRole = new EnumMap<>(Role.class);

		private final Map<String, XSSFCellStyle> numbers = new HashMap<>();

		Styles(SXSSFWorkbook workbook) {
			this.workbook = workbook;
			XSSFCellStyle title = style(font(13, true, null), HorizontalAlignment.LEFT, VerticalAlignment.TOP);
			XSSFCellStyle note = style(font(9, false, rgb(0x40, 0x40, 0x40)), HorizontalAlignment.LEFT, VerticalAlignment.TOP);
			XSSFCellStyle head = style(font(10, true, null), HorizontalAlignment.CENTER, VerticalAlignment.CENTER);
			head.setFillForegroundColor(HEAD_FILL);
			head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			border(head, HEAD_BORDER);
			XSSFCellStyle text = style(font(10, false, null), HorizontalAlignment.LEFT, VerticalAlignment.TOP);
			border(text, CELL_BORDER);
			XSSFCellStyle date = (XSSFCellStyle) workbook.createCellStyle();
			date.cloneStyleFrom(text);
			date.setAlignment(HorizontalAlignment.CENTER);
			date.setDataFormat(workbook.createDataFormat().getFormat(Cells.ROC_DATE_EXCEL));
			this.byRole.put(Role.TITLE, title);
			this.byRole.put(Role.NOTE, note);
			this.byRole.put(Role.HEAD, head);
			this.byRole.put(Role.TEXT, text);
			this.byRole.put(Role.DATE, date);
		}

		private final Map<XSSFCellStyle, XSSFCellStyle> quoted = new IdentityHashMap<>();

		/** The style with Excel's quote prefix (「'」: the text is text, never a formula). */
		XSSFCellStyle quoted(XSSFCellStyle style) {
			return this.quoted.computeIfAbsent(style, (plain) -> {
				XSSFCellStyle quote = (XSSFCellStyle) this.workbook.createCellStyle();
				quote.cloneStyleFrom(plain);
				quote.setQuotePrefixed(true);
				return quote;
			});
		}

		XSSFCellStyle of(GridCell cell) {
			if (cell.value() instanceof Cells.Num number) {
				return this.numbers.computeIfAbsent(number.pattern(), (pattern) -> {
					XSSFCellStyle style = (XSSFCellStyle) this.workbook.createCellStyle();
					style.cloneStyleFrom(this.byRole.get(Role.TEXT));
					style.setAlignment(HorizontalAlignment.RIGHT);
					style.setDataFormat(this.workbook.createDataFormat().getFormat(pattern));
					return style;
				});
			}
			return this.byRole.get(cell.role());
		}

		private XSSFFont font(int points, boolean bold, XSSFColor color) {
			XSSFFont font = (XSSFFont) this.workbook.createFont();
			font.setFontName(FONT);
			font.setFontHeightInPoints((short) points);
			font.setBold(bold);
			if (color != null) {
				font.setColor(color);
			}
			return font;
		}

		private XSSFCellStyle style(XSSFFont font, HorizontalAlignment horizontal, VerticalAlignment vertical) {
			XSSFCellStyle style = (XSSFCellStyle) this.workbook.createCellStyle();
			style.setFont(font);
			style.setAlignment(horizontal);
			style.setVerticalAlignment(vertical);
			style.setWrapText(true);
			return style;
		}

		private static void border(XSSFCellStyle style, XSSFColor color) {
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			style.setTopBorderColor(color);
			style.setBottomBorderColor(color);
			style.setLeftBorderColor(color);
			style.setRightBorderColor(color);
		}

		private static XSSFColor rgb(int red, int green, int blue) {
			return new XSSFColor(new byte[] { (byte) red, (byte) green, (byte) blue });
		}

	}

}
