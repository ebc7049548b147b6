package tw.annualreport.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tw.annualreport.job.JobParameterNames;
import tw.annualreport.support.Fixture;
import tw.annualreport.support.PdfText;

import tw.annualreport.support.TestSmtp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal data planted in every kind of free text of an agency's source files (plan titles,
 * execution records, deduction reasons, survey titles, comments, 服務項目, cases), run through
 * the whole job with the mail on, and every output read back: the PDF's text (PDFBox), every cell
 * of the XLSX (POI), the ODS's content, summary.json and the mail's body as the SMTP server got
 * it (GreenMail). No form survives unmasked anywhere, the masked forms are there, text without
 * personal data is as typed, and rejects.csv keeps the value as typed for the officer.
 */
@SpringBootTest(properties = { "annual-report.cli.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:privacy-${random.uuid};DB_CLOSE_DELAY=-1", "spring.mail.host=127.0.0.1",
		"annual-report.mail.from=report@example.org", "annual-report.mail.retry.initial-interval=10ms",
		"annual-report.report.date=2025-01-15" })
class PersonalDataInEveryOutputTests {

	@RegisterExtension
	static final TestSmtp SMTP = new TestSmtp();

	private static final String AGENCY = "PRIVACY";

	/** What is planted, and what every output must show instead. */
	private static final Map<String, String> PLANTED = new LinkedHashMap<>();

	static {
		PLANTED.put("張先生電話0933-222-111", "張先生電話09**-***-111");
		PLANTED.put("陳美玲小姐", "陳○玲小姐");
		PLANTED.put("王明先生", "王○先生");
		PLANTED.put("聯絡人王大明 +886-912-345-678", "聯絡人王○明 +886-9**-***-678");
		PLANTED.put("手機 +886 912 345 678", "手機 +886-9**-***-678");
		PLANTED.put("0912 345 678", "09**-***-678");
		PLANTED.put("(07)555-1234#123", "(07)***-*234#***");
		PLANTED.put("02-2345-6789轉56", "02-***-*789轉**");
		PLANTED.put("身分證a123456789", "身分證a12****789");
		PLANTED.put("B234567890", "B23****890");
		PLANTED.put("wang.da-ming@example.com", "w***@example.com");
	}

	/** Every planted form in one text, as an execution record or a comment would have it. */
	private static final String ALL = String.join("；", PLANTED.keySet());

	/** Text without personal data: it must come out exactly as typed. */
	private static final String PLAIN = "措施2.3.1於113/05/21辦理，經費1,234元，1999專線，達成率95.5%，計畫代碼A1-2";

	@DynamicPropertySource
	static void smtpPort(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", SMTP::port);
	}

	@TempDir
	Path temp;

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job annualReportJob;




	@Test
	void noPlantedFormSurvivesUnmaskedInThePdfXlsxOdsOdtDocxSummaryOrMail() throws Exception {
		Path folder = run(planted());

		Map<String, String> outputs = new LinkedHashMap<>();
		outputs.put("report.pdf", String.join("\n", PdfText.pages(folder.resolve("report.pdf"))));
		outputs.put("report.xlsx", xlsxText(folder.resolve("report.xlsx")));
		outputs.put("report.ods", odsText(folder.resolve("report.ods")));
		outputs.put("report.odt", odsText(folder.resolve("report.odt")));
		outputs.put("report.docx", docxText(folder.resolve("report.docx")));
		outputs.put("summary.json", Files.readString(folder.resolve("summary.json"), StandardCharsets.UTF_8));
		outputs.put("mail", mailBody());

		outputs.forEach((output, text) -> PLANTED.keySet()
			.forEach((raw) -> assertThat(flat(text)).as(output + " holds 「" + raw + "」 unmasked").doesNotContain(flat(raw))));
		for (String output : List.of("report.pdf", "report.xlsx", "report.ods", "report.odt", "report.docx")) {
			String text = flat(outputs.get(output));
			PLANTED.values().forEach((masked) -> assertThat(text).as(output).contains(flat(masked)));
			assertThat(text).as(output).contains(PLAIN);
		}
		String json = flat(outputs.get("summary.json"));
		assertThat(json).contains("訂定年度計畫（承辦張先生電話09**-***-111）" + PLAIN)
			.contains("承辦人王○明+886-9**-***-678未回電")
			.contains("113年度為民服務滿意度調查（洽陳○玲小姐）")
			.contains("預防接種(黃○芬女士(07)***-*234)")
			.contains("陳情人a12****789")
			.contains("環境衛生w***@example.com");
		assertThat(outputs.get("mail")).contains("113年度為民服務滿意度調查（洽陳○玲小姐）整體滿意度");
	}

	@Test
	void theCoverContactAndRejectsCsvShowWhatWasTyped() throws Exception {
		Path folder = run(planted().text("agency.csv", Fixture.AGENCY_HEADER + ",聯絡人,聯絡電話,聯絡信箱\n" + AGENCY
				+ ",測試衛生所,KHH-HB,高雄市政府衛生局,research@khh-hb.example.org,林小姐,(07)581-9999,lin@a.example.gov.tw\n"));

		// the agency's own contact is there to be called: printed as typed
		assertThat(PdfText.pages(folder.resolve("report.pdf")).get(0)).contains("林小姐　(07)581-9999　lin@a.example.gov.tw");
		// rejects.csv is for the officer who corrects the source file: the value as typed
		assertThat(Files.readString(folder.resolve("rejects.csv"), StandardCharsets.UTF_8)).contains("0912-345-678");
	}

	/** The fixture with personal data in every free text that reaches an output. */
	private static Fixture planted() {
		String plan = Fixture.PLAN.replace("1.1.1,訂定年度計畫,", "1.1.1," + csv("訂定年度計畫（承辦張先生電話0933-222-111）" + PLAIN) + ",");
		String phoneTests = Fixture.PHONE_TESTS.replace("未報單位名稱；語氣冷淡", "未報單位名稱；承辦人王大明 +886 912 345 678 未回電");
		String questions = Fixture.SURVEY_QUESTIONS.replace("PUB,113年度為民服務滿意度調查,",
				"PUB,113年度為民服務滿意度調查（洽陳美玲小姐）,");
		String responses = Fixture.SURVEY_RESPONSES.replace("PUB,P1,113/07/05,預防接種,", "PUB,P1,113/07/05,預防接種（黃淑芬女士 (07)555-1234）,")
			.replace("服務很好", csv(ALL));
		String cases = Fixture.CASES.replace("C2,陳情,市長信箱,環境衛生,", "C2,陳情,陳情人a123456789,環境衛生 t.x@example.com,")
			.replace("t.x@example.com", "wang.da-ming@example.com");
		return Fixture.of(AGENCY)
			.text("plan.csv", plan)
			.text("phone_tests.csv", phoneTests)
			.text("survey_questions.csv", questions)
			.text("survey_responses.csv", responses)
			.text("cases.csv", cases)
			.append("executions.csv", "1.1.1,113/05/21,研考," + csv(ALL + "；" + PLAIN) + ",1,1,,已完成,\n"
					+ "1.1.2,0912-345-678,一組,日期欄誤填電話,1,1,,已完成,\n");
	}

	private static String csv(String field) {
		return "\"" + field.replace("\"", "\"\"") + "\"";
	}

	/** Runs the job with the mail on; the agency's output folder. */
	private Path run(Fixture fixture) throws Exception {
		Path input = fixture.writeTo(this.temp.resolve("in"));
		Path out = this.temp.resolve("out");
		JobExecution execution = this.jobOperator.start(this.annualReportJob,
				new JobParametersBuilder().addString(JobParameterNames.AGENCY, AGENCY)
					.addLong(JobParameterNames.YEAR, 113L)
					.addString(JobParameterNames.KIND, "draft")
					.addString(JobParameterNames.FINGERPRINT, "privacy-" + this.temp.getFileName())
					.addLong(JobParameterNames.RUN, 1L)
					.addString(JobParameterNames.OUT, out.toString(), false)
					.addString(JobParameterNames.FORMATS, "pdf,xlsx,ods,odt,docx,json", false)
					.addString(JobParameterNames.MAIL, "true", false)
					.addString(JobParameterNames.INPUT, input.toString(), false)
					.toJobParameters());
		assertThat(execution.getStatus()).as(execution.getAllFailureExceptions().toString())
			.isEqualTo(BatchStatus.COMPLETED);
		return out.resolve("113").resolve(AGENCY);
	}

	private String mailBody() throws Exception {
		MimeMessage[] received = SMTP.received();
		assertThat(received).isNotEmpty();
		return (String) ((Multipart) received[0].getContent()).getBodyPart(0).getContent();
	}

	private static String xlsxText(Path file) throws IOException {
		StringBuilder text = new StringBuilder();
		try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						if (cell.getCellType() == CellType.STRING) {
							text.append(cell.getStringCellValue()).append('\n');
						}
					}
				}
			}
		}
		catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
			throw new IOException(ex);
		}
		return text.toString();
	}

	/** The text of the ODS's cells: content.xml without its tags. */
	private static String odsText(Path file) throws IOException {
		try (ZipFile ods = new ZipFile(file.toFile())) {
			String xml = new String(ods.getInputStream(ods.getEntry("content.xml")).readAllBytes(), StandardCharsets.UTF_8);
			return xml.replaceAll("<[^>]+>", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
		}
	}

	private static String docxText(Path file) throws IOException {
		try (var in = Files.newInputStream(file); var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in);
				var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
			return extractor.getText();
		}
	}

	private static String flat(String text) {
		return text.replaceAll("\\s+", "");
	}


}
