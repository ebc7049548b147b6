package tw.annualreport.schedule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tw.annualreport.job.AgencyFolders;
import tw.annualreport.support.TestSmtp;
import tw.annualreport.system.RunOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "A scheduled run that fails mails the configured operators the one-line reason and the command
 * to re-run; a run that recovers after a failure says so once." Three nights of a real schedule
 * run against a real SMTP server (GreenMail): broken data, fixed data, and one more good night.
 */
@SpringBootTest(properties = { "annual-report.cli.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:alerts-${random.uuid};DB_CLOSE_DELAY=-1", "spring.mail.host=127.0.0.1",
		"annual-report.mail.from=report@example.org", "annual-report.schedule.alert-to=ops@example.org, duty@example.org" })
class ScheduleAlertsTests {

	@RegisterExtension
	static final TestSmtp SMTP = new TestSmtp();

	@DynamicPropertySource
	static void smtpPort(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", SMTP::port);
	}

	@TempDir
	Path temp;

	@Autowired
	ScheduledRuns scheduledRuns;




	@Test
	void aFailingNightIsMailedWithItsReasonAndCommandAndTheRecoveryOnce() throws Exception {
		Path input = this.temp.resolve("in");
		Path agency = AgencyFolders.handMade(input.resolve("TST-ALR"), "TST-ALR", 113);
		Files.delete(agency.resolve("plan.csv"));
		RunOptions serve = RunOptions.parse(new String[] { "--serve", "--input=" + input, "--out=" + this.temp.resolve("out") });
		RunOptions night = this.scheduledRuns.draft(serve, LocalDate.of(2024, 6, 1));

		this.scheduledRuns.runSafely(night);

		MimeMessage[] mails = SMTP.received();
		// one message, delivered to both operators
		assertThat(mails).hasSize(2);
		MimeMessage failure = mails[0];
		assertThat(failure.getSubject()).isEqualTo("[提升服務成果報告] 排程失敗：113 年度每日草稿（1 項）");
		assertThat(Arrays.stream(failure.getAllRecipients()).map(Object::toString))
			.containsExactlyInAnyOrder("ops@example.org", "duty@example.org");
		String body = (String) failure.getContent();
		assertThat(body).contains("TST-ALR：").contains("plan.csv");
		assertThat(body).contains("java -jar annual-report.jar --year=113 --agency=TST-ALR --input="
				+ input.toAbsolutePath().normalize() + " --out=" + this.temp.resolve("out").toAbsolutePath().normalize());

		AgencyFolders.handMade(agency, "TST-ALR", 113);
		this.scheduledRuns.runSafely(night);

		mails = SMTP.received();
		assertThat(mails).hasSize(4);
		MimeMessage recovery = Arrays.stream(mails).filter((m) -> !m.equals(failure)).filter((m) -> TestSmtp.subject(m).contains("恢復"))
			.findFirst().orElseThrow();
		assertThat(recovery.getSubject()).isEqualTo("[提升服務成果報告] 排程已恢復：113 年度每日草稿");
		assertThat((String) recovery.getContent()).contains("已全部完成");

		this.scheduledRuns.runSafely(night);

		// a good night after a good night: nothing to tell
		assertThat(SMTP.received()).hasSize(4);
	}



}
