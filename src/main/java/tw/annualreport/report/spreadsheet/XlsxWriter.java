package tw.annualreport.report.spreadsheet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;

import tw.annualreport.report.document.Cells;
import tw.annualreport.report.document.Kind;
import tw.annualreport.report.document.Sheet;
import tw.annualreport.report.document.SheetRow;
import tw.annualreport.report.odf.OdfPackage;
import tw.annualreport.report.spreadsheet.SheetGrid.GridCell;
import tw.annualreport.report.spreadsheet.SheetGrid.Role;

/**
 * Writes the sheets as report.xlsx (Office Open XML SpreadsheetML), each worksheet streamed row by
 * row into the package, as {@link OdsWriter} writes report.ods: a sheet of 15,000 records costs what
 * a sheet of 100 does. Text is always an inline string cell (never a formula; one that looks like a
 * formula carries the quote prefix, so editing it in Excel keeps it text), numbers are numeric cells
 * with their format, dates are date cells shown in ROC form (113/05/21). It wrote through POI's
 * streaming workbook until 7 December 2026; written directly it takes a third of the time
 * (RESULTS.md, "Speed, 7 December, second session"), and {@code XlsxWriterTests} reads it back with POI.
 */
public final class XlsxWriter {

	/** The font a Traditional Chinese Windows has; LibreOffice substitutes its own. */
	static final String FONT = "Microsoft JhengHei";

	private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

	private XlsxWriter() {
	}

	public static void write(List<Sheet> sheets, OutputStream out) throws IOException {
		for (Sheet sheet : sheets) {
			WorkbookUtil.validateSheetName(sheet.name());
		}
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		Styles styles = new Styles();
		OdfPackage.entry(zip, "[Content_Types].xml", contentTypes(sheets.size()));
		OdfPackage.entry(zip, "_rels/.rels", XML + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
				+ "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
		OdfPackage.entry(zip, "xl/workbook.xml", workbook(sheets));
		OdfPackage.entry(zip, "xl/_rels/workbook.xml.rels", workbookRelationships(sheets.size()));
		OdfPackage.entry(zip, "xl/styles.xml", styles.xml());
		for (int i = 0; i < sheets.size(); i++) {
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + (i + 1) + ".xml"));
			Writer xml = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
			writeSheet(xml, sheets.get(i), i == 0, styles);
			xml.flush();
			zip.closeEntry();
		}
		zip.finish();
	}

	private static void writeSheet(Writer xml, Sheet sheet, boolean first, Styles styles) throws IOException {
		List<Integer> widths = sheet.layout().columnWidths();
		xml.write(XML + "<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\"><sheetViews><sheetView"
				+ (first ? " tabSelected=\"1\"" : "") + " workbookViewId=\"0\">");
		int frozen = sheet.frozenRows();
		if (frozen > 0) {
			xml.write("<pane ySplit=\"" + frozen + "\" topLeftCell=\"A" + (frozen + 1)
					+ "\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/>");
		}
		xml.write("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
		if (!widths.isEmpty()) {
			xml.write("<cols>");
			for (int i = 0; i < widths.size(); i++) {
				// in characters of the default font, to 1/256: what POI's setColumnWidth stored
				double width = Math.round(widths.get(i) / SheetGrid.POINTS_PER_CHARACTER * 256) / 256.0;
				xml.write("<col min=\"" + (i + 1) + "\" max=\"" + (i + 1) + "\" width=\"" + width + "\" customWidth=\"1\"/>");
			}
			xml.write("</cols>");
		}
		xml.write("<sheetData>");
		StringBuilder merged = new StringBuilder();
		int mergedCount = 0;
		int index = 0;
		for (SheetRow sheetRow : sheet.rows()) {
			int number = index + 1;
			// in twentieths of a point, as the file format stores a height
			double height = (int) ((float) SheetGrid.height(sheetRow, widths) * 20) / 20.0;
			xml.write("<row r=\"" + number + "\" ht=\"" + height + "\" customHeight=\"1\">");
			for (GridCell grid : SheetGrid.cells(sheetRow, widths.size())) {
				writeCell(xml, grid, CellReference.convertNumToColString(grid.column()) + number, styles);
				if (grid.span() > 1) {
					merged.append("<mergeCell ref=\"A").append(number).append(':')
						.append(CellReference.convertNumToColString(grid.span() - 1)).append(number).append("\"/>");
					mergedCount++;
				}
			}
			xml.write("</row>");
			index++;
		}
		xml.write("</sheetData>");
		if (mergedCount > 0) {
			xml.write("<mergeCells count=\"" + mergedCount + "\">" + merged + "</mergeCells>");
		}
		xml.write("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>");
	}

	private static void writeCell(Writer xml, GridCell grid, String reference, Styles styles) throws IOException {
		if (grid.value() instanceof Cells.Num number) {
			if (Double.isFinite(number.value())) {
				xml.write("<c r=\"" + reference + "\" s=\"" + styles.number(number.pattern()) + "\"><v>" + number.value() + "</v></c>");
			}
			else {
				// what Excel shows for a number it cannot hold
				xml.write("<c r=\"" + reference + "\" s=\"" + styles.number(number.pattern()) + "\" t=\"e\"><v>#NUM!</v></c>");
			}
		}
		else if (grid.value() instanceof Cells.Day day) {
			xml.write("<c r=\"" + reference + "\" s=\"" + Styles.DATE + "\"><v>" + (long) DateUtil.getExcelDate(day.date())
					+ "</v></c>");
		}
		else if (grid.value() instanceof String text) {
			xml.write("<c r=\"" + reference + "\" s=\"" + styles.text(grid.role(), looksLikeFormula(text)) + "\" t=\"inlineStr\"><is><t"
					+ (keepsSpace(text) ? " xml:space=\"preserve\"" : "") + ">" + OdfPackage.escape(text) + "</t></is></c>");
		}
		else {
			// an empty header cell: bordered like its neighbours
			xml.write("<c r=\"" + reference + "\" s=\"" + styles.text(grid.role(), false) + "\"/>");
		}
	}

	/** Whether a text's spaces or line breaks would be lost without {@code xml:space="preserve"}. */
	private static boolean keepsSpace(String text) {
		return !text.isEmpty() && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))
				|| text.indexOf('\n') >= 0 || text.indexOf('\t') >= 0);
	}

	/**
	 * Whether Excel would take the text for a formula once the officer edits the cell ({@code =HYPERLINK(…)},
	 * {@code +886…}, {@code -…}, {@code @…}): such a cell is written with the quote prefix, so it stays text.
	 */
	static boolean looksLikeFormula(String text) {
		return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
	}

	private static String contentTypes(int sheets) {
		StringBuilder types = new StringBuilder(XML + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
				+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
				+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
				+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
				+ "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
		for (int i = 1; i <= sheets; i++) {
			types.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
				.append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
		}
		return types.append("</Types>").toString();
	}

	private static String workbook(List<Sheet> sheets) {
		StringBuilder workbook = new StringBuilder(XML + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\">"
				+ "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
		for (int i = 1; i <= sheets.size(); i++) {
			workbook.append("<sheet name=\"").append(OdfPackage.escape(sheets.get(i - 1).name())).append("\" sheetId=\"").append(i)
				.append("\" r:id=\"rId").append(i).append("\"/>");
		}
		return workbook.append("</sheets></workbook>").toString();
	}

	private static String workbookRelationships(int sheets) {
		StringBuilder relationships = new StringBuilder(XML + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
		for (int i = 1; i <= sheets; i++) {
			relationships.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(RELATIONSHIPS)
				.append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
		}
		return relationships.append("<Relationship Id=\"rId").append(sheets + 1).append("\" Type=\"").append(RELATIONSHIPS)
			.append("/styles\" Target=\"styles.xml\"/></Relationships>").toString();
	}

	/**
	 * The cell formats (styles.xml's {@code cellXfs}): one per role, one per number format the cells use (one of
	 * the {@link Kind} formats, so all are known before the first row), and each text role again with the quote
	 * prefix. Fonts, fills and borders are the few the roles share.
	 */
	private static final class Styles {

		/** The cell formats' indexes: the default, then the roles. */
		static final int TITLE = 1;

		static final int NOTE = 2;

		static final int HEAD = 3;

		static final int TEXT = 4;

		static final int DATE = 5;

		/** The first number format's cell format; the quoted text roles follow the numbers. */
		private static final int FIRST_NUMBER = 6;

		/** The number formats by pattern, each with its id (custom formats start at 164). */
		private final Map<String, Integer> numberFormats = new LinkedHashMap<>();

		private final Map<String, Integer> numbers = new LinkedHashMap<>();

		Styles() {
			this.numberFormats.put(Cells.ROC_DATE_EXCEL, 164);
			for (Kind kind : Kind.values()) {
				if (kind.pattern() != null && !this.numberFormats.containsKey(kind.pattern())) {
					this.numbers.put(kind.pattern(), FIRST_NUMBER + this.numbers.size());
					this.numberFormats.put(kind.pattern(), 164 + this.numberFormats.size());
				}
			}
		}

		int number(String pattern) {
			return Objects.requireNonNull(this.numbers.get(pattern), () -> "no cell format for the number format " + pattern);
		}

		int text(Role role, boolean quoted) {
			int plain = switch (role) {
				case TITLE -> TITLE;
				case NOTE -> NOTE;
				case HEAD -> HEAD;
				default -> TEXT;
			};
			return quoted ? quotedOf(plain) : plain;
		}

		private int quotedOf(int plain) {
			return FIRST_NUMBER + this.numbers.size() + (plain - TITLE);
		}

		String xml() {
			StringBuilder xml = new StringBuilder(XML + "<styleSheet xmlns=\"" + MAIN + "\">");
			xml.append("<numFmts count=\"").append(this.numberFormats.size()).append("\">");
			this.numberFormats.forEach((pattern, id) -> xml.append("<numFmt numFmtId=\"").append(id).append("\" formatCode=\"")
				.append(OdfPackage.escape(pattern)).append("\"/>"));
			xml.append("</numFmts>");
			// 0: the workbook's default (POI's, which sets the column width's unit); then title, note, head, text
			xml.append("<fonts count=\"5\"><font><sz val=\"11\"/><color theme=\"1\"/><name val=\"Calibri\"/><family val=\"2\"/>"
					+ "<scheme val=\"minor\"/></font>")
				.append(font(13, true, null)).append(font(9, false, "FF404040")).append(font(10, true, null)).append(font(10, false, null))
				.append("</fonts>");
			xml.append("<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
					+ "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFDCE6F0\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>");
			xml.append("<borders count=\"3\"><border><left/><right/><top/><bottom/><diagonal/></border>")
				.append(border("FF808080")).append(border("FFB0B0B0")).append("</borders>");
			xml.append("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>");
			StringBuilder formats = new StringBuilder("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>");
			formats.append(textRoles(false));
			formats.append(xf(this.numberFormats.get(Cells.ROC_DATE_EXCEL), 4, 0, 2, "center", "top", false));
			this.numbers.keySet().forEach((pattern) -> formats.append(xf(this.numberFormats.get(pattern), 4, 0, 2, "right", "top", false)));
			formats.append(textRoles(true));
			int count = quotedOf(TEXT) + 1;
			xml.append("<cellXfs count=\"").append(count).append("\">").append(formats).append("</cellXfs>");
			xml.append("<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>");
			return xml.append("</styleSheet>").toString();
		}

		/** The cell formats of {@link #TITLE}, {@link #NOTE}, {@link #HEAD} and {@link #TEXT}, in that order. */
		private static String textRoles(boolean quoted) {
			return xf(0, 1, 0, 0, "left", "top", quoted) + xf(0, 2, 0, 0, "left", "top", quoted)
					+ xf(0, 3, 2, 1, "center", "center", quoted) + xf(0, 4, 0, 2, "left", "top", quoted);
		}

		private static String font(int points, boolean bold, String color) {
			return "<font>" + (bold ? "<b/>" : "") + "<sz val=\"" + points + "\"/>"
					+ ((color == null) ? "" : "<color rgb=\"" + color + "\"/>") + "<name val=\"" + FONT + "\"/><family val=\"2\"/></font>";
		}

		private static String border(String color) {
			String side = " style=\"thin\"><color rgb=\"" + color + "\"/>";
			return "<border><left" + side + "</left><right" + side + "</right><top" + side + "</top><bottom" + side
					+ "</bottom><diagonal/></border>";
		}

		private static String xf(int numberFormat, int font, int fill, int border, String horizontal, String vertical,
				boolean quoted) {
			return "<xf numFmtId=\"" + numberFormat + "\" fontId=\"" + font + "\" fillId=\"" + fill + "\" borderId=\"" + border
					+ "\" xfId=\"0\"" + (numberFormat > 0 ? " applyNumberFormat=\"1\"" : "") + " applyFont=\"1\""
					+ (fill > 0 ? " applyFill=\"1\"" : "") + (border > 0 ? " applyBorder=\"1\"" : "") + " applyAlignment=\"1\""
					+ (quoted ? " quotePrefix=\"1\"" : "") + "><alignment horizontal=\"" + horizontal + "\" vertical=\"" + vertical
					+ "\" wrapText=\"1\"/></xf>";
		}

	}

}
