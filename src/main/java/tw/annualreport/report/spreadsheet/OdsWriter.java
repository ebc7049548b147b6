package tw.annualreport.report.spreadsheet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import tw.annualreport.report.ReportFormats;
import tw.annualreport.report.document.Cells;
import tw.annualreport.report.document.Kind;
import tw.annualreport.report.document.Sheet;
import tw.annualreport.report.document.SheetRow;
import tw.annualreport.report.odf.OdfPackage;
import tw.annualreport.report.spreadsheet.SheetGrid.GridCell;
import tw.annualreport.report.spreadsheet.SheetGrid.Role;

/**
 * Writes the sheets as report.ods (OpenDocument 1.3), content.xml streamed row by row: text is a
 * string cell (never a formula), numbers are float or percentage cells with their number style,
 * dates are date cells whose style counts years in the ROC calendar (民國 113/05/21). The header
 * rows are frozen (settings.xml), as in the XLSX.
 */
public final class OdsWriter {

	private static final String MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";

	private static final String NAMESPACES = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
			+ " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
			+ " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
			+ " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
			+ " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
			+ " xmlns:number=\"urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0\""
			+ " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
			+ " xmlns:config=\"urn:oasis:names:tc:opendocument:xmlns:config:1.0\" office:version=\"1.3\"";

	private OdsWriter() {
	}

	public static void write(List<Sheet> sheets, OutputStream out) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		storeMimetype(zip);
		entry(zip, "META-INF/manifest.xml", manifest());
		entry(zip, "styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles" + NAMESPACES
				+ "><office:font-face-decls>" + fontFace() + "</office:font-face-decls></office:document-styles>");
		entry(zip, "settings.xml", settings(sheets));
		zip.putNextEntry(new ZipEntry("content.xml"));
		Writer xml = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
		NumberStyles numbers = new NumberStyles();
		xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content" + NAMESPACES + ">");
		xml.write("<office:font-face-decls>" + fontFace() + "</office:font-face-decls><office:automatic-styles>");
		writeStyles(xml, sheets, numbers);
		xml.write("</office:automatic-styles><office:body><office:spreadsheet>");
		for (Sheet sheet : sheets) {
			writeSheet(xml, sheet, numbers);
		}
		xml.write("</office:spreadsheet></office:body></office:document-content>");
		xml.flush();
		zip.closeEntry();
		zip.finish();
	}

	private static void writeStyles(Writer xml, List<Sheet> sheets, NumberStyles numbers) throws IOException {
		for (Integer width : columnWidths(sheets)) {
			xml.write("<style:style style:name=\"co" + width + "\" style:family=\"table-column\">"
					+ "<style:table-column-properties style:column-width=\"" + width + "pt\"/></style:style>");
		}
		xml.write(rowStyle("roTitle", SheetGrid.TITLE_HEIGHT, false) + rowStyle("roBlank", SheetGrid.BLANK_HEIGHT, false)
				+ rowStyle("roHead", SheetGrid.HEAD_HEIGHT, true) + rowStyle("roData", SheetGrid.DATA_HEIGHT, true));
		String border = " fo:border=\"0.5pt solid #b0b0b0\"";
		xml.write(cellStyle("ceTitle", null, " style:vertical-align=\"top\"", "start", 13, true, null));
		xml.write(cellStyle("ceNote", null, " fo:wrap-option=\"wrap\" style:vertical-align=\"top\"", "start", 9, false, "#404040"));
		xml.write(cellStyle("ceHead", null, " fo:wrap-option=\"wrap\" style:vertical-align=\"middle\" fo:background-color=\"#dce6f0\""
				+ " fo:border=\"0.5pt solid #808080\"", "center", 10, true, null));
		xml.write(cellStyle("ceText", null, " fo:wrap-option=\"wrap\" style:vertical-align=\"top\"" + border, "start", 10, false, null));
		xml.write("<number:date-style style:name=\"NDate\" number:language=\"zh\" number:country=\"TW\">"
				+ "<number:year number:calendar=\"ROC\"/><number:text>/</number:text>"
				+ "<number:month number:style=\"long\"/><number:text>/</number:text>"
				+ "<number:day number:style=\"long\"/></number:date-style>");
		xml.write(cellStyle("ceDate", "NDate", " style:vertical-align=\"top\"" + border, "center", 10, false, null));
		for (Map.Entry<String, String> number : numbers.names.entrySet()) {
			String pattern = number.getKey();
			String name = number.getValue();
			xml.write(NumberStyles.dataStyle("N" + name, pattern));
			xml.write(cellStyle("ce" + name, "N" + name, " style:vertical-align=\"top\"" + border, "end", 10, false, null));
		}
	}

	private static List<Integer> columnWidths(List<Sheet> sheets) {
		List<Integer> widths = new ArrayList<>();
		for (Sheet sheet : sheets) {
			for (Integer width : sheet.layout().columnWidths()) {
				if (!widths.contains(width)) {
					widths.add(width);
				}
			}
		}
		return widths;
	}

	private static String rowStyle(String name, double height, boolean optimal) {
		return "<style:style style:name=\"" + name + "\" style:family=\"table-row\"><style:table-row-properties"
				+ " style:row-height=\"" + height + "pt\" style:use-optimal-row-height=\"" + optimal + "\"/></style:style>";
	}

	private static String cellStyle(String name, String dataStyle, String cellProperties, String align, int points,
			boolean bold, String color) {
		return "<style:style style:name=\"" + name + "\" style:family=\"table-cell\""
				+ ((dataStyle == null) ? "" : " style:data-style-name=\"" + dataStyle + "\"") + ">"
				+ "<style:table-cell-properties" + cellProperties + "/>"
				+ "<style:paragraph-properties fo:text-align=\"" + align + "\"/>"
				+ "<style:text-properties style:font-name=\"" + XlsxWriter.FONT + "\" fo:font-size=\"" + points + "pt\""
				+ " style:font-size-asian=\"" + points + "pt\"" + (bold ? " fo:font-weight=\"bold\" style:font-weight-asian=\"bold\"" : "")
				+ ((color == null) ? "" : " fo:color=\"" + color + "\"") + "/></style:style>";
	}

	private static void writeSheet(Writer xml, Sheet sheet, NumberStyles numbers) throws IOException {
		List<Integer> widths = sheet.layout().columnWidths();
		xml.write("<table:table table:name=\"" + escape(sheet.name()) + "\">");
		for (Integer width : widths) {
			xml.write("<table:table-column table:style-name=\"co" + width + "\"/>");
		}
		for (SheetRow row : sheet.rows()) {
			String rowStyle = switch (row.kind()) {
				case TITLE -> "roTitle";
				case BLANK -> "roBlank";
				case HEAD -> "roHead";
				default -> "roData";
			};
			xml.write("<table:table-row table:style-name=\"" + rowStyle + "\">");
			int next = 0;
			for (GridCell cell : SheetGrid.cells(row, widths.size())) {
				if (cell.column() > next) {
					xml.write("<table:table-cell table:number-columns-repeated=\"" + (cell.column() - next) + "\"/>");
				}
				writeCell(xml, cell, numbers);
				next = cell.column() + cell.span();
			}
			if (next == 0) {
				xml.write("<table:table-cell/>");
			}
			xml.write("</table:table-row>");
		}
		xml.write("</table:table>");
	}

	private static void writeCell(Writer xml, GridCell cell, NumberStyles numbers) throws IOException {
		String span = (cell.span() > 1) ? " table:number-columns-spanned=\"" + cell.span() + "\"" : "";
		String shown;
		if (cell.value() instanceof Cells.Num number) {
			boolean percent = number.pattern().endsWith("%");
			xml.write("<table:table-cell table:style-name=\"ce" + numbers.name(number.pattern()) + "\" office:value-type=\""
					+ (percent ? "percentage" : "float") + "\" office:value=\"" + number.value() + "\"" + span + ">");
			shown = numbers.shown(number);
		}
		else if (cell.value() instanceof Cells.Day day) {
			xml.write("<table:table-cell table:style-name=\"ceDate\" office:value-type=\"date\" office:date-value=\""
					+ day.date() + "\"" + span + ">");
			shown = ReportFormats.rocShortDate(day.date());
		}
		else {
			String style = switch (cell.role()) {
				case TITLE -> "ceTitle";
				case NOTE -> "ceNote";
				case HEAD -> "ceHead";
				default -> "ceText";
			};
			String text = (cell.value() == null) ? "" : cell.value().toString();
			xml.write("<table:table-cell table:style-name=\"" + style + "\""
					+ (text.isEmpty() ? "" : " office:value-type=\"string\"") + span + ">");
			shown = text;
		}
		if (!shown.isEmpty()) {
			xml.write("<text:p>" + escape(shown).replace("\n", "<text:line-break/>") + "</text:p>");
		}
		xml.write("</table:table-cell>");
		if (cell.span() > 1) {
			xml.write("<table:covered-table-cell table:number-columns-repeated=\"" + (cell.span() - 1) + "\"/>");
		}
	}

	/** Text for XML: the five entities escaped, characters XML 1.0 cannot hold left out. */
	static String escape(String text) {
		return OdfPackage.escape(text);
	}

	private static String fontFace() {
		return "<style:font-face style:name=\"" + XlsxWriter.FONT + "\" svg:font-family=\"" + XlsxWriter.FONT + "\"/>";
	}

	private static String manifest() {
		StringBuilder manifest = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
				+ "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" manifest:media-type=\"" + MIMETYPE + "\"/>");
		for (String file : List.of("content.xml", "styles.xml", "settings.xml")) {
			manifest.append("<manifest:file-entry manifest:full-path=\"").append(file).append("\" manifest:media-type=\"text/xml\"/>");
		}
		return manifest.append("</manifest:manifest>").toString();
	}

	/** Freezes each sheet's rows above its first data row, as LibreOffice stores a frozen pane. */
	private static String settings(List<Sheet> sheets) {
		StringBuilder tables = new StringBuilder();
		for (Sheet sheet : sheets) {
			int frozen = sheet.frozenRows();
			tables.append("<config:config-item-map-entry config:name=\"").append(escape(sheet.name())).append("\">");
			if (frozen > 0) {
				tables.append(item("VerticalSplitMode", "short", 2)).append(item("VerticalSplitPosition", "int", frozen))
					.append(item("ActiveSplitRange", "short", 2)).append(item("PositionTop", "int", 0))
					.append(item("PositionBottom", "int", frozen));
			}
			tables.append("</config:config-item-map-entry>");
		}
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-settings" + NAMESPACES + ">"
				+ "<office:settings><config:config-item-set config:name=\"ooo:view-settings\">"
				+ "<config:config-item-map-indexed config:name=\"Views\"><config:config-item-map-entry>"
				+ "<config:config-item config:name=\"ViewId\" config:type=\"string\">view1</config:config-item>"
				+ "<config:config-item-map-named config:name=\"Tables\">" + tables + "</config:config-item-map-named>"
				+ "</config:config-item-map-entry></config:config-item-map-indexed></config:config-item-set>"
				+ "</office:settings></office:document-settings>";
	}

	private static String item(String name, String type, int value) {
		return "<config:config-item config:name=\"" + name + "\" config:type=\"" + type + "\">" + value + "</config:config-item>";
	}

	private static void storeMimetype(ZipOutputStream zip) throws IOException {
		OdfPackage.storeMimetype(zip, MIMETYPE);
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		OdfPackage.entry(zip, name, content);
	}

	/**
	 * The number styles: one per number format the cells use, which is one of the {@link Kind}
	 * formats, so they are all declared before the first row is written.
	 */
	private static final class NumberStyles {

		private final Map<String, String> names = new LinkedHashMap<>();

		private final Map<String, DecimalFormat> formats = new HashMap<>();

		NumberStyles() {
			for (Kind kind : Kind.values()) {
				if (kind.pattern() != null && !this.names.containsKey(kind.pattern())) {
					this.names.put(kind.pattern(), "Num" + this.names.size());
				}
			}
		}

		String name(String pattern) {
			return Objects.requireNonNull(this.names.get(pattern), () -> "no number style for the format " + pattern);
		}

		static String dataStyle(String name, String pattern) {
			int dot = pattern.indexOf('.');
			int places = 0;
			int minimum = 0;
			for (int i = dot + 1; dot >= 0 && i < pattern.length() && (pattern.charAt(i) == '0' || pattern.charAt(i) == '#'); i++) {
				places++;
				minimum += (pattern.charAt(i) == '0') ? 1 : 0;
			}
			String number = "<number:number number:decimal-places=\"" + places + "\" number:min-decimal-places=\"" + minimum
					+ "\" number:min-integer-digits=\"1\"" + (pattern.contains(",") ? " number:grouping=\"true\"" : "") + "/>";
			return pattern.endsWith("%")
					? "<number:percentage-style style:name=\"" + name + "\">" + number + "<number:text>%</number:text></number:percentage-style>"
					: "<number:number-style style:name=\"" + name + "\">" + number + "</number:number-style>";
		}

		/** The number as its format shows it, for a reader that ignores styles (one writer, one thread). */
		String shown(Cells.Num number) {
			return this.formats.computeIfAbsent(number.pattern(), (pattern) -> {
				DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
				format.setRoundingMode(RoundingMode.HALF_UP);
				return format;
			}).format(number.value());
		}

	}

}
