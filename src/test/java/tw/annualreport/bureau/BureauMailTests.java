package tw.annualreport.bureau;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tw.annualreport.delivery.DeliveryException;
import tw.annualreport.delivery.DeliveryLog;
import tw.annualreport.delivery.ReportMailer;
import tw.annualreport.job.AgencyFolders;
import tw.annualreport.run.AgencyRuns;
import tw.annualreport.support.TestSmtp;
import tw.annualreport.system.RunOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * "The mail of a final bureau run goes to the bureau with the consolidated files": a bureau run
 * with --mail=true against a real SMTP server (GreenMail). Each agency's report goes to its own
 * 收件信箱; the consolidated report goes to the bureau's box (the address all its agencies list),
 * but only once every agency has completed.
 */
@SpringBootTest(properties = { "annual-report.cli.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:bureau-mail-${random.uuid};DB_CLOSE_DELAY=-1", "spring.mail.host=127.0.0.1",
		"annual-report.mail.from=report@example.org", "annual-report.mail.retry.initial-interval=10ms" })
class BureauMailTests {

	@RegisterExtension
	static final TestSmtp SMTP = new TestSmtp();

	@DynamicPropertySource
	static void smtpPort(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", SMTP::port);
	}

	@TempDir
	Path temp;

	@Autowired
	AgencyRuns runs;

	@Autowired
	BureauResend bureauResend;

	@Autowired
	DeliveryLog deliveryLog;




	@Test
	void aFinalBureauRunMailsTheConsolidatedReportToTheBureauOnceEveryAgencyIsIn() throws Exception {
		Path input = this.temp.resolve("in");
		AgencyFolders.handMade(input.resolve("TST-A"), "TST-A", 113);
		Path broken = AgencyFolders.handMade(input.resolve("TST-B"), "TST-B", 113);
		Files.delete(broken.resolve("plan.csv"));
		Path out = this.temp.resolve("out");
		RunOptions options = RunOptions.parse(new String[] { "--year=113", "--agency=all", "--parent=TST-P",
				"--input=" + input, "--out=" + out, "--final=true", "--mail=true" });

		String first = run(options);

		assertThat(first).contains("TST-P（彙整）：彙整報告未寄出：TST-B 尚未完成");
		assertThat(subjects()).containsExactly("【提升服務成果報告】排程測試區公所 113年度");

		AgencyFolders.handMade(broken, "TST-B", 113);
		String second = run(options);

		assertThat(second).contains("TST-P（彙整）：彙整報告已寄給 office@example.org");
		MimeMessage bureau = Arrays.stream(SMTP.received())
			.filter((m) -> TestSmtp.subject(m).startsWith("【提升服務成果彙整報告】"))
			.findFirst()
			.orElseThrow();
		assertThat(bureau.getSubject()).isEqualTo("【提升服務成果彙整報告】測試市政府 113年度");
		assertThat(Arrays.stream(bureau.getAllRecipients()).map((a) -> ((InternetAddress) a).getAddress()))
			.containsExactly("office@example.org");
		Path folder = out.resolve("113").resolve("TST-P");
		List<String> names = new ArrayList<>();
		Multipart parts = (Multipart) bureau.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			BodyPart part = parts.getBodyPart(i);
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				String name = MimeUtility.decodeText(part.getFileName());
				names.add(name);
				assertThat(part.getInputStream().readAllBytes()).as(name)
					.isEqualTo(Files.readAllBytes(folder.resolve("report" + name.substring(name.lastIndexOf('.')))));
			}
			else {
				assertThat((String) part.getContent()).contains("彙整機關：TST-A、TST-B").contains("（定稿）");
			}
		}
		assertThat(names).containsExactlyInAnyOrder("測試市政府_113年度提升服務成果彙整報告.pdf",
				"測試市政府_113年度提升服務成果彙整報告.xlsx", "測試市政府_113年度提升服務成果彙整報告.ods");
	}

	@Test
	void resendWithParentAloneMailsTheBureausLastConsolidationAgainAndLogsIt() throws Exception {
		Path input = this.temp.resolve("in");
		AgencyFolders.handMade(input.resolve("TST-A"), "TST-A", 112);
		AgencyFolders.handMade(input.resolve("TST-B"), "TST-B", 112);
		Path out = this.temp.resolve("out");
		run(RunOptions.parse(new String[] { "--year=112", "--agency=all", "--parent=TST-P", "--input=" + input,
				"--out=" + out, "--formats=pdf,xlsx,ods,json" }));
		assertThat(SMTP.received()).isEmpty();

		RunOptions resend = RunOptions.parse(new String[] { "--resend", "--year=112", "--parent=TST-P", "--out=" + out });
		assertThat(resend.command()).isEqualTo(RunOptions.Command.RESEND);
		assertThat(resend.agencies()).isEmpty();
		ReportMailer.Delivery delivery = this.bureauResend.resend(resend.out(), resend.rocYear(), resend.parent());

		assertThat(delivery.recipients()).containsExactly("office@example.org");
		assertThat(SMTP.received()).singleElement().satisfies((m) -> {
			assertThat(m.getSubject()).isEqualTo("【提升服務成果彙整報告】測試市政府 112年度");
			String body = (String) ((Multipart) m.getContent()).getBodyPart(0).getContent();
			assertThat(body).contains("彙整機關：TST-A、TST-B").contains("草稿");
		});
		assertThat(this.deliveryLog.attempts("TST-P", 112)).extracting((a) -> a.kind() + " " + a.outcome())
			.containsExactly("draft SENT");
	}

	@Test
	void resendOfABureauThatNeverConsolidatedSaysSo() {
		assertThatThrownBy(() -> this.bureauResend.resend(this.temp, 111, "TST-NONE")).isInstanceOf(DeliveryException.class)
			.hasMessage("找不到 TST-NONE 111 年度的彙整紀錄：請先執行 --year=111 --agency=all --parent=TST-NONE");
	}

	private String run(RunOptions options) {
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		this.runs.run(options, new PrintStream(printed, true, StandardCharsets.UTF_8));
		return printed.toString(StandardCharsets.UTF_8);
	}

	private List<String> subjects() {
		return Arrays.stream(SMTP.received()).map(TestSmtp::subject).distinct().toList();
	}



}
