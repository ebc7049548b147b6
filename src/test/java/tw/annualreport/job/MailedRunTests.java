package tw.annualreport.job;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tw.annualreport.run.AgencyRuns;
import tw.annualreport.support.TestSmtp;
import tw.annualreport.system.RunOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole run with {@code --mail=true}: the job renders the report and mails it through a real
 * SMTP server (GreenMail) to the bureau addresses of agency.csv; what arrived is read back.
 */
@SpringBootTest(properties = { "annual-report.cli.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:mailed-${random.uuid};DB_CLOSE_DELAY=-1", "spring.mail.host=127.0.0.1",
		"annual-report.mail.from=report@example.org", "annual-report.mail.retry.initial-interval=10ms" })
class MailedRunTests {

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
	JdbcTemplate jdbc;




	@Test
	void aMailedRunSendsTheReportFilesToTheBureauAddressesOfAgencyCsv() throws Exception {
		Path input = AgencyFolders.copy(AgencyFolders.SAMPLE_KHH_ZY, this.temp.resolve("in").resolve("KHH-ZY"));
		Path out = this.temp.resolve("out");
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		RunOptions options = RunOptions.parse(new String[] { "--year=113", "--agency=KHH-ZY", "--input=" + input,
				"--out=" + out, "--mail=true" });

		List<RunFailure> failures = this.runs.run(options, new PrintStream(printed, true, StandardCharsets.UTF_8));

		assertThat(failures).as(printed.toString(StandardCharsets.UTF_8)).isEmpty();
		MimeMessage[] received = SMTP.received();
		// one SMTP delivery per recipient: the two addresses of agency.csv's 收件信箱
		assertThat(received).hasSize(2);
		MimeMessage message = received[0];
		assertThat(message.getSubject()).isEqualTo("【提升服務成果報告】高雄市左營區衛生所 113年度");
		assertThat(Arrays.stream(message.getAllRecipients()).map((a) -> ((InternetAddress) a).getAddress()))
			.containsExactlyInAnyOrder("research@khh-hb.example.org", "zy-hc@khh-hb.example.org");
		Path folder = out.resolve("113").resolve("KHH-ZY");
		List<String> names = new ArrayList<>();
		Multipart parts = (Multipart) message.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			BodyPart part = parts.getBodyPart(i);
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				String name = jakarta.mail.internet.MimeUtility.decodeText(part.getFileName());
				names.add(name);
				String extension = name.substring(name.lastIndexOf('.'));
				assertThat(part.getInputStream().readAllBytes()).as(name)
					.isEqualTo(Files.readAllBytes(folder.resolve("report" + extension)));
			}
		}
		assertThat(names).containsExactlyInAnyOrder("高雄市左營區衛生所_113年度提升服務成果報告.pdf",
				"高雄市左營區衛生所_113年度提升服務成果報告.xlsx", "高雄市左營區衛生所_113年度提升服務成果報告.ods");
		assertThat(this.jdbc.queryForList(
				"SELECT outcome FROM delivery_attempt WHERE agency_code = 'KHH-ZY' AND roc_year = 113", String.class))
			.containsExactly("SENT");
	}


}
