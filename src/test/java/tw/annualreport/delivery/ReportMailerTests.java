package tw.annualreport.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tw.annualreport.system.ReportKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Mails reports through a real SMTP server (GreenMail on a local port) and reads what arrived:
 * subject, recipients, attachment names and bytes; then takes the server down and up again.
 */
@SpringBootTest(properties = { "annual-report.cli.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:mail-${random.uuid};DB_CLOSE_DELAY=-1", "spring.mail.host=127.0.0.1",
		"spring.mail.properties.mail.smtp.connectiontimeout=2000", "spring.mail.properties.mail.smtp.timeout=2000",
		"spring.mail.properties.mail.smtp.writetimeout=2000", "annual-report.mail.from=report@example.org",
		"annual-report.mail.cc=archive@example.org", "annual-report.mail.retry.attempts=3",
		"annual-report.mail.retry.initial-interval=10ms", "annual-report.mail.retry.multiplier=2" })
class ReportMailerTests {

	private static final int SMTP_PORT = freePort();

	private static final String AGENCY = "KHH-ZY";

	private static final String NAME = "高雄市左營區衛生所";

	private static final int YEAR = 113;

	@DynamicPropertySource
	static void smtpPort(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@TempDir
	Path out;

	@Autowired
	ReportMailer mailer;

	@Autowired
	Resend resend;

	@Autowired
	ReportMails mails;

	@Autowired
	DeliveryLog log;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	private GreenMail smtp;

	@BeforeEach
	void publishAgencyYearAndStartSmtp() {
		for (String table : List.of("delivery_attempt", "agency_year", "agency", "figure_value", "agency_summary",
				"survey_question")) {
			this.jdbc.update("DELETE FROM " + table);
		}
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.update("INSERT INTO agency_year (agency_code, roc_year, import_id, published_at) VALUES (?, ?, 7, ?)",
				AGENCY, YEAR, now);
		this.jdbc.update("INSERT INTO agency (import_id, code, name, parent_code, parent_name, mail_to) VALUES (7, ?, ?, ?, ?, ?)",
				AGENCY, NAME, "KHH-HB", "高雄市政府衛生局", "bureau@example.org; chief@example.org");
		this.jdbc.update("""
				INSERT INTO survey_question (import_id, survey_code, survey_title, audience, question_no, question_text, overall)
				VALUES (7, 'PUB', '民眾滿意度調查', '民眾', 1, '整體而言您滿意嗎', TRUE)
				""");
		// the stored summary the mail body's figures come from: just the keys it reads
		this.jdbc.update("""
				INSERT INTO agency_summary (agency_code, roc_year, import_id, kind, summary_json, computed_at)
				VALUES (?, ?, 7, 'final', ?, ?)
				""", AGENCY, YEAR, """
				{"schemaVersion": 1, "year": 113, "gregorianYear": 2024, "kind": "final",
				 "measures": {"total": 33, "completed": 26, "inProgress": 4, "notStarted": 3, "completionRate": 0.78787},
				 "phoneTests": {"count": 10, "mean": 88.55, "passed": 9, "passRate": 0.9, "threshold": 80},
				 "surveys": [{"code": "PUB", "title": "民眾滿意度調查", "respondents": 10, "satisfied": 9, "valid": 10,
				              "satisfactionRate": 0.9123, "samplingErrorPopulationCorrected": false,
				              "cronbachRespondents": 0}],
				 "cases": {"total": 10, "closed": 10, "open": 0, "onTime": 9, "onTimeRate": 0.896, "overdueCount": 0}}
				""", now);
		this.smtp = startSmtp();
	}

	@AfterEach
	void stopSmtp() {
		if (this.smtp.isRunning()) {
			this.smtp.stop();
		}
	}

	@Test
	void mailsTheReportFilesWithTheChineseSubjectAndFileNamesAndRecordsTheDelivery() throws Exception {
		Map<String, byte[]> files = writeReportFiles();
		ReportMail mail = this.mails.of(AGENCY, YEAR, ReportKind.FINAL, folder());

		ReportMailer.Delivery delivery = this.mailer.send(mail);

		assertThat(this.smtp.waitForIncomingEmail(5000, 3)).isTrue();
		MimeMessage[] received = this.smtp.getReceivedMessages();
		assertThat(received).hasSize(3); // one copy for each of bureau@, chief@ and the cc archive@
		MimeMessage message = received[0];
		assertThat(message.getSubject()).isEqualTo("【提升服務成果報告】高雄市左營區衛生所 113年度");
		assertThat(message.getHeader("Subject")[0]).startsWith("=?UTF-8?");
		assertThat(addresses(message, RecipientType.TO)).containsExactly("bureau@example.org", "chief@example.org");
		assertThat(addresses(message, RecipientType.CC)).containsExactly("archive@example.org");
		assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo("report@example.org");

		Multipart parts = (Multipart) message.getContent();
		String body = (String) parts.getBodyPart(0).getContent();
		assertThat(body).contains("措施完成率 78.8%", "電話禮貌測試平均 88.6 分", "民眾滿意度調查整體滿意度 91.2%", "案件準時結案率 89.6%",
				"（定稿）", "高雄市左營區衛生所_113年度提升服務成果報告.pdf");
		Map<String, byte[]> attached = new LinkedHashMap<>();
		List<String> dispositions = new ArrayList<>();
		for (int i = 1; i < parts.getCount(); i++) {
			BodyPart part = parts.getBodyPart(i);
			assertThat(part.getDisposition()).isEqualTo(Part.ATTACHMENT);
			attached.put(part.getFileName(), part.getInputStream().readAllBytes());
			dispositions.add(part.getHeader("Content-Disposition")[0]);
		}
		assertThat(attached.keySet()).containsExactly("高雄市左營區衛生所_113年度提升服務成果報告.pdf",
				"高雄市左營區衛生所_113年度提升服務成果報告.xlsx", "高雄市左營區衛生所_113年度提升服務成果報告.ods");
		assertThat(attached.get("高雄市左營區衛生所_113年度提升服務成果報告.pdf")).isEqualTo(files.get("report.pdf"));
		assertThat(attached.get("高雄市左營區衛生所_113年度提升服務成果報告.xlsx")).isEqualTo(files.get("report.xlsx"));
		assertThat(attached.get("高雄市左營區衛生所_113年度提升服務成果報告.ods")).isEqualTo(files.get("report.ods"));
		// RFC 2231 (filename*=UTF-8''%E9%AB%98…), not RFC 2047 encoded-words inside a parameter
		assertThat(dispositions).allSatisfy((header) -> assertThat(header).contains("filename*").contains("UTF-8''%E9%AB%98")
			.doesNotContain("=?"));
		assertThat(parts.getBodyPart(1).getContentType()).startsWith("application/pdf");
		System.out.println("Content-Disposition as received: " + dispositions.get(0));

		assertThat(delivery.attempts()).isEqualTo(1);
		List<DeliveryAttempt> attempts = this.log.attempts(AGENCY, YEAR);
		assertThat(attempts).singleElement().satisfies((attempt) -> {
			assertThat(attempt.outcome()).isEqualTo(DeliveryOutcome.SENT);
			assertThat(attempt.kind()).isEqualTo("final");
			assertThat(attempt.recipients()).isEqualTo("bureau@example.org; chief@example.org; archive@example.org");
			assertThat(attempt.attachments()).contains("高雄市左營區衛生所_113年度提升服務成果報告.ods");
			assertThat(attempt.error()).isNull();
			assertThat(attempt.attemptedAt()).isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(1));
		});
	}

	@Test
	void whileTheServerIsDownEveryAttemptIsRecordedAsFailedAndTheFilesStayThenResendDeliversThem() throws Exception {
		Map<String, byte[]> files = writeReportFiles();
		Map<String, FileTime> modified = modifiedTimes();
		this.smtp.stop();

		assertThatThrownBy(() -> this.resend.resend(this.out, YEAR, AGENCY)).isInstanceOf(DeliveryException.class)
			.hasMessageContaining("KHH-ZY 113 年度報告寄送失敗（共嘗試 3 次）")
			.hasMessageContaining("郵件伺服器 127.0.0.1:" + SMTP_PORT + " 無法連線（Connection refused）")
			.hasMessageContaining("--resend")
			.hasMessageNotContaining("Exception")
			.satisfies((ex) -> assertThat(ex.getMessage().lines()).hasSize(1));

		List<DeliveryAttempt> failed = this.log.attempts(AGENCY, YEAR);
		assertThat(failed).hasSize(3).allSatisfy((attempt) -> {
			assertThat(attempt.outcome()).isEqualTo(DeliveryOutcome.FAILED);
			assertThat(attempt.error()).contains("Connection refused");
			assertThat(attempt.recipients()).contains("bureau@example.org");
		});
		assertThat(this.log.lastOutcome(AGENCY, YEAR)).contains(DeliveryOutcome.FAILED);
		assertThat(readFiles()).containsOnlyKeys(files.keySet());
		readFiles().forEach((name, bytes) -> assertThat(bytes).isEqualTo(files.get(name)));
		assertThat(modifiedTimes()).isEqualTo(modified);

		this.smtp = startSmtp();
		ReportMailer.Delivery delivery = this.resend.resend(this.out, YEAR, AGENCY);

		assertThat(delivery.attempts()).isEqualTo(1);
		assertThat(this.smtp.waitForIncomingEmail(5000, 3)).isTrue();
		MimeMessage message = this.smtp.getReceivedMessages()[0];
		assertThat(message.getSubject()).isEqualTo("【提升服務成果報告】高雄市左營區衛生所 113年度");
		Multipart parts = (Multipart) message.getContent();
		assertThat(parts.getBodyPart(1).getInputStream().readAllBytes()).isEqualTo(files.get("report.pdf"));
		List<DeliveryAttempt> attempts = this.log.attempts(AGENCY, YEAR);
		assertThat(attempts).extracting(DeliveryAttempt::outcome)
			.containsExactly(DeliveryOutcome.FAILED, DeliveryOutcome.FAILED, DeliveryOutcome.FAILED, DeliveryOutcome.SENT);
		assertThat(attempts.get(3).kind()).isEqualTo("final");
		assertThat(this.log.lastOutcome(AGENCY, YEAR)).contains(DeliveryOutcome.SENT);
	}

	@Test
	void failedAttemptsStayRecordedWhenTheCallersTransactionRollsBack() throws IOException {
		writeReportFiles();
		this.smtp.stop();
		TransactionTemplate step = new TransactionTemplate(this.transactionManager);

		assertThatThrownBy(() -> step.executeWithoutResult((status) -> this.resend.resend(this.out, YEAR, AGENCY)))
			.isInstanceOf(DeliveryException.class);

		assertThat(this.log.attempts(AGENCY, YEAR)).hasSize(3)
			.extracting(DeliveryAttempt::outcome)
			.containsOnly(DeliveryOutcome.FAILED);
	}

	@Test
	void resendWithoutReportFilesSaysSoAndSendsNothing() throws Exception {
		Files.createDirectories(folder());
		Files.writeString(folder().resolve("summary.json"), "{}");

		assertThatThrownBy(() -> this.resend.resend(this.out, YEAR, AGENCY)).isInstanceOf(DeliveryException.class)
			.hasMessageContaining("找不到 KHH-ZY 113 年度的報告檔案")
			.hasMessageContaining("report.pdf、report.xlsx、report.ods");

		assertThat(this.smtp.waitForIncomingEmail(200, 1)).isFalse();
		assertThat(this.log.attempts(AGENCY, YEAR)).isEmpty();
		assertThat(this.log.lastOutcome(AGENCY, YEAR)).isEmpty();
	}

	@Test
	void onlyTheReportFilesThatExistAreAttached() throws Exception {
		Files.createDirectories(folder());
		byte[] ods = randomBytes(3000);
		Files.write(folder().resolve("report.ods"), ods);

		this.resend.resend(this.out, YEAR, AGENCY);

		assertThat(this.smtp.waitForIncomingEmail(5000, 1)).isTrue();
		Multipart parts = (Multipart) this.smtp.getReceivedMessages()[0].getContent();
		assertThat(parts.getCount()).isEqualTo(2);
		assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("高雄市左營區衛生所_113年度提升服務成果報告.ods");
		assertThat(parts.getBodyPart(1).getContentType()).startsWith("application/vnd.oasis.opendocument.spreadsheet");
		assertThat(parts.getBodyPart(1).getInputStream().readAllBytes()).isEqualTo(ods);
	}

	private Path folder() {
		return this.out.resolve(Integer.toString(YEAR)).resolve(AGENCY);
	}

	private Map<String, byte[]> writeReportFiles() throws IOException {
		Files.createDirectories(folder());
		Map<String, byte[]> files = new LinkedHashMap<>();
		byte[] pdf = randomBytes(70_000);
		System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, pdf, 0, 9);
		files.put("report.pdf", pdf);
		files.put("report.xlsx", randomBytes(20_000));
		files.put("report.ods", randomBytes(15_000));
		for (var file : files.entrySet()) {
			Files.write(folder().resolve(file.getKey()), file.getValue());
		}
		return files;
	}

	private Map<String, byte[]> readFiles() throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (var list = Files.list(folder())) {
			for (Path file : list.toList()) {
				files.put(file.getFileName().toString(), Files.readAllBytes(file));
			}
		}
		return files;
	}

	private Map<String, FileTime> modifiedTimes() throws IOException {
		Map<String, FileTime> times = new LinkedHashMap<>();
		for (String name : ReportFiles.NAMES) {
			times.put(name, Files.getLastModifiedTime(folder().resolve(name)));
		}
		return times;
	}

	private static List<String> addresses(MimeMessage message, RecipientType type) throws Exception {
		return java.util.Arrays.stream(message.getRecipients(type)).map((a) -> ((InternetAddress) a).getAddress()).toList();
	}

	private static byte[] randomBytes(int size) {
		byte[] bytes = new byte[size];
		new Random(size).nextBytes(bytes);
		return bytes;
	}

	private static GreenMail startSmtp() {
		GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		return smtp;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
