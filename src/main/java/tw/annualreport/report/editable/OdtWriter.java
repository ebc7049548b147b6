package tw.annualreport.report.editable;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import tw.annualreport.report.document.Align;
import tw.annualreport.report.document.Block;
import tw.annualreport.report.document.Column;
import tw.annualreport.report.document.Table;
import tw.annualreport.report.odf.OdfPackage;

/**
 * Writes the report as report.odt (OpenDocument 1.3 text), the package written directly as the
 * ODS is ({@code report/spreadsheet/OdsWriter}): the mimetype first and stored, content.xml
 * streamed part by part, the charts as PNG pictures. Headings are real headings (outline levels 1
 * and 2, so the navigator and a table of contents find them), tables are real tables with repeated
 * header rows, the page is A4 with the PDF's running head and 第 x 頁／共 y 頁; a draft's pages say
 * 「草稿」 at their top. The fonts are named Noto Sans TC (with Microsoft JhengHei and PingFang TC after
 * it) for Latin and Asian text alike.
 */
public final class OdtWriter {

	static final String MIMETYPE = "application/vnd.oasis.opendocument.text";

	private static final String NAMESPACES = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
			+ " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
			+ " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
			+ " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
			+ " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
			+ " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
			+ " xmlns:xlink=\"http://www.w3.org/1999/xlink\""
			+ " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
			+ " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
			+ " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" office:version=\"1.3\"";

	/** The report font, then what Taiwanese Windows and Mac users have. */
	private static final String FONT_FACES = "<office:font-face-decls><style:font-face style:name=\"" + Fonts.FONT
			+ "\" svg:font-family=\"" + Fonts.ODF_FAMILIES + "\" style:font-family-generic=\"swiss\" style:font-pitch=\"variable\"/>"
			+ "</office:font-face-decls>";

	private static final String HEAD = "#DCE6F0";

	private OdtWriter() {
	}

	public static void write(EditableReport report, Charts charts, OutputStream out) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		storeMimetype(zip);
		entry(zip, "styles.xml", styles(report));
		entry(zip, "meta.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta" + NAMESPACES
				+ "><office:meta><meta:generator>annual-report</meta:generator><dc:title>" + Xml.escape(report.title())
				+ "</dc:title><dc:language>zh-TW</dc:language></office:meta></office:document-meta>");
		zip.putNextEntry(new ZipEntry("content.xml"));
		Writer xml = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
		xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content" + NAMESPACES + ">");
		xml.write(FONT_FACES);
		xml.write(automaticStyles(report));
		xml.write("<office:body><office:text>");
		Content content = new Content(xml);
		try {
			Layout.walk(report, charts, content);
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		xml.write("</office:text></office:body></office:document-content>");
		xml.flush();
		zip.closeEntry();
		for (int i = 0; i < content.pictures.size(); i++) {
			zip.putNextEntry(new ZipEntry(picture(i)));
			zip.write(content.pictures.get(i));
			zip.closeEntry();
		}
		entry(zip, "META-INF/manifest.xml", manifest(content.pictures.size()));
		zip.finish();
	}

	private static String picture(int i) {
		return "Pictures/chart" + (i + 1) + ".png";
	}

	/** Writes each part of the report into content.xml as it comes. */
	private static final class Content implements Layout {

		private final Writer xml;

		private final List<byte[]> pictures = new ArrayList<>();

		private int tables;

		Content(Writer xml) {
			this.xml = xml;
		}

		@Override
		public void cover(EditableReport.Cover cover) {
			write("<text:p text:style-name=\"CoverTop\"/>");
			write(p("CoverParent", (cover.parent() == null) ? "" : cover.parent()));
			write(p("CoverAgency", cover.agency()));
			write(p("CoverTitle", cover.title()));
			write(p("CoverDate", cover.date()));
			if (cover.contact() != null) {
				write(p("CoverContact", cover.contact()));
			}
		}

		@Override
		public void section(String title) {
			write("<text:h text:style-name=\"H1\" text:outline-level=\"1\">" + Xml.odfText(title) + "</text:h>");
		}

		@Override
		public void heading(String text) {
			write("<text:h text:style-name=\"Heading_20_2\" text:outline-level=\"2\">" + Xml.odfText(text) + "</text:h>");
		}

		@Override
		public void paragraph(String text) {
			write(p("Text_20_body", text));
		}

		@Override
		public void note(String text) {
			write(p("Note", text));
		}

		@Override
		public void table(String caption, Table table, List<List<String>> rows) {
			start(caption, table);
			for (List<String> row : rows) {
				row(table, row);
			}
			write("</table:table>");
		}

		@Override
		public void plan(String caption, Table table, List<Block> measures) {
			start(caption, table);
			for (Block measure : measures) {
				if (measure.branch1() != null) {
					across(table, "Branch1", "PBold", measure.branch1());
				}
				if (measure.branch2() != null) {
					across(table, "Branch2", "PBold", measure.branch2());
				}
				across(table, "Leaf", "PL", measure.text());
				row(table, measure.cells());
			}
			write("</table:table>");
		}

		@Override
		public void chart(Block chart, ChartImage image) {
			this.pictures.add(image.png());
			String name = picture(this.pictures.size() - 1);
			write("<text:p text:style-name=\"Chart\"><draw:frame draw:style-name=\"Picture\" draw:name=\"圖" + this.pictures.size()
					+ "\" text:anchor-type=\"as-char\" svg:width=\"" + image.width() + "pt\" svg:height=\"" + image.height()
					+ "pt\" draw:z-index=\"0\"><draw:image xlink:href=\"" + name
					+ "\" xlink:type=\"simple\" xlink:show=\"embed\" xlink:actuate=\"onLoad\" draw:mime-type=\"image/png\"/>"
					+ "<svg:title>" + Xml.escape(chart.chartTitle()) + "</svg:title></draw:frame></text:p>");
		}

		/** The table's columns (the PDF's widths, in points) and its header rows: the caption, the column headers. */
		private void start(String caption, Table table) {
			this.tables++;
			StringBuilder s = new StringBuilder("<table:table table:name=\"表" + this.tables + "\" table:style-name=\"Table\">");
			for (Column column : table.columns()) {
				s.append("<table:table-column table:style-name=\"w").append(column.pdfWidth()).append("\"/>");
			}
			s.append("<table:table-header-rows>");
			if (caption != null) {
				s.append(acrossXml(table, "Head", "PHeadLeft", caption));
			}
			s.append("<table:table-row>");
			for (Column column : table.columns()) {
				s.append("<table:table-cell table:style-name=\"Head\" office:value-type=\"string\">")
					.append(p("PHead", column.header()))
					.append("</table:table-cell>");
			}
			s.append("</table:table-row></table:table-header-rows>");
			write(s.toString());
		}

		private void row(Table table, List<String> cells) {
			StringBuilder s = new StringBuilder("<table:table-row>");
			List<Column> columns = table.columns();
			for (int i = 0; i < columns.size(); i++) {
				String text = (i < cells.size()) ? cells.get(i) : null;
				s.append("<table:table-cell table:style-name=\"Cell\" office:value-type=\"string\">")
					.append(p(align(columns.get(i).align()), (text == null) ? "" : text))
					.append("</table:table-cell>");
			}
			write(s.append("</table:table-row>").toString());
		}

		private void across(Table table, String cellStyle, String paragraphStyle, String text) {
			write(acrossXml(table, cellStyle, paragraphStyle, text));
		}

		private static String acrossXml(Table table, String cellStyle, String paragraphStyle, String text) {
			int span = table.columns().size();
			return "<table:table-row><table:table-cell table:style-name=\"" + cellStyle + "\" table:number-columns-spanned=\""
					+ span + "\" office:value-type=\"string\">" + p(paragraphStyle, text) + "</table:table-cell>"
					+ "<table:covered-table-cell/>".repeat(span - 1) + "</table:table-row>";
		}

		private void write(String s) {
			try {
				this.xml.write(s);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	private static String p(String style, String text) {
		return "<text:p text:style-name=\"" + style + "\">" + Xml.odfText(text) + "</text:p>";
	}

	private static String align(Align align) {
		return switch (align) {
			case LEFT -> "PL";
			case CENTER -> "PC";
			case RIGHT -> "PR";
		};
	}

	/** The styles of content.xml: the headings start the pages of the report proper; the tables' columns and cells. */
	private static String automaticStyles(EditableReport report) {
		StringBuilder s = new StringBuilder("<office:automatic-styles>");
		// every section starts a page of the master page "Report" (running head, page x of y); the cover's is "Cover"
		s.append("<style:style style:name=\"H1\" style:family=\"paragraph\" style:parent-style-name=\"Heading_20_1\""
				+ " style:master-page-name=\"Report\"/>");
		s.append("<style:style style:name=\"CoverTop\" style:family=\"paragraph\" style:parent-style-name=\"Standard\""
				+ " style:master-page-name=\"Cover\"><style:paragraph-properties fo:margin-top=\"0pt\"/></style:style>");
		s.append("<style:style style:name=\"Table\" style:family=\"table\"><style:table-properties style:width=\"515pt\""
				+ " table:align=\"left\" fo:margin-top=\"2pt\" fo:margin-bottom=\"8pt\"/></style:style>");
		for (int width : report.tables().values().stream().flatMap((t) -> t.columns().stream()).mapToInt(Column::pdfWidth)
			.distinct().sorted().toArray()) {
			s.append("<style:style style:name=\"w").append(width).append("\" style:family=\"table-column\">")
				.append("<style:table-column-properties style:column-width=\"").append(width).append("pt\"/></style:style>");
		}
		s.append(cell("Cell", null)).append(cell("Head", HEAD)).append(cell("Branch1", "#C9D7E8"))
			.append(cell("Branch2", "#EAF0F7")).append(cell("Leaf", "#F7F7F7"));
		s.append(paragraph("PL", "Table_20_Contents", "start", false)).append(paragraph("PC", "Table_20_Contents", "center", false))
			.append(paragraph("PR", "Table_20_Contents", "end", false)).append(paragraph("PBold", "Table_20_Contents", "start", true))
			.append(paragraph("PHead", "Table_20_Heading", "center", true))
			.append(paragraph("PHeadLeft", "Table_20_Heading", "start", true));
		s.append("<style:style style:name=\"Picture\" style:family=\"graphic\"><style:graphic-properties"
				+ " style:vertical-pos=\"top\" style:vertical-rel=\"baseline\" fo:border=\"none\"/></style:style>");
		return s.append("</office:automatic-styles>").toString();
	}

	private static String cell(String name, String background) {
		return "<style:style style:name=\"" + name + "\" style:family=\"table-cell\"><style:table-cell-properties"
				+ " fo:border=\"0.5pt solid #808080\" fo:padding-top=\"2pt\" fo:padding-bottom=\"2pt\" fo:padding-left=\"3pt\""
				+ " fo:padding-right=\"3pt\" style:vertical-align=\"" + (name.equals("Head") ? "middle" : "top") + "\""
				+ ((background == null) ? "" : " fo:background-color=\"" + background + "\"") + "/></style:style>";
	}

	private static String paragraph(String name, String parent, String align, boolean bold) {
		return "<style:style style:name=\"" + name + "\" style:family=\"paragraph\" style:parent-style-name=\"" + parent + "\">"
				+ "<style:paragraph-properties fo:text-align=\"" + align + "\"/>"
				+ (bold ? "<style:text-properties " + Fonts.odfBold() + "/>" : "") + "</style:style>";
	}

	/** styles.xml: the named styles an officer keeps using (Heading 1, Text body …), the page and its head and foot. */
	private static String styles(EditableReport report) {
		StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles" + NAMESPACES + ">");
		s.append(FONT_FACES).append("<office:styles>");
		s.append("<style:default-style style:family=\"paragraph\"><style:paragraph-properties fo:line-height=\"130%\"/>"
				+ "<style:text-properties " + Fonts.odfFont(10.5) + "/></style:default-style>");
		s.append("<style:default-style style:family=\"table\"/>");
		s.append(named("Standard", null, "", ""));
		s.append(named("Text_20_body", "Standard", "fo:margin-top=\"0pt\" fo:margin-bottom=\"4pt\" fo:text-align=\"justify\"", ""));
		s.append(named("Heading", "Standard", "fo:keep-with-next=\"always\"", ""));
		s.append(named("Heading_20_1", "Heading", "fo:margin-top=\"0pt\" fo:margin-bottom=\"10pt\"", Fonts.odfSize(16) + " "
				+ Fonts.odfBold(), 1));
		s.append(named("Heading_20_2", "Heading", "fo:margin-top=\"8pt\" fo:margin-bottom=\"3pt\"", Fonts.odfSize(11.5) + " "
				+ Fonts.odfBold(), 2));
		s.append(named("Note", "Standard", "fo:margin-top=\"0pt\" fo:margin-bottom=\"3pt\"", Fonts.odfSize(8.5)
				+ " fo:color=\"#404040\""));
		s.append(named("Table_20_Contents", "Standard", "fo:line-height=\"115%\"", Fonts.odfSize(9)));
		s.append(named("Table_20_Heading", "Table_20_Contents", "fo:text-align=\"center\"", Fonts.odfSize(8.5) + " " + Fonts.odfBold()));
		s.append(named("Chart", "Standard", "fo:text-align=\"center\" fo:margin-top=\"4pt\" fo:margin-bottom=\"6pt\"", ""));
		s.append(named("CoverParent", "Standard", "fo:text-align=\"center\" fo:margin-top=\"150pt\" fo:margin-bottom=\"20pt\"",
				Fonts.odfSize(14)));
		s.append(named("CoverAgency", "Standard", "fo:text-align=\"center\" fo:margin-bottom=\"12pt\"",
				Fonts.odfSize(22) + " " + Fonts.odfBold()));
		s.append(named("CoverTitle", "Standard", "fo:text-align=\"center\"", Fonts.odfSize(22) + " " + Fonts.odfBold()));
		s.append(named("CoverDate", "Standard", "fo:text-align=\"center\" fo:margin-top=\"220pt\" fo:margin-bottom=\"6pt\"",
				Fonts.odfSize(14)));
		s.append(named("CoverContact", "Standard", "fo:text-align=\"center\"", Fonts.odfSize(11)));
		s.append(named("Header", "Standard", "fo:text-align=\"end\"", Fonts.odfSize(8) + " fo:color=\"#606060\""));
		s.append(named("Footer", "Standard", "fo:text-align=\"center\"", Fonts.odfSize(9)));
		s.append(named("Draft_20_Mark", "Standard", "fo:text-align=\"center\" fo:margin-bottom=\"2pt\"",
				Fonts.odfSize(24) + " " + Fonts.odfBold() + " fo:color=\"#A6A6A6\" fo:letter-spacing=\"12pt\""));
		s.append("</office:styles><office:automatic-styles>");
		// A4, the PDF's 515 pt text width
		s.append("<style:page-layout style:name=\"A4\"><style:page-layout-properties fo:page-width=\"595pt\" fo:page-height=\"842pt\""
				+ " style:print-orientation=\"portrait\" fo:margin-top=\"24pt\" fo:margin-bottom=\"20pt\" fo:margin-left=\"40pt\""
				+ " fo:margin-right=\"40pt\"/><style:header-style><style:header-footer-properties fo:min-height=\"0pt\""
				+ " fo:margin-bottom=\"8pt\"/></style:header-style><style:footer-style><style:header-footer-properties"
				+ " fo:min-height=\"0pt\" fo:margin-top=\"8pt\"/></style:footer-style></style:page-layout>");
		s.append("</office:automatic-styles><office:master-styles>");
		String draft = report.draft() ? p("Draft_20_Mark", DraftText.MARK) : "";
		String footer = "<style:footer><text:p text:style-name=\"Footer\">第 <text:page-number text:select-page=\"current\"/> 頁／共 "
				+ "<text:page-count/> 頁</text:p></style:footer>";
		s.append("<style:master-page style:name=\"Cover\" style:page-layout-name=\"A4\" style:next-style-name=\"Report\">")
			.append(report.draft() ? "<style:header>" + draft + "</style:header>" : "")
			.append(footer)
			.append("</style:master-page>");
		s.append("<style:master-page style:name=\"Standard\" style:page-layout-name=\"A4\"><style:header>").append(draft)
			.append(p("Header", report.cover().runningHead()))
			.append("</style:header>")
			.append(footer)
			.append("</style:master-page>");
		s.append("<style:master-page style:name=\"Report\" style:page-layout-name=\"A4\"><style:header>").append(draft)
			.append(p("Header", report.cover().runningHead()))
			.append("</style:header>")
			.append(footer)
			.append("</style:master-page>");
		return s.append("</office:master-styles></office:document-styles>").toString();
	}

	private static String named(String name, String parent, String paragraph, String text) {
		return named(name, parent, paragraph, text, 0);
	}

	private static String named(String name, String parent, String paragraph, String text, int outline) {
		return "<style:style style:name=\"" + name + "\" style:display-name=\"" + name.replace("_20_", " ")
				+ "\" style:family=\"paragraph\"" + ((parent == null) ? "" : " style:parent-style-name=\"" + parent + "\"")
				+ ((outline > 0) ? " style:default-outline-level=\"" + outline + "\"" : "")
				+ (name.startsWith("Heading") || name.startsWith("Text") ? " style:class=\"text\"" : "") + ">"
				+ (paragraph.isEmpty() ? "" : "<style:paragraph-properties " + paragraph + "/>")
				+ (text.isEmpty() ? "" : "<style:text-properties " + text + "/>") + "</style:style>";
	}

	private static String manifest(int pictures) {
		StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
				+ "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" manifest:media-type=\"" + MIMETYPE + "\"/>"
				+ "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
				+ "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
				+ "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>");
		for (int i = 0; i < pictures; i++) {
			s.append("<manifest:file-entry manifest:full-path=\"").append(picture(i)).append("\" manifest:media-type=\"image/png\"/>");
		}
		return s.append("</manifest:manifest>").toString();
	}

	private static void storeMimetype(ZipOutputStream zip) throws IOException {
		OdfPackage.storeMimetype(zip, MIMETYPE);
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		OdfPackage.entry(zip, name, content);
	}

}
