package tw.annualreport.plan.document;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Writes the plan documents of the layouts met in real plans (the seeds) to
 * {@code src/test/resources/plan-documents/}, as Word (POI) and OpenDocument (content.xml
 * written here) do: cells merged down, one cell spanning columns, several paragraphs per cell.
 * The files are committed; run {@link #main} again after changing a layout here.
 *
 * <p>
 * A layout is prose and tables; a table is rows of cells; in a cell, {@code \n} separates
 * paragraphs, {@link #DOWN} marks a position covered by the cell above (merged down),
 * {@link #LEFT} one covered by the cell on its left.
 */
final class PlanDocumentFixtures {

	static final String DOWN = "^";

	static final String LEFT = "<";

	static final Path FOLDER = Path.of("src/test/resources/plan-documents");

	record Table(List<String[]> rows) {
	}

	record Layout(List<String> before, List<Table> tables, List<String> after) {
	}

	public static void main(String[] args) throws IOException {
		Files.createDirectories(FOLDER);
		docx(national(), FOLDER.resolve("national-004-評核構面.docx"));
		odt(national(), FOLDER.resolve("national-004-評核構面.odt"));
		docx(oneRowPerMeasure(), FOLDER.resolve("one-row-per-measure-000.docx"));
		odt(oneRowPerMeasure(), FOLDER.resolve("one-row-per-measure-000.odt"));
		docx(unitsPerCell(), FOLDER.resolve("units-per-cell.docx"));
		docx(noPlanTable(), FOLDER.resolve("no-plan-table.docx"));
		odt(noTable(), FOLDER.resolve("no-table.odt"));
		docx(headerOnly(), FOLDER.resolve("header-only.docx"));
		docx(unplacedCells(), FOLDER.resolve("unplaced-cells.docx"));
	}

	/**
	 * Seed 004, the national plan: 個別評核構面/評核項目/評核重點/完成期限/承辦單位, 評核重點 as numbered
	 * paragraphs with their own (1) (2); the header typed again after a page break, the row cut there
	 * going on without a number; a second table for the 整體評核構面, without deadline and units.
	 */
	static Layout national() {
		String due = "106 年 12 月 31 日";
		Table individual = new Table(List.of(
				row("個別\n評核構面", "評核項目", "評核重點", "完成期限", "承辦單位"),
				row("一、基礎服務", "(一) 服務一致及正確",
						"1. 申辦業務標準作業流程訂定情形：申辦業務標準作業流程訂定比率及持續檢討情形。\n"
								+ "2. 服務及時性：申辦案件於處理時限內完成之案件比率。\n"
								+ "3. 服務人員專業度：說明提升服務人員專業度之作法及執行成效。",
						due, "東區衛生所"),
				row(DOWN, "(二) 服務友善",
						"1. 服務設施合宜程度：依業務屬性及其服務對象需求，提供合宜服務設施。\n"
								+ "2. 服務資訊透明度：\n(1) 資訊公開：主動公開服務相關資訊，供民眾查閱或運",
						due, "東區衛生所"),
				row("個別 評核構面", "評核項目", "評核重點", "完成期限", "承辦單位"),
				row(DOWN, "", "用。\n(2) 資料開放：盤點業務資料，採開放格式對外開放。\n3. 除上述 2 項外，機關可自行提供其他數據。", "", ""),
				row("二、 服務遞送", "(一) 服務便捷",
						"1. 建置單一窗口整合服務：依受理方式，又可分臨櫃、電話或網站單一窗口服務。\n2. 其他服務作法。", due,
						"東區衛生所"),
				row(DOWN, "(二) 服務精進 機制", "深化服務量能關鍵在於組織內部建立常態性運作機制。", "106年12月31日", "東區衛生所")));
		Table overall = new Table(List.of(row("整體\n評核構面", "評核項目", "評核重點"),
				row("開放創新", "(一) 開放參與", "1. 開放參與係指機關提供服務時，適時運用多元管道導入民眾觀點。\n2. 創新性係指提出有別於現行服務的想法或方式。"),
				row(DOWN, "(二) 創新性", "")));
		return new Layout(List.of("新竹市東區衛生所 106 年度提升服務品質執行計畫", "伍、計畫內容：包括基礎服務、服務遞送等個別評核構面，及開放創新 1 項整體評核構面："),
				List.of(individual, overall), List.of("陸、本計畫奉核後實施，修正時亦同。"));
	}

	/**
	 * Seed 000, one row per measure: 工作要項 and 工作重點 merged down over their measures, a title row
	 * spanning the table above the header, measures without a number but with numbered details
	 * (1. 2.), a measure cell wrapped by hand over lines, units per row.
	 */
	static Layout oneRowPerMeasure() {
		Table table = new Table(List.of(row("(高雄市彌陀區衛生所) 提升服務工作計畫", LEFT, LEFT, LEFT),
				row("工作要項", "工作重點", "具體措施", "承辦單位"),
				row("一、完備基礎服務項目，注重服務特性差異化", "(一)訂定機關年度提升服務品質計畫，具體規劃為民服務工作。",
						"依據「高雄市政府106年度提升服務實施計畫」研訂提升服務執行計畫。", "研考"),
				row(DOWN, "(二)建立業務標準作業流程，維持服務措施處理一致性。",
						"服務人員專業能力的培養\n1.辦理各類專業知能之服務訓練，提升人員專業能力。\n2.培養服務親切主動性，強化服務深度。", "各組室"),
				row(DOWN, DOWN, "申辦表單及作業流程檢討\n1. 依各項服務，建置標準作業流程，不定期檢討表單與\n各項作業流程。", "各組室"),
				row(DOWN, DOWN, "提供外國人士服務", "一組、二組"),
				row("二、重視全程意見回饋及參與", "(一)善用各類意見調查工具與機制。", "常見諮詢問題系統化服務", "研考"),
				row(DOWN, DOWN, "服務流程透明化\n1. 本所網頁不定期公開各項業務。", "各組室")));
		return new Layout(List.of("壹、計畫依據：高雄市政府衛生局「106年提升服務執行計畫」辦理。", "肆、計畫內容"), List.of(table),
				List.of("伍、本計畫陳 所長核定後實施。"));
	}

	/** One row per 工作重點, its measures as numbered paragraphs and their units one paragraph each (units per cell). */
	static Layout unitsPerCell() {
		Table table = new Table(List.of(row("工作要項", "工作重點", "具體措施", "承辦單位"),
				row("一、完備基礎服務項目", "(一)建立業務標準作業流程",
						"1、建立申辦業務之標準作業程序。\n2、提升服務人員專業能力。\n3、推動長照服務線上申辦服務。", "各組室\n人事\n一組、二組"),
				row(DOWN, "(二)提供易讀的服務申辦資訊", "1、申辦服務資訊公開透明：1、置放服務台。2、置於網站。", "秘書室")));
		return new Layout(List.of(), List.of(table), List.of());
	}

	/** A document with a table that is not a plan (the contacts), and no plan table. */
	static Layout noPlanTable() {
		Table contacts = new Table(List.of(row("姓名", "職稱", "電話"), row("王小明", "研考承辦人", "07-1234567")));
		return new Layout(List.of("提升服務工作計畫", "聯絡窗口："), List.of(contacts), List.of("計畫內容另見附件。"));
	}

	static Layout noTable() {
		return new Layout(List.of("提升服務工作計畫", "一、完備基礎服務項目", "(一)建立業務標準作業流程"), List.of(), List.of());
	}

	static Layout headerOnly() {
		return new Layout(List.of("肆、計畫內容"), List.of(new Table(List.<String[]>of(row("工作要項", "工作重點", "具體措施", "承辦單位")))),
				List.of());
	}

	/** Cells that fit nowhere: a measure before any 工作重點, units in a row that starts nothing, two 工作重點 in one cell. */
	static Layout unplacedCells() {
		Table table = new Table(List.of(row("工作要項", "工作重點", "具體措施", "承辦單位"),
				row("一、完備基礎服務項目", "", "1、沒有工作重點的措施。", "研考"),
				row(DOWN, "(一)建立業務標準作業流程\n(二)提供易讀的服務申辦資訊", "1、建立申辦業務之標準作業程序。", "各組室"),
				row(DOWN, DOWN, "", "人事")));
		return new Layout(List.of(), List.of(table), List.of());
	}

	private static String[] row(String... cells) {
		return cells;
	}

	static void docx(Layout layout, Path target) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(target)) {
			layout.before().forEach((text) -> document.createParagraph().createRun().setText(text));
			for (Table table : layout.tables()) {
				int width = table.rows().stream().mapToInt((r) -> r.length).max().orElse(1);
				XWPFTable word = document.createTable(table.rows().size(), 1);
				for (int r = 0; r < table.rows().size(); r++) {
					String[] cells = table.rows().get(r);
					XWPFTableRow row = word.getRow(r);
					for (int c = 0; c < cells.length; c++) {
						if (cells[c].equals(LEFT)) {
							continue;
						}
						XWPFTableCell cell = c == 0 ? row.getCell(0) : row.addNewTableCell();
						CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
						int span = 1;
						while (c + span < cells.length && cells[c + span].equals(LEFT)) {
							span++;
						}
						if (span > 1) {
							properties.addNewGridSpan().setVal(BigInteger.valueOf(span));
						}
						if (cells[c].equals(DOWN)) {
							properties.addNewVMerge().setVal(STMerge.CONTINUE);
							continue;
						}
						if (r + 1 < table.rows().size() && c < table.rows().get(r + 1).length
								&& table.rows().get(r + 1)[c].equals(DOWN)) {
							properties.addNewVMerge().setVal(STMerge.RESTART);
						}
						String[] paragraphs = cells[c].split("\n", -1);
						for (int p = 0; p < paragraphs.length; p++) {
							XWPFParagraph paragraph = p == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
							paragraph.createRun().setText(paragraphs[p]);
						}
					}
				}
				if (width > 0) {
					word.getRow(0).setRepeatHeader(true);
				}
				document.createParagraph();
			}
			layout.after().forEach((text) -> document.createParagraph().createRun().setText(text));
			document.write(out);
		}
	}

	static void odt(Layout layout, Path target) throws IOException {
		StringBuilder body = new StringBuilder();
		layout.before().forEach((text) -> body.append("<text:p>").append(xml(text)).append("</text:p>"));
		int number = 0;
		for (Table table : layout.tables()) {
			int width = table.rows().stream().mapToInt((r) -> r.length).max().orElse(1);
			body.append("<table:table table:name=\"Table").append(++number).append("\">");
			body.append("<table:table-column table:number-columns-repeated=\"").append(width).append("\"/>");
			for (int r = 0; r < table.rows().size(); r++) {
				String[] cells = table.rows().get(r);
				if (r == 3) {
					body.append("<text:soft-page-break/>");
				}
				body.append("<table:table-row>");
				for (int c = 0; c < cells.length; c++) {
					if (cells[c].equals(DOWN) || cells[c].equals(LEFT)) {
						body.append("<table:covered-table-cell/>");
						continue;
					}
					int down = 1;
					while (r + down < table.rows().size() && c < table.rows().get(r + down).length
							&& table.rows().get(r + down)[c].equals(DOWN)) {
						down++;
					}
					int span = 1;
					while (c + span < cells.length && cells[c + span].equals(LEFT)) {
						span++;
					}
					body.append("<table:table-cell office:value-type=\"string\"");
					if (down > 1) {
						body.append(" table:number-rows-spanned=\"").append(down).append('"');
					}
					if (span > 1) {
						body.append(" table:number-columns-spanned=\"").append(span).append('"');
					}
					body.append('>');
					for (String paragraph : cells[c].split("\n", -1)) {
						// spaces as ODF writes them: one kept, the rest as text:s
						body.append("<text:p>").append(xml(paragraph).replace("  ", " <text:s/>")).append("</text:p>");
					}
					body.append("</table:table-cell>");
				}
				body.append("</table:table-row>");
			}
			body.append("</table:table>");
		}
		layout.after().forEach((text) -> body.append("<text:p>").append(xml(text)).append("</text:p>"));
		String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
				+ " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
				+ " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" office:version=\"1.3\">"
				+ "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
		String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
				+ "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
				+ "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
				+ "</manifest:manifest>";
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
			byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
			ZipEntry entry = new ZipEntry("mimetype");
			entry.setMethod(ZipEntry.STORED);
			entry.setSize(mimetype.length);
			CRC32 crc = new CRC32();
			crc.update(mimetype);
			entry.setCrc(crc.getValue());
			entry.setTime(0);
			zip.putNextEntry(entry);
			zip.write(mimetype);
			for (String[] file : List.of(new String[] { "content.xml", content },
					new String[] { "META-INF/manifest.xml", manifest })) {
				ZipEntry xml = new ZipEntry(file[0]);
				xml.setTime(0);
				zip.putNextEntry(xml);
				zip.write(file[1].getBytes(StandardCharsets.UTF_8));
			}
		}
	}

	private static String xml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	private PlanDocumentFixtures() {
	}

}
