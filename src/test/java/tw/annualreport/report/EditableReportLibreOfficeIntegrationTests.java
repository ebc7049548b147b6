package tw.annualreport.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * report.odt and report.docx open in LibreOffice: converted headless to PDF and to text, they hold
 * every plan title, the headline figures and the draft's 「草稿」. Skipped, saying so, where
 * LibreOffice (soffice) is not installed. The conversion sees the report fonts (a fontconfig file
 * naming reports/fonts), as an officer's machine with Noto Sans TC would.
 */
@ReportJobTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditableReportLibreOfficeIntegrationTests {

	@TempDir
	static Path temp;

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job annualReportJob;

	private Path folder;

	private List<String> expected;

	private static final List<String> FORMATS = List.of("odt", "docx");

	/** The PDF and the text LibreOffice made of each document, by format. */
	private Map<String, Path> pdfs;

	private Map<String, Path> texts;

	@BeforeAll
	void runTheSampleAndConvertItsDocuments() throws IOException, InterruptedException {
		Assumptions.assumeTrue(soffice() != null,
				"LibreOffice (soffice) 未安裝，略過 report.odt/report.docx 的轉檔測試（apt-get install libreoffice-writer）");
		Path input = ReportOutputs.copySample(113, "KHH-ZY", temp.resolve("in"));
		ReportOutputs.run(this.jobOperator, this.annualReportJob, "KHH-ZY", 113, input, temp.resolve("out"), "draft",
				"odt,docx,json");
		this.folder = ReportOutputs.folder(temp.resolve("out"), 113, "KHH-ZY");
		JsonNode summary = ReportOutputs.summary(this.folder);
		this.expected = new ArrayList<>();
		summary.get("tree").forEach((node) -> this.expected.add(node.get("title").asString()));
		this.expected.add(ReportFormats.percent(summary.get("measures").get("completionRate").asDouble()));
		this.expected.add(ReportFormats.score(summary.get("phoneTests").get("mean").asDouble()));
		this.expected.add("壹、執行成果摘要");
		this.expected.add("陸、檢討與改進");
		// both documents in one soffice per target format (its start is most of the time), each
		// under a name of its own so that their conversions do not meet
		Path documents = Files.createDirectories(temp.resolve("documents"));
		List<Path> copies = new ArrayList<>();
		for (String format : FORMATS) {
			copies.add(Files.copy(this.folder.resolve("report." + format), documents.resolve("report-" + format + "." + format)));
		}
		this.pdfs = convert(copies, "pdf", temp.resolve("pdf"));
		this.texts = convert(copies, "txt:Text (encoded):UTF8", temp.resolve("txt"));
	}

	@ParameterizedTest(name = "report.{0}")
	@ValueSource(strings = { "odt", "docx" })
	void libreOfficeConvertsItToPdfAndTextHoldingTheReport(String format) throws Exception {
		Path pdf = this.pdfs.get(format);
		Path txt = this.texts.get(format);

		List<String> pages = ReportOutputs.pages(pdf);
		assertThat(pages).hasSizeGreaterThan(10);
		// PDF text comes with spaces where LibreOffice spaced the letters (草 稿, 113 年度): compare without them
		assertThat(pages.get(0).replaceAll("\\s+", "")).contains("高雄市左營區衛生所", "113年度提升服務成果報告", "草稿");
		assertThat(pages.get(pages.size() - 1).replaceAll("\\s+", "")).contains("草稿");
		String pdfText = String.join("\n", pages).replaceAll("\\s+", "");
		// a long cell may break across a page, the repeated table header between its halves: the PDF
		// holds each text's beginning, the text export (below) every text whole
		assertThat(pdfText).contains(this.expected.stream()
			.map((e) -> e.replaceAll("\\s+", ""))
			.map((e) -> e.substring(0, Math.min(e.length(), 20)))
			.toList());
		String text = Files.readString(txt, StandardCharsets.UTF_8);
		assertThat(text).contains(this.expected);
	}

	/** soffice --headless --convert-to, in a profile of its own, seeing the report fonts: the converted file of each format. */
	private static Map<String, Path> convert(List<Path> documents, String filter, Path outDir)
			throws IOException, InterruptedException {
		Files.createDirectories(outDir);
		Path fonts = temp.resolve("fonts.conf");
		if (!Files.exists(fonts)) {
			Files.writeString(fonts, "<?xml version=\"1.0\"?><!DOCTYPE fontconfig SYSTEM \"fonts.dtd\"><fontconfig>"
					+ "<include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include><dir>"
					+ Path.of("reports/fonts").toAbsolutePath() + "</dir><cachedir>" + temp.resolve("fc-cache")
					+ "</cachedir></fontconfig>");
		}
		List<String> command = new ArrayList<>(List.of(soffice(), "--headless", "--norestore",
				"-env:UserInstallation=" + temp.resolve("profile").toUri(), "--convert-to", filter, "--outdir", outDir.toString()));
		documents.forEach((document) -> command.add(document.toString()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(temp.resolve("soffice.log").toFile());
		builder.environment().put("FONTCONFIG_FILE", fonts.toString());
		Process process = builder.start();
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("soffice finished").isTrue();
		String extension = filter.substring(0, filter.contains(":") ? filter.indexOf(':') : filter.length());
		Map<String, Path> converted = new HashMap<>();
		for (String format : FORMATS) {
			Path file = outDir.resolve("report-" + format + "." + extension);
			assertThat(file).as("soffice wrote %s (%s)", file, Files.readString(temp.resolve("soffice.log"))).exists();
			converted.put(format, file);
		}
		return converted;
	}

	private static String soffice() {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
			Path candidate = Path.of(dir, "soffice");
			if (Files.isExecutable(candidate)) {
				return candidate.toString();
			}
		}
		return null;
	}

}
