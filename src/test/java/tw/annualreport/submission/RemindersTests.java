package tw.annualreport.submission;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tw.annualreport.delivery.DeliveryLog;
import tw.annualreport.register.AgencyRegister;
import tw.annualreport.register.RegisteredAgency;
import tw.annualreport.support.TestSmtp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders over three nights, the clock set by the test: 7 days before the due date the agency not
 * yet 送出 is reminded, the next night nothing is sent again, the day after the due date it gets the
 * overdue notice and the bureau its weekly digest — and that night run twice sends nothing more. An
 * agency that has sent gets nothing.
 */
@SpringBootTest(properties = { "annual-report.cli.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:reminders-${random.uuid};DB_CLOSE_DELAY=-1", "spring.mail.host=127.0.0.1",
		"annual-report.mail.from=report@example.org", "annual-report.reminders.bureau-mail-to=hb@example.gov.tw" })
class RemindersTests {

	@RegisterExtension
	static final TestSmtp SMTP = new TestSmtp();

	@DynamicPropertySource
	static void smtpPort(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", SMTP::port);
	}

	/** A clock the test moves night by night. */
	static final class NightClock extends Clock {

		private static final ZoneId ZONE = ZoneId.of("Asia/Taipei");

		volatile Instant now = Instant.now();

		void night(LocalDate date) {
			this.now = date.atTime(8, 0).atZone(ZONE).toInstant();
		}

		@Override
		public ZoneId getZone() {
			return ZONE;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

	@TestConfiguration
	static class Nights {

		@Bean
		@Primary
		NightClock nightClock() {
			return new NightClock();
		}

	}

	@Autowired
	NightClock clock;

	@Autowired
	Reminders reminders;

	@Autowired
	AgencyRegister register;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DeliveryLog deliveryLog;

	@Test
	void eachReminderIsSentOnceAcrossThreeNights() throws Exception {
		LocalDate due = LocalDate.of(2025, 1, 31);
		this.register.replace("KHH-HB", 113, List.of(new RegisteredAgency("KHH-QJ", "高雄市前金區衛生所", "KHH-HB", "qj@example.gov.tw", null),
				new RegisteredAgency("KHH-SENT", "已送出衛生所", "KHH-HB", "sent@example.gov.tw", null)), "test");
		this.jdbc.update("INSERT INTO submission (roc_year, agency_code, parent_code, status, copy_number, sent_at) "
				+ "VALUES (113, 'KHH-SENT', 'KHH-HB', 'SENT', 1, TIMESTAMP '2025-01-20 10:00:00')");

		this.clock.night(due.minusDays(7));
		this.reminders.remind();
		this.clock.night(due.minusDays(6));
		this.reminders.remind();
		MimeMessage[] twoNights = SMTP.received();
		assertThat(twoNights).singleElement().satisfies((m) -> {
			assertThat(m.getSubject()).isEqualTo("【提升服務成果報告】高雄市前金區衛生所 113年度 提醒：繳交期限 2025-01-31");
			assertThat(m.getAllRecipients()[0].toString()).isEqualTo("qj@example.gov.tw");
		});

		this.clock.night(due.plusDays(1));
		this.reminders.remind();
		this.reminders.remind();
		MimeMessage[] all = SMTP.received();
		assertThat(Arrays.stream(all).map((m) -> subject(m))).containsExactly(
				"【提升服務成果報告】高雄市前金區衛生所 113年度 提醒：繳交期限 2025-01-31",
				"【提升服務成果報告】高雄市前金區衛生所 113年度 已逾繳交期限 2025-01-31",
				"【提升服務成果報告】113年度 逾期未送出機關週報（1 個）");
		assertThat((String) all[2].getContent()).contains("高雄市前金區衛生所（KHH-QJ）：未繳交，繳交期限 2025-01-31");
		assertThat(all[2].getAllRecipients()[0].toString()).isEqualTo("hb@example.gov.tw");
		assertThat(this.deliveryLog.attempts("KHH-QJ", 113)).extracting((a) -> a.kind() + " " + a.outcome())
			.containsExactly("reminder SENT", "overdue SENT");
		assertThat(this.deliveryLog.attempts("KHH-HB", 113)).extracting((a) -> a.kind()).containsExactly("digest");
		assertThat(this.deliveryLog.attempts("KHH-SENT", 113)).isEmpty();
	}

	@Test
	void aReminderThatCouldNotGoIsSentTheNextNight() throws Exception {
		this.register.replace("KHH-RB", 114,
				List.of(new RegisteredAgency("KHH-RT", "重試衛生所", "KHH-RB", "rt@example.gov.tw", null)), "test");
		LocalDate due = LocalDate.of(2026, 1, 31);

		SMTP.stop();
		this.clock.night(due.minusDays(7));
		List<String> downNight = this.reminders.remind();
		SMTP.restart();
		assertThat(downNight).singleElement().asString().contains("KHH-RT 提醒：繳交期限 2026-01-31：未寄出").contains("下次排程再寄");
		assertThat(SMTP.received()).isEmpty();

		this.clock.night(due.minusDays(6));
		this.reminders.remind();
		this.clock.night(due.minusDays(5));
		this.reminders.remind();

		assertThat(SMTP.received()).singleElement().satisfies((m) -> {
			assertThat(m.getSubject()).isEqualTo("【提升服務成果報告】重試衛生所 114年度 提醒：繳交期限 2026-01-31");
			assertThat(m.getAllRecipients()[0].toString()).isEqualTo("rt@example.gov.tw");
		});
		assertThat(this.deliveryLog.attempts("KHH-RT", 114)).extracting((a) -> a.kind() + " " + a.outcome())
			.containsExactly("reminder FAILED", "reminder SENT");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM reminder_sent WHERE agency_code = 'KHH-RT'", Integer.class))
			.isEqualTo(1);
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
