package tw.annualreport.plan.document;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The tables of a Word document (.docx), read with POI XWPF: {@code w:gridSpan} spans columns,
 * {@code w:vMerge} (restart, then continue) merges a cell down. Paragraphs numbered by Word's
 * own list numbering get their number back ({@link WordListNumbers}), since the plan's numbering
 * is what tells its levels apart.
 */
final class DocxTables {

	private DocxTables() {
	}

	static List<DocumentTable> read(InputStream in) throws IOException {
		try (XWPFDocument document = new XWPFDocument(in)) {
			WordListNumbers numbers = new WordListNumbers();
			List<DocumentTable> tables = new ArrayList<>();
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFTable table) {
					tables.add(new DocumentTable(tables.size() + 1, rows(table, numbers)));
				}
				else if (element instanceof XWPFParagraph paragraph) {
					numbers.label(paragraph);
				}
			}
			return tables;
		}
	}

	private static List<List<TableSlot>> rows(XWPFTable table, WordListNumbers numbers) {
		List<List<TableSlot>> rows = new ArrayList<>();
		List<TableSlot> above = List.of();
		for (XWPFTableRow row : table.getRows()) {
			List<TableSlot> slots = new ArrayList<>();
			for (XWPFTableCell cell : row.getTableCells()) {
				CTTcPr properties = cell.getCTTc().getTcPr();
				int span = 1;
				if (properties != null && properties.isSetGridSpan() && properties.getGridSpan().getVal() != null) {
					span = Math.max(1, ((BigInteger) properties.getGridSpan().getVal()).intValue());
				}
				int column = slots.size();
				boolean continued = properties != null && properties.isSetVMerge()
						&& properties.getVMerge().getVal() != STMerge.RESTART;
				if (continued && column < above.size()) {
					slots.add(above.get(column).continued());
				}
				else {
					slots.add(new TableSlot(paragraphs(cell, numbers), TableSlot.Merge.NONE));
				}
				for (int i = 1; i < span; i++) {
					slots.add(new TableSlot(List.of(), TableSlot.Merge.FROM_LEFT));
				}
			}
			rows.add(slots);
			above = slots;
		}
		return rows;
	}

	private static List<String> paragraphs(XWPFTableCell cell, WordListNumbers numbers) {
		List<String> paragraphs = new ArrayList<>();
		for (XWPFParagraph paragraph : cell.getParagraphs()) {
			String label = numbers.label(paragraph);
			String text = paragraph.getText();
			Paragraphs.add(paragraphs, label.isEmpty() ? text : label + text);
		}
		return paragraphs;
	}

}
