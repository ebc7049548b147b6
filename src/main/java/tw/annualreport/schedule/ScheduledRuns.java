package tw.annualreport.schedule;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

import tw.annualreport.job.AgencyTargets;
import tw.annualreport.job.RunFailure;
import tw.annualreport.job.RunStarter;
import tw.annualreport.run.AgencyRuns;
import tw.annualreport.submission.ReminderProperties;
import tw.annualreport.submission.Reminders;
import tw.annualreport.system.Resident;
import tw.annualreport.system.RunOptions;
import tw.annualreport.system.RunOptionsException;

/**
 * {@code --serve}: stays up and runs, on the configured cron schedules, the nightly draft of the
 * current year for every agency (and the draft consolidation of each bureau of
 * {@code annual-report.schedule.bureaus}), and once a year the final report of the previous year, mailed.
 * Scheduled runs go one at a time (a single scheduler thread), like runs from the command line.
 */
@Component
public class ScheduledRuns {

	private static final Log logger = LogFactory.getLog(ScheduledRuns.class);

	/** {@code --agency=all}: every agency under a bureau. */
	private static final String BUREAU_RUN = "all";

	private final AgencyRuns runs;

	private final ScheduleProperties properties;

	private final ScheduleAlerts alerts;

	private final Reminders reminders;

	private final ReminderProperties reminderProperties;

	private final AgencyTargets targets;

	private final Resident resident = new Resident();

	ScheduledRuns(AgencyRuns runs, ScheduleProperties properties, ScheduleAlerts alerts, Reminders reminders,
			ReminderProperties reminderProperties, AgencyTargets targets) {
		this.targets = targets;
		this.runs = runs;
		this.properties = properties;
		this.alerts = alerts;
		this.reminders = reminders;
		this.reminderProperties = reminderProperties;
	}

	/** Schedules the runs and blocks until the application is stopped. */
	public void serve(RunOptions options) {
		ZoneId zone = ZoneId.of(this.properties.zone());
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setPoolSize(1);
		scheduler.setThreadNamePrefix("schedule-");
		scheduler.initialize();
		scheduler.schedule(() -> runDraftSafely(draft(options, LocalDate.now(zone))),
				new CronTrigger(this.properties.draftCron(), zone));
		scheduler.schedule(() -> runSafely(finalRun(options, LocalDate.now(zone))),
				new CronTrigger(this.properties.finalCron(), zone));
		scheduler.schedule(this::remindSafely, new CronTrigger(this.reminderProperties.cron(), zone));
		logger.info("常駐執行中：每日草稿排程「" + this.properties.draftCron() + "」，年度正式報告排程「"
				+ this.properties.finalCron() + "」，繳交提醒排程「" + this.reminderProperties.cron() + "」（" + zone + "）");
		try {
			this.resident.await();
		}
		finally {
			scheduler.shutdown();
		}
	}

	/** The nightly draft: this year, every agency, not mailed. */
	RunOptions draft(RunOptions options, LocalDate today) {
		return options.with(today.getYear() - 1911, List.of(), null, false, false).withInput(input(options));
	}

	/** The final run: last year, every agency, mailed. */
	RunOptions finalRun(RunOptions options, LocalDate today) {
		return options.with(today.getYear() - 1912, List.of(), null, true, true).withInput(input(options));
	}

	private java.nio.file.Path input(RunOptions options) {
		return options.input() != null ? options.input() : this.properties.input();
	}

	/** The night's reminders (繳交提醒, 逾期通知, the bureaus' weekly digest), each sent once. */
	void remindSafely() {
		try {
			this.reminders.remind().forEach((line) -> logger.info("繳交提醒：" + line));
		}
		catch (RuntimeException ex) {
			// a failed night must not stop the schedule: the next night sends what is still due
			logger.error("繳交提醒失敗：" + ex.getMessage(), ex);
		}
	}

	void stop() {
		this.resident.stop();
	}

	/**
	 * The nightly draft: each bureau of {@code annual-report.schedule.bureaus} as a bureau run (its
	 * agencies, then its draft consolidation), then every other agency on its own; one alert for
	 * the night.
	 */
	void runDraftSafely(RunOptions draft) {
		List<String> bureaus = this.properties.bureaus();
		if (bureaus.isEmpty()) {
			runSafely(draft);
			return;
		}
		String schedule = schedule(draft);
		logger.info("排程開始：" + schedule + "（彙整：" + String.join("、", bureaus) + "）");
		List<RunFailure> failures = new ArrayList<>();
		for (String bureau : bureaus) {
			failures.addAll(attempt(() -> draft.with(draft.rocYear(), List.of(BUREAU_RUN), bureau, false, false)));
		}
		failures.addAll(attempt(() -> others(draft, bureaus)));
		ended(schedule, draft, failures);
	}

	/** Every agency of the draft not under one of the bureaus run as bureau runs; null when none is left. */
	private RunOptions others(RunOptions draft, List<String> bureaus) {
		List<String> codes = this.targets.resolve(draft)
			.stream()
			.filter((t) -> !bureaus.contains(t.parentCode()))
			.map(AgencyTargets.Target::code)
			.toList();
		return codes.isEmpty() ? null : draft.with(draft.rocYear(), codes, null, false, false);
	}

	/** Runs one schedule's selection, logs how it ended and alerts the operators of a failure or recovery. */
	void runSafely(RunOptions options) {
		String schedule = schedule(options);
		logger.info("排程開始：" + schedule);
		ended(schedule, options, attempt(() -> options));
	}

	private static String schedule(RunOptions options) {
		return options.rocYear() + " 年度" + (options.finalRun() ? "正式報告" : "每日草稿");
	}

	/** @param selection what to run, null for nothing; a wrong selection is a failure of the night, not of the schedule */
	private List<RunFailure> attempt(Supplier<RunOptions> selection) {
		List<RunFailure> failures;
		try {
			RunOptions options = selection.get();
			if (options == null) {
				return List.of();
			}
			failures = this.runs.run(options, RunStarter.SCHEDULE, System.out);
			logger.info("排程結束：" + (failures.isEmpty() ? "全部完成"
					: String.join("；", failures.stream().map(RunFailure::toString).toList())));
		}
		catch (RunOptionsException ex) {
			logger.warn("排程未執行：" + ex.getMessage());
			failures = List.of(new RunFailure("排程", "未執行。" + ex.getMessage()));
		}
		catch (RuntimeException ex) {
			// a failed night must not stop the schedule: the next night tries again
			logger.error("排程失敗：" + ex.getMessage(), ex);
			failures = List.of(new RunFailure("排程", String.valueOf(ex.getMessage())));
		}
		return failures;
	}

	private void ended(String schedule, RunOptions options, List<RunFailure> failures) {
		try {
			this.alerts.ended(schedule, options, failures);
		}
		catch (RuntimeException ex) {
			logger.error("排程警示未能處理：" + ex.getMessage(), ex);
		}
	}

}
