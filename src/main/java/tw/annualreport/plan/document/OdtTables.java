package tw.annualreport.plan.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The tables of an OpenDocument text (.odt), read from its content.xml with the JDK's parser:
 * {@code table:number-columns-spanned} and {@code table:number-rows-spanned} on a cell, the
 * positions they cover as {@code table:covered-table-cell}; header rows, row groups and soft page
 * breaks inside the table are walked through.
 */
final class OdtTables {

	private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

	private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

	private OdtTables() {
	}

	static List<DocumentTable> read(InputStream in) throws IOException {
		try (ZipInputStream zip = new ZipInputStream(in)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals("content.xml")) {
					return tables(parse(zip));
				}
			}
		}
		throw new IOException("沒有 content.xml");
	}

	private static Element parse(InputStream content) throws IOException {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setExpandEntityReferences(false);
			return factory.newDocumentBuilder().parse(content).getDocumentElement();
		}
		catch (ParserConfigurationException | SAXException ex) {
			throw new IOException(ex.getMessage(), ex);
		}
	}

	private static List<DocumentTable> tables(Element root) {
		List<DocumentTable> tables = new ArrayList<>();
		collectTables(root, tables);
		return tables;
	}

	/** Top-level tables in document order; a table inside a table's cell is part of that cell. */
	private static void collectTables(Element element, List<DocumentTable> tables) {
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element e) {
				if (TABLE.equals(e.getNamespaceURI()) && e.getLocalName().equals("table")) {
					tables.add(new DocumentTable(tables.size() + 1, rows(e)));
				}
				else {
					collectTables(e, tables);
				}
			}
		}
	}

	private static List<List<TableSlot>> rows(Element table) {
		List<Element> rowElements = new ArrayList<>();
		collectRows(table, rowElements);
		List<List<TableSlot>> rows = new ArrayList<>();
		List<TableSlot> above = List.of();
		List<Integer> pending = new ArrayList<>();
		for (Element row : rowElements) {
			int repeat = intAttribute(row, "number-rows-repeated", 1);
			for (int r = 0; r < Math.min(repeat, 1000); r++) {
				List<TableSlot> slots = new ArrayList<>();
				for (Node child = row.getFirstChild(); child != null; child = child.getNextSibling()) {
					if (!(child instanceof Element cell) || !TABLE.equals(cell.getNamespaceURI())) {
						continue;
					}
					boolean covered = cell.getLocalName().equals("covered-table-cell");
					if (!covered && !cell.getLocalName().equals("table-cell")) {
						continue;
					}
					int columns = intAttribute(cell, "number-columns-repeated", 1);
					for (int c = 0; c < Math.min(columns, 100); c++) {
						int column = slots.size();
						while (pending.size() <= column) {
							pending.add(0);
						}
						if (covered) {
							boolean down = pending.get(column) > 0 && column < above.size();
							slots.add(down ? above.get(column).continued() : new TableSlot(List.of(), TableSlot.Merge.FROM_LEFT));
						}
						else {
							slots.add(new TableSlot(paragraphs(cell), TableSlot.Merge.NONE));
							pending.set(column, intAttribute(cell, "number-rows-spanned", 1));
							int span = intAttribute(cell, "number-columns-spanned", 1);
							for (int s = 1; s < span; s++) {
								// the covered cells that follow in the row stand for these columns
								while (pending.size() <= column + s) {
									pending.add(0);
								}
								pending.set(column + s, 0);
							}
						}
					}
				}
				for (int column = 0; column < pending.size(); column++) {
					pending.set(column, Math.max(0, pending.get(column) - 1));
				}
				rows.add(slots);
				above = slots;
			}
		}
		return rows;
	}

	private static void collectRows(Element parent, List<Element> rows) {
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element e && TABLE.equals(e.getNamespaceURI())) {
				switch (e.getLocalName()) {
					case "table-row" -> rows.add(e);
					case "table-header-rows", "table-rows", "table-row-group" -> collectRows(e, rows);
					default -> {
					}
				}
			}
		}
	}

	/** The paragraphs and headings of a cell, list items included; a nested table's text as its paragraphs. */
	private static List<String> paragraphs(Element cell) {
		List<String> paragraphs = new ArrayList<>();
		collectParagraphs(cell, paragraphs);
		return paragraphs;
	}

	private static void collectParagraphs(Element element, List<String> paragraphs) {
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element e) {
				if (TEXT.equals(e.getNamespaceURI()) && (e.getLocalName().equals("p") || e.getLocalName().equals("h"))) {
					StringBuilder text = new StringBuilder();
					text(e, text);
					Paragraphs.add(paragraphs, text.toString());
				}
				else {
					collectParagraphs(e, paragraphs);
				}
			}
		}
	}

	/** A paragraph's text: spans, {@code text:s} as spaces, tabs, line breaks as new lines; notes left out. */
	private static void text(Node node, StringBuilder text) {
		for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child.getNodeType() == Node.TEXT_NODE) {
				text.append(child.getNodeValue());
			}
			else if (child instanceof Element e && TEXT.equals(e.getNamespaceURI())) {
				switch (e.getLocalName()) {
					case "s" -> text.append(" ".repeat(Math.min(100, intAttribute(e, TEXT, "c", 1))));
					case "tab" -> text.append(' ');
					case "line-break" -> text.append('\n');
					case "note", "annotation", "bookmark", "bookmark-start", "bookmark-end" -> {
					}
					default -> text(e, text);
				}
			}
			else if (child instanceof Element e) {
				text(e, text);
			}
		}
	}

	private static int intAttribute(Element element, String name, int fallback) {
		return intAttribute(element, TABLE, name, fallback);
	}

	private static int intAttribute(Element element, String namespace, String name, int fallback) {
		String value = element.getAttributeNS(namespace, name);
		try {
			return value.isEmpty() ? fallback : Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

}
