package tw.annualreport.report.editable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import tw.annualreport.report.document.Align;
import tw.annualreport.report.document.Block;
import tw.annualreport.report.document.Column;
import tw.annualreport.report.document.Table;

/**
 * Writes the report as report.docx with Apache POI's XWPF: Word's own heading styles (Heading 1
 * and 2, so the navigation pane and a table of contents find them), real tables whose header
 * rows repeat on every page, the charts as PNG pictures, A4 with the PDF's running head and
 * 第 x 頁／共 y 頁 as fields; a draft's pages say 「草稿」 at their top. The fonts are named Noto Sans TC
 * for Latin and East Asian text ({@code w:eastAsia}), the language zh-TW.
 */
public final class DocxWriter {

	/** Twentieths of a point, Word's unit of length. */
	private static final int TWIPS = 20;

	private DocxWriter() {
	}

	public static void write(EditableReport report, Charts charts, OutputStream out) throws IOException {
		try (XWPFDocument doc = new XWPFDocument()) {
			doc.getProperties().getCoreProperties().setTitle(report.title());
			doc.getProperties().getCoreProperties().setCreator("annual-report");
			styles(doc);
			page(doc, report);
			try {
				Layout.walk(report, charts, new Body(doc));
			}
			catch (UncheckedIOException ex) {
				throw ex.getCause();
			}
			doc.write(out);
		}
	}

	private static final class Body implements Layout {

		private final XWPFDocument doc;

		private int pictures;

		Body(XWPFDocument doc) {
			this.doc = doc;
		}

		@Override
		public void cover(EditableReport.Cover cover) {
			centred(cover.parent() == null ? "" : cover.parent(), 14, false, 150, 20);
			centred(cover.agency(), 22, true, 0, 12);
			centred(cover.title(), 22, true, 0, 0);
			centred(cover.date(), 14, false, 220, 6);
			if (cover.contact() != null) {
				centred(cover.contact(), 11, false, 0, 0);
			}
		}

		private void centred(String text, double size, boolean bold, int before, int after) {
			XWPFParagraph p = this.doc.createParagraph();
			p.setAlignment(ParagraphAlignment.CENTER);
			p.setSpacingBefore(before * TWIPS);
			p.setSpacingAfter(after * TWIPS);
			XWPFRun run = text(p, text);
			run.setFontSize(size);
			run.setBold(bold);
		}

		@Override
		public void section(String title) {
			styled("Heading1", title);
		}

		@Override
		public void heading(String text) {
			styled("Heading2", text);
		}

		@Override
		public void paragraph(String text) {
			styled("Normal", text).setAlignment(ParagraphAlignment.BOTH);
		}

		@Override
		public void note(String text) {
			styled("Note", text);
		}

		private XWPFParagraph styled(String style, String text) {
			XWPFParagraph p = this.doc.createParagraph();
			p.setStyle(style);
			text(p, text);
			return p;
		}

		@Override
		public void table(String caption, Table table, List<List<String>> rows) {
			XWPFTable t = start(caption, table);
			for (List<String> row : rows) {
				row(t, table, row);
			}
			finish(t);
		}

		@Override
		public void plan(String caption, Table table, List<Block> measures) {
			XWPFTable t = start(caption, table);
			for (Block measure : measures) {
				if (measure.branch1() != null) {
					across(t, table, measure.branch1(), "C9D7E8", true, false);
				}
				if (measure.branch2() != null) {
					across(t, table, measure.branch2(), "EAF0F7", true, false);
				}
				across(t, table, measure.text(), "F7F7F7", false, false);
				row(t, table, measure.cells());
			}
			finish(t);
		}

		@Override
		public void chart(Block chart, ChartImage image) {
			XWPFParagraph p = this.doc.createParagraph();
			p.setAlignment(ParagraphAlignment.CENTER);
			p.setSpacingBefore(4 * TWIPS);
			p.setSpacingAfter(6 * TWIPS);
			XWPFRun run = p.createRun();
			this.pictures++;
			try {
				run.addPicture(new ByteArrayInputStream(image.png()), XWPFDocument.PICTURE_TYPE_PNG, "chart" + this.pictures + ".png",
						Units.toEMU(image.width()), Units.toEMU(image.height()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InvalidFormatException ex) {
				throw new IllegalStateException(ex);
			}
			// the chart's title as the picture's alternative text
			run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(clean(chart.chartTitle()));
		}

		/** A fixed-layout table of the PDF's column widths, its caption and column headers repeated on every page. */
		private XWPFTable start(String caption, Table table) {
			XWPFTable t = this.doc.createTable();
			t.setTableAlignment(TableRowAlign.LEFT);
			t.setCellMargins(2 * TWIPS, 3 * TWIPS, 2 * TWIPS, 3 * TWIPS);
			var pr = t.getCTTbl().getTblPr();
			pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
			var width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
			width.setType(STTblWidth.DXA);
			width.setW(BigInteger.valueOf((long) table.pdfWidth() * TWIPS));
			CTTblGrid grid = t.getCTTbl().getTblGrid();
			if (grid == null) {
				grid = t.getCTTbl().addNewTblGrid();
			}
			while (grid.sizeOfGridColArray() > 0) {
				grid.removeGridCol(0);
			}
			for (Column column : table.columns()) {
				grid.addNewGridCol().setW(BigInteger.valueOf((long) column.pdfWidth() * TWIPS));
			}
			if (caption != null) {
				across(t, table, caption, "DCE6F0", true, true);
			}
			XWPFTableRow header = newRow(t);
			header.setRepeatHeader(true);
			header.setCantSplitRow(true);
			for (Column column : table.columns()) {
				cell(header, column.pdfWidth(), column.header(), ParagraphAlignment.CENTER, "DCE6F0", true, 8.5);
			}
			return t;
		}

		private static void row(XWPFTable t, Table table, List<String> cells) {
			XWPFTableRow row = newRow(t);
			row.setCantSplitRow(true);
			List<Column> columns = table.columns();
			for (int i = 0; i < columns.size(); i++) {
				String text = (i < cells.size()) ? cells.get(i) : null;
				cell(row, columns.get(i).pdfWidth(), (text == null) ? "" : text, align(columns.get(i).align()), null, false, 9);
			}
		}

		private static void across(XWPFTable t, Table table, String text, String fill, boolean bold, boolean header) {
			XWPFTableRow row = newRow(t);
			row.setCantSplitRow(true);
			if (header) {
				row.setRepeatHeader(true);
			}
			XWPFTableCell cell = cell(row, table.pdfWidth(), text, ParagraphAlignment.LEFT, fill, bold, header ? 8.5 : 9);
			cell.getCTTc().getTcPr().addNewGridSpan().setVal(BigInteger.valueOf(table.columns().size()));
		}

		/** A new row at the end, without cells (the first row of {@link XWPFDocument#createTable()} is removed at the end). */
		private static XWPFTableRow newRow(XWPFTable t) {
			return t.insertNewTableRow(t.getNumberOfRows());
		}

		private static XWPFTableCell cell(XWPFTableRow row, int width, String text, ParagraphAlignment align, String fill,
				boolean bold, double size) {
			XWPFTableCell cell = row.addNewTableCell();
			var pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
			var w = pr.addNewTcW();
			w.setType(STTblWidth.DXA);
			w.setW(BigInteger.valueOf((long) width * TWIPS));
			if (fill != null) {
				cell.setColor(fill);
			}
			XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
			p.setStyle("TableText");
			p.setAlignment(align);
			XWPFRun run = text(p, text);
			run.setFontSize(size);
			run.setBold(bold);
			return cell;
		}

		private static void finish(XWPFTable t) {
			t.removeRow(0);
			// a paragraph between two tables keeps Word from joining them
			t.getBody().getXWPFDocument().createParagraph().setStyle("TableGap");
		}

		private static ParagraphAlignment align(Align align) {
			return switch (align) {
				case LEFT -> ParagraphAlignment.LEFT;
				case CENTER -> ParagraphAlignment.CENTER;
				case RIGHT -> ParagraphAlignment.RIGHT;
			};
		}

	}

	/** One run of the text, its line breaks as Word's. */
	private static XWPFRun text(XWPFParagraph p, String text) {
		XWPFRun run = p.createRun();
		String[] lines = clean(text).split("\r?\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines[i], i);
		}
		return run;
	}

	/** The characters XML 1.0 can hold. */
	private static String clean(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder s = new StringBuilder(text.length());
		text.chars().filter((c) -> Xml.allowed((char) c)).forEach((c) -> s.append((char) c));
		return s.toString();
	}

	/** A4 with the PDF's 515 pt text width; the cover's head and foot, then the report's. */
	private static void page(XWPFDocument doc, EditableReport report) {
		CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
				: doc.getDocument().getBody().addNewSectPr();
		var size = sect.addNewPgSz();
		size.setW(BigInteger.valueOf(595 * TWIPS));
		size.setH(BigInteger.valueOf(842 * TWIPS));
		var margin = sect.addNewPgMar();
		margin.setTop(BigInteger.valueOf((report.draft() ? 76 : 48) * TWIPS));
		margin.setBottom(BigInteger.valueOf(44 * TWIPS));
		margin.setLeft(BigInteger.valueOf(40 * TWIPS));
		margin.setRight(BigInteger.valueOf(40 * TWIPS));
		margin.setHeader(BigInteger.valueOf(18 * TWIPS));
		margin.setFooter(BigInteger.valueOf(18 * TWIPS));
		XWPFHeaderFooter cover = doc.createHeader(HeaderFooterType.FIRST);
		XWPFHeaderFooter header = doc.createHeader(HeaderFooterType.DEFAULT);
		if (report.draft()) {
			draftMark(cover.createParagraph());
			draftMark(header.createParagraph());
		}
		XWPFParagraph head = header.createParagraph();
		head.setAlignment(ParagraphAlignment.RIGHT);
		XWPFRun run = text(head, report.cover().runningHead());
		run.setFontSize(8);
		run.setColor("606060");
		pageNumber(doc.createFooter(HeaderFooterType.FIRST).createParagraph());
		pageNumber(doc.createFooter(HeaderFooterType.DEFAULT).createParagraph());
		if (!sect.isSetTitlePg()) {
			sect.addNewTitlePg();
		}
	}

	private static void draftMark(XWPFParagraph p) {
		p.setAlignment(ParagraphAlignment.CENTER);
		XWPFRun run = text(p, DraftText.MARK);
		run.setFontSize(24);
		run.setBold(true);
		run.setColor("A6A6A6");
		run.setCharacterSpacing(12 * TWIPS);
	}

	/** 第 x 頁／共 y 頁, x and y as Word's PAGE and NUMPAGES fields. */
	private static void pageNumber(XWPFParagraph p) {
		p.setAlignment(ParagraphAlignment.CENTER);
		size(text(p, "第 "));
		field(p, "PAGE");
		size(text(p, " 頁／共 "));
		field(p, "NUMPAGES");
		size(text(p, " 頁"));
	}

	private static void field(XWPFParagraph p, String instruction) {
		size(p.createRun()).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
		size(p.createRun()).getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
		size(p.createRun()).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
		size(p.createRun()).setText("1");
		size(p.createRun()).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
	}

	private static XWPFRun size(XWPFRun run) {
		run.setFontSize(9);
		return run;
	}

	/** The document's defaults (font for every script, 10.5 pt, zh-TW) and the styles it uses. */
	private static void styles(XWPFDocument doc) {
		CTStyles styles = CTStyles.Factory.newInstance();
		var defaults = styles.addNewDocDefaults();
		CTRPr run = defaults.addNewRPrDefault().addNewRPr();
		CTFonts fonts = run.addNewRFonts();
		fonts.setAscii(Fonts.FONT);
		fonts.setHAnsi(Fonts.FONT);
		fonts.setEastAsia(Fonts.FONT);
		fonts.setCs(Fonts.FONT);
		run.addNewSz().setVal(BigInteger.valueOf(21));
		run.addNewSzCs().setVal(BigInteger.valueOf(21));
		var lang = run.addNewLang();
		lang.setVal("zh-TW");
		lang.setEastAsia("zh-TW");
		var spacing = defaults.addNewPPrDefault().addNewPPr().addNewSpacing();
		spacing.setAfter(BigInteger.valueOf(4 * TWIPS));
		doc.createStyles().setStyles(styles);
		CTStyle normal = style("Normal", "Normal", null, -1, 0, false, null, 0, 0);
		normal.setDefault(true);
		CTStyle heading1 = style("Heading1", "heading 1", "Normal", 0, 32, true, null, 0, 10);
		// each section on a new page
		heading1.getPPr().addNewPageBreakBefore();
		for (CTStyle style : List.of(normal, heading1, style("Heading2", "heading 2", "Normal", 1, 23, true, null, 8, 3),
				style("Note", "Note", "Normal", -1, 17, false, "404040", 0, 3),
				style("TableText", "Table Text", "Normal", -1, 18, false, null, 0, 0),
				style("TableGap", "Table Gap", "Normal", -1, 8, false, null, 0, 0))) {
			doc.getStyles().addStyle(new XWPFStyle(style));
		}
	}

	private static CTStyle style(String id, String name, String basedOn, int outline, int halfPoints,
			boolean bold, String color, int before, int after) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId(id);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewName().setVal(name);
		if (basedOn != null) {
			style.addNewBasedOn().setVal(basedOn);
		}
		style.addNewQFormat();
		CTPPrGeneral paragraph = style.addNewPPr();
		if (outline >= 0) {
			paragraph.addNewKeepNext();
			paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
		}
		var spacing = paragraph.addNewSpacing();
		spacing.setBefore(BigInteger.valueOf((long) before * TWIPS));
		spacing.setAfter(BigInteger.valueOf((long) after * TWIPS));
		CTRPr run = style.addNewRPr();
		if (bold) {
			run.addNewB();
			run.addNewBCs();
		}
		if (halfPoints > 0) {
			run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
			run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
		}
		if (color != null) {
			run.addNewColor().setVal(color);
		}
		return style;
	}

}
