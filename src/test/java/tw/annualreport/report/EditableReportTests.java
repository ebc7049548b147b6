package tw.annualreport.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * report.odt and report.docx of a sample agency, draft and final: valid packages (the ODT's
 * mimetype first and stored, its XML well-formed, its pictures in the manifest; the DOCX opens in
 * POI), made of real headings, tables and pictures, and holding the report's text: every plan
 * title and the headline figures of summary.json, as the PDF prints them. A draft says 「草稿」 on
 * its pages; a final report nowhere.
 */
@ReportJobTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditableReportTests {

	private static final String FORMATS = "pdf,odt,docx,json";

	@TempDir
	static Path temp;

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job annualReportJob;

	private Path draft;

	private Path finalReport;

	@BeforeAll
	void runTheSampleAsDraftAndFinal() {
		Path input = ReportOutputs.copySample(113, "KHH-ZY", temp.resolve("in"));
		ReportOutputs.run(this.jobOperator, this.annualReportJob, "KHH-ZY", 113, input, temp.resolve("draft"), "draft", FORMATS);
		ReportOutputs.run(this.jobOperator, this.annualReportJob, "KHH-ZY", 113, input, temp.resolve("final"), "final", FORMATS);
		this.draft = ReportOutputs.folder(temp.resolve("draft"), 113, "KHH-ZY");
		this.finalReport = ReportOutputs.folder(temp.resolve("final"), 113, "KHH-ZY");
		keep(this.draft, "draft");
		keep(this.finalReport, "final");
	}

	/** {@code -Deditable.keep=DIR} keeps the files to look at (e.g. converted to PNG pages beside the PDF's). */
	private static void keep(Path folder, String name) {
		String keep = System.getProperty("editable.keep");
		if (keep == null) {
			return;
		}
		try (var files = Files.list(folder)) {
			Path target = Files.createDirectories(Path.of(keep).resolve(name));
			for (Path file : files.toList()) {
				Files.copy(file, target.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void theOdtIsAValidOpenDocumentTextPackage() throws Exception {
		Path odt = this.draft.resolve("report.odt");
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(odt))) {
			ZipEntry first = zip.getNextEntry();
			assertThat(first.getName()).isEqualTo("mimetype");
			assertThat(first.getMethod()).isEqualTo(ZipEntry.STORED);
			assertThat(new String(zip.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("application/vnd.oasis.opendocument.text");
		}
		Map<String, Document> xml = odfXml(odt);
		assertThat(xml).containsKeys("content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml");
		Document content = xml.get("content.xml");
		assertThat(content.getElementsByTagName("table:table").getLength()).isGreaterThan(10);
		assertThat(content.getElementsByTagName("table:table-header-rows").getLength())
			.isEqualTo(content.getElementsByTagName("table:table").getLength());
		assertThat(content.getElementsByTagName("draw:image").getLength()).isGreaterThanOrEqualTo(2);
		assertThat(headings(content, "1")).contains("壹、執行成果摘要", "參、電話禮貌測試結果", "肆、滿意度調查結果", "陸、檢討與改進");
		try (ZipFile zip = new ZipFile(odt.toFile())) {
			String manifest = new String(zip.getInputStream(zip.getEntry("META-INF/manifest.xml")).readAllBytes(), StandardCharsets.UTF_8);
			zip.stream().map(ZipEntry::getName).filter((name) -> name.startsWith("Pictures/")).forEach((picture) -> {
				assertThat(manifest).contains("manifest:full-path=\"" + picture + "\"");
			});
		}
		assertThat(xml.get("styles.xml").getDocumentElement().getTextContent()).contains("高雄市左營區衛生所　113年度提升服務成果報告");
		assertThat(Files.readString(this.draft.resolve("report.odt").getParent().resolve("report.pdf"), StandardCharsets.ISO_8859_1))
			.startsWith("%PDF");
	}

	@Test
	void theDocxOpensInWordsLibraryWithHeadingsTablesAndPictures() throws IOException {
		try (InputStream in = Files.newInputStream(this.draft.resolve("report.docx")); XWPFDocument doc = new XWPFDocument(in)) {
			assertThat(doc.getTables()).hasSizeGreaterThan(10);
			assertThat(doc.getAllPictures()).hasSizeGreaterThanOrEqualTo(2);
			List<String> sections = doc.getParagraphs()
				.stream()
				.filter((p) -> "Heading1".equals(p.getStyle()))
				.map(XWPFParagraph::getText)
				.toList();
			assertThat(sections).contains("壹、執行成果摘要", "參、電話禮貌測試結果", "肆、滿意度調查結果", "陸、檢討與改進");
			assertThat(doc.getTables()).allSatisfy((table) -> assertThat(table.getRow(0).isRepeatHeader()).isTrue());
			assertThat(doc.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal()).isZero();
		}
	}

	@Test
	void bothHoldEveryPlanTitleAndTheHeadlineFiguresOfSummaryJson() {
		JsonNode summary = ReportOutputs.summary(this.draft);
		List<String> expected = new ArrayList<>();
		summary.get("tree").forEach((node) -> expected.add(node.get("title").asString()));
		expected.add(ReportFormats.percent(summary.get("measures").get("completionRate").asDouble()));
		expected.add(ReportFormats.score(summary.get("phoneTests").get("mean").asDouble()));
		expected.add(ReportFormats.percent(summary.get("phoneTests").get("passRate").asDouble()));
		summary.get("surveys").forEach((survey) -> expected.add(ReportFormats.percent(survey.get("satisfactionRate").asDouble())));
		expected.add(ReportFormats.percent(summary.get("cases").get("onTimeRate").asDouble()));
		assertThat(expected).hasSizeGreaterThan(30);

		assertThat(odtText(this.draft.resolve("report.odt"))).contains(expected);
		assertThat(docxText(this.draft.resolve("report.docx"))).contains(expected);
	}

	@Test
	void aDraftSaysDraftOnItsPagesAndAFinalReportNowhere() {
		assertThat(odtHeader(this.draft.resolve("report.odt"))).contains("草稿");
		assertThat(docxText(this.draft.resolve("report.docx"))).contains("草稿");

		assertThat(odtHeader(this.finalReport.resolve("report.odt"))).doesNotContain("草稿");
		assertThat(odtText(this.finalReport.resolve("report.odt"))).doesNotContain("草稿");
		assertThat(docxText(this.finalReport.resolve("report.docx"))).doesNotContain("草稿");
	}

	@Test
	void theFontsAreNamedForChineseText() {
		Map<String, Document> xml = odfXml(this.draft.resolve("report.odt"));
		String styles = serialised(this.draft.resolve("report.odt"), "styles.xml");
		assertThat(styles).contains("style:font-name-asian=\"Noto Sans TC\"", "style:language-asian=\"zh\"",
				"style:country-asian=\"TW\"");
		assertThat(xml.get("styles.xml").getElementsByTagName("style:font-face").item(0).getAttributes()
			.getNamedItem("svg:font-family").getNodeValue()).contains("Noto Sans TC", "Microsoft JhengHei");
		String docxStyles = zipEntry(this.draft.resolve("report.docx"), "word/styles.xml");
		assertThat(docxStyles).contains("w:eastAsia=\"Noto Sans TC\"").contains("w:eastAsia=\"zh-TW\"");
	}

	/** The body's text, paragraph by paragraph (tables' cells included). */
	static String odtText(Path odt) {
		Document content = odfXml(odt).get("content.xml");
		StringBuilder text = new StringBuilder();
		var paragraphs = content.getElementsByTagName("text:p");
		for (int i = 0; i < paragraphs.getLength(); i++) {
			text.append(paragraphs.item(i).getTextContent()).append('\n');
		}
		var headings = content.getElementsByTagName("text:h");
		for (int i = 0; i < headings.getLength(); i++) {
			text.append(headings.item(i).getTextContent()).append('\n');
		}
		return text.toString();
	}

	private static String odtHeader(Path odt) {
		return odfXml(odt).get("styles.xml").getElementsByTagName("office:master-styles").item(0).getTextContent();
	}

	static String docxText(Path docx) {
		try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			return extractor.getText();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> headings(Document content, String level) {
		List<String> headings = new ArrayList<>();
		var h = content.getElementsByTagName("text:h");
		for (int i = 0; i < h.getLength(); i++) {
			if (level.equals(h.item(i).getAttributes().getNamedItem("text:outline-level").getNodeValue())) {
				headings.add(h.item(i).getTextContent());
			}
		}
		return headings;
	}

	/** Every XML file of the package, parsed (a malformed one fails here). */
	static Map<String, Document> odfXml(Path odt) {
		Map<String, Document> documents = new TreeMap<>();
		try (ZipFile zip = new ZipFile(odt.toFile())) {
			for (ZipEntry entry : zip.stream().toList()) {
				if (entry.getName().endsWith(".xml")) {
					try (InputStream in = zip.getInputStream(entry)) {
						DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
						documents.put(entry.getName(), factory.newDocumentBuilder().parse(in));
					}
				}
			}
			return documents;
		}
		catch (Exception ex) {
			throw new AssertionError(odt + " holds XML that does not parse: " + ex.getMessage(), ex);
		}
	}

	private static String serialised(Path zip, String name) {
		return zipEntry(zip, name);
	}

	static String zipEntry(Path zip, String name) {
		try (ZipFile file = new ZipFile(zip.toFile())) {
			return new String(file.getInputStream(file.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
