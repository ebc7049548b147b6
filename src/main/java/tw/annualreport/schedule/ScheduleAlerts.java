package tw.annualreport.schedule;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import tw.annualreport.job.RunFailure;
import tw.annualreport.agency.AgencyCodes;
import tw.annualreport.delivery.AlertMailer;
import tw.annualreport.delivery.DeliveryException;
import tw.annualreport.system.ReportKind;
import tw.annualreport.system.RunOptions;

/**
 * Tells the operators ({@code annual-report.schedule.alert-to}) when a scheduled run fails — each
 * failing agency with its one-line reason and the command that re-runs them — and, once, when the
 * same schedule completes again. Which schedules are failing is kept in the database, so a
 * restart of {@code --serve} neither repeats nor forgets a recovery.
 */
@Component
class ScheduleAlerts {

	private static final Log logger = LogFactory.getLog(ScheduleAlerts.class);

	private static final String SUBJECT = "[提升服務成果報告] ";

	private final JdbcTemplate jdbc;

	private final AlertMailer mailer;

	private final List<String> operators;

	ScheduleAlerts(JdbcTemplate jdbc, AlertMailer mailer, ScheduleProperties properties) {
		this.jdbc = jdbc;
		this.mailer = mailer;
		this.operators = properties.alertTo();
	}

	/**
	 * @param schedule the schedule's name as the operator reads it, e.g. 「113 年度每日草稿」
	 * @param options what the schedule ran, for the re-run command
	 * @param failures what failed, empty when everything completed
	 */
	void ended(String schedule, RunOptions options, List<RunFailure> failures) {
		String key = ReportKind.of(options.finalRun()).code();
		if (!failures.isEmpty()) {
			String reasons = String.join("\n", failures.stream().map(RunFailure::toString).toList());
			this.jdbc.update("DELETE FROM schedule_alert WHERE schedule_name = ?", key);
			this.jdbc.update("INSERT INTO schedule_alert (schedule_name, failing_since, reason) VALUES (?, ?, ?)", key,
					Timestamp.from(Instant.now()), reasons.length() > 2000 ? reasons.substring(0, 2000) : reasons);
			List<String> agencies = failures.stream().map(RunFailure::agency).filter(AgencyCodes::isSafe).toList();
			String rerun = agencies.isEmpty()
					? "修正後，下次排程會自動重新執行；要立即執行某機關：\n" + options.commandLine(List.of("機關代碼"))
					: "修正後重新執行：\n" + options.commandLine(agencies);
			mail(SUBJECT + "排程失敗：" + schedule + "（" + failures.size() + " 項）",
					schedule + "未能完成：\n\n" + reasons + "\n\n" + rerun + "\n");
		}
		else if (this.jdbc.update("DELETE FROM schedule_alert WHERE schedule_name = ?", key) > 0) {
			mail(SUBJECT + "排程已恢復：" + schedule, schedule + "已全部完成，先前的失敗已排除。\n");
		}
	}

	private void mail(String subject, String body) {
		if (this.operators.isEmpty()) {
			logger.info("未設定 annual-report.schedule.alert-to，不寄警示信：" + subject);
			return;
		}
		try {
			this.mailer.send(this.operators, subject, body);
			logger.info("已寄警示信給 " + String.join("、", this.operators) + "：" + subject);
		}
		catch (DeliveryException ex) {
			// the alert is a courtesy: the schedule goes on, and the log keeps the reason
			logger.warn(ex.getMessage() + "（" + subject + "）");
		}
	}

}
