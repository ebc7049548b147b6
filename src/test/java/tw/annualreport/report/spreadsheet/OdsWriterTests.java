package tw.annualreport.report.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

class OdsWriterTests {

	private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

	private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

	@Test
	void escapesOnlyWhatXmlNeedsAndLeavesOutWhatItCannotHold() {
		assertThat(OdsWriter.escape("左營區衛生所 1,200 人次\n第二行")).isEqualTo("左營區衛生所 1,200 人次\n第二行");
		assertThat(OdsWriter.escape("王'小\"明\" <a&b>")).isEqualTo("王&apos;小&quot;明&quot; &lt;a&amp;b&gt;");
		assertThat(OdsWriter.escape("前\u0001後\uFFFE\tA")).isEqualTo("前後\tA");
		assertThat(OdsWriter.escape("")).isEmpty();
	}

	@Test
	void writesAValidPackageWithTypedCells() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		OdsWriter.write(SpreadsheetFixture.sheets(), bytes);
		Map<String, byte[]> entries = new HashMap<>();
		List<String> order = new ArrayList<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				order.add(entry.getName());
				if (entry.getName().equals("mimetype")) {
					assertThat(entry.getMethod()).isEqualTo(ZipEntry.STORED);
				}
				entries.put(entry.getName(), zip.readAllBytes());
			}
		}
		assertThat(order.get(0)).isEqualTo("mimetype");
		assertThat(new String(entries.get("mimetype"), StandardCharsets.US_ASCII))
			.isEqualTo("application/vnd.oasis.opendocument.spreadsheet");
		assertThat(order).contains("META-INF/manifest.xml", "content.xml", "styles.xml", "settings.xml");
		parse(entries.get("styles.xml"));
		assertThat(new String(entries.get("settings.xml"), StandardCharsets.UTF_8))
			.contains("<config:config-item config:name=\"VerticalSplitPosition\" config:type=\"int\">3</config:config-item>");

		Document content = parse(entries.get("content.xml"));
		Element table = (Element) content.getElementsByTagNameNS(TABLE, "table").item(0);
		assertThat(table.getAttributeNS(TABLE, "name")).isEqualTo("貳、執行紀錄");
		NodeList rows = table.getElementsByTagNameNS(TABLE, "table-row");
		assertThat(rows.getLength()).isEqualTo(9);
		Element title = cell(rows, 0, 0);
		assertThat(title.getAttributeNS(TABLE, "number-columns-spanned")).isEqualTo("4");

		Element formula = cell(rows, 3, 0);
		assertThat(formula.getAttributeNS(OFFICE, "value-type")).isEqualTo("string");
		assertThat(formula.hasAttributeNS(TABLE, "formula")).isFalse();
		assertThat(formula.getTextContent()).isEqualTo("=SUM(A1:A2)");
		Element date = cell(rows, 3, 1);
		assertThat(date.getAttributeNS(OFFICE, "value-type")).isEqualTo("date");
		assertThat(date.getAttributeNS(OFFICE, "date-value")).isEqualTo("2024-05-21");
		assertThat(date.getTextContent()).isEqualTo("113/05/21");
		Element count = cell(rows, 3, 2);
		assertThat(count.getAttributeNS(OFFICE, "value-type")).isEqualTo("float");
		assertThat(count.getAttributeNS(OFFICE, "value")).isEqualTo("1200.0");
		assertThat(count.getTextContent()).isEqualTo("1,200");
		Element rate = cell(rows, 3, 3);
		assertThat(rate.getAttributeNS(OFFICE, "value-type")).isEqualTo("percentage");
		assertThat(rate.getAttributeNS(OFFICE, "value")).isEqualTo("0.78787");
		assertThat(rate.getTextContent()).isEqualTo("78.8%");

		// markup stays text; a control character XML cannot hold is left out
		assertThat(cell(rows, 4, 0).getTextContent()).isEqualTo("<衛教&宣導> ");
		assertThat(cell(rows, 5, 0).getElementsByTagNameNS("urn:oasis:names:tc:opendocument:xmlns:text:1.0", "line-break")
			.getLength()).isEqualTo(1);
		// two blank cells hold the place of the missing date and count: the rate is in the fourth column
		Element blanks = cell(rows, 5, 1);
		assertThat(blanks.getAttributeNS(TABLE, "number-columns-repeated")).isEqualTo("2");
		assertThat(cell(rows, 5, 2).getAttributeNS(OFFICE, "value")).isEqualTo("1.0");
		assertThat(cell(rows, 8, 0).getTextContent()).isEqualTo("𠀋");
		assertThat(content.getElementsByTagNameNS("urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0", "year").item(0)
			.getAttributes().getNamedItemNS("urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0", "calendar").getNodeValue())
			.isEqualTo("ROC");
	}

	private static Element cell(NodeList rows, int row, int index) {
		return (Element) ((Element) rows.item(row)).getElementsByTagNameNS(TABLE, "table-cell").item(index);
	}

	private static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

}
