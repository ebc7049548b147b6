package tw.annualreport.run;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import tw.annualreport.bureau.BureauPartitions;
import tw.annualreport.job.AnnualReportJobConfiguration;
import tw.annualreport.job.AnnualReportLauncher;
import tw.annualreport.job.CheckSourcesJobConfiguration;
import tw.annualreport.job.RunStarter;
import tw.annualreport.job.JobParameterNames;
import tw.annualreport.job.RunRecords;
import tw.annualreport.delivery.DeliveryAttempt;
import tw.annualreport.delivery.DeliveryLog;
import tw.annualreport.source.ImportRuns;
import tw.annualreport.source.ImportLedger;
import tw.annualreport.system.ReportKind;
import tw.annualreport.system.RunOptions;

/**
 * The history of runs (--history), from Spring Batch's job repository and the import ledger:
 * agency, year, kind, status, start and end, rows read/accepted/rejected, output folder. The
 * database selects the newest runs of the year and agencies asked for
 * ({@code annual-report.history.limit}, default 50); only those are loaded.
 */
@Component
public class RunHistory {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	/** The jobs whose runs it lists: an agency's, and a bureau's under the bureau's code. */
	private static final List<String> JOBS = List.of(AnnualReportJobConfiguration.JOB_NAME, BureauPartitions.JOB_NAME);

	/** A check (檢查資料) makes no report: the history leaves it out, a run's progress does not. */
	private static final List<String> WITH_CHECKS = List.of(AnnualReportJobConfiguration.JOB_NAME,
			BureauPartitions.JOB_NAME, CheckSourcesJobConfiguration.JOB_NAME);

	private final RunRecords runs;

	private final ImportLedger ledger;

	private final DeliveryLog deliveries;

	private final ImportRuns imports;

	private final int limit;

	private final JobRepository jobRepository;

	RunHistory(RunRecords runs, ImportLedger ledger, DeliveryLog deliveries, ImportRuns imports,
			JobRepository jobRepository, @Value("${annual-report.history.limit:50}") int limit) {
		if (limit < 1) {
			throw new IllegalArgumentException("annual-report.history.limit must be at least 1, not " + limit);
		}
		this.runs = runs;
		this.ledger = ledger;
		this.deliveries = deliveries;
		this.limit = limit;
		this.imports = imports;
		this.jobRepository = jobRepository;
	}

	/** One run as the history lists it; {@code startedBy} as {@link RunStarter#label} says it. */
	public record Entry(long executionId, String agency, long year, String kind, long run, String status, LocalDateTime start,
			LocalDateTime end, String rows, String output, String delivery, String exitMessage, String startedBy) {
	}

	/**
	 * The newest runs of the year and agencies asked for, at most {@code annual-report.history.limit}
	 * (default 50), oldest first.
	 * @param more whether older runs were left out
	 */
	public record Page(List<Entry> entries, boolean more) {
	}

	/** The newest executions of an agency's (or a bureau's) runs and checks of a year, newest first. */
	public List<JobExecution> newest(int rocYear, String code, int limit) {
		return this.runs.newest(WITH_CHECKS, rocYear, List.of(code), limit);
	}

	public Page page(RunOptions options) {
		List<JobExecution> newest = this.runs.newest(JOBS, options.rocYear(), options.agencies(), this.limit + 1);
		List<Entry> entries = new ArrayList<>();
		for (JobExecution execution : newest.subList(0, Math.min(newest.size(), this.limit))) {
			JobParameters params = execution.getJobParameters();
			String agency = params.getString(JobParameterNames.AGENCY);
			long year = params.getLong(JobParameterNames.YEAR);
			entries.add(new Entry(execution.getId(), agency, year, params.getString(JobParameterNames.KIND),
					params.getLong(JobParameterNames.RUN), execution.getStatus().name(), execution.getStartTime(),
					execution.getEndTime(), rows(execution), JobParameterNames.outputFolder(execution).toString(),
					delivery(agency, (int) year, execution), exitMessage(execution),
					RunStarter.label(params.getString(JobParameterNames.STARTED_BY))));
		}
		entries.sort(Comparator.comparing(Entry::executionId));
		return new Page(entries, newest.size() > this.limit);
	}

	public void print(RunOptions options, PrintStream out) {
		Page page = page(options);
		if (page.entries().isEmpty()) {
			out.println("沒有執行紀錄。");
			return;
		}
		out.println("編號\t機關\t年度\t種類\t次\t狀態\t開始\t結束\t讀取/接受/拒收\t寄送\t輸出\t執行者");
		for (Entry e : page.entries()) {
			out.println(String.join("\t", Long.toString(e.executionId()), e.agency(), Long.toString(e.year()),
					ReportKind.of(e.kind()).label(), Long.toString(e.run()), e.status(), time(e.start()),
					time(e.end()), e.rows(), e.delivery(), e.output(), e.startedBy()));
			if (!e.exitMessage().isEmpty()) {
				out.println("\t" + e.exitMessage());
			}
		}
		if (page.more()) {
			out.println("（僅列出最近 " + this.limit + " 筆；更早的執行請以 --year、--agency 篩選，或設定 annual-report.history.limit）");
		}
	}

	private String rows(JobExecution execution) {
		if (BureauPartitions.isBureauRun(execution)) {
			// a bureau run imports nothing itself: its agencies, as its partitions stand now
			var agencies = BureauPartitions.of(this.jobRepository, execution.getJobInstance()).values();
			long completed = agencies.stream().filter(BureauPartitions.Agency::completed).count();
			return "彙整 " + agencies.size() + " 個機關（完成 " + completed + "、未完成 " + (agencies.size() - completed) + "）";
		}
		Optional<Long> importId = importOf(execution);
		if (importId.isEmpty()) {
			return "（未匯入）";
		}
		long read = 0;
		long accepted = 0;
		long rejected = 0;
		for (ImportLedger.FileCount count : this.ledger.counts(importId.get())) {
			read += count.read();
			accepted += count.accepted();
			rejected += count.rejected();
		}
		return read + "/" + accepted + "/" + rejected;
	}

	/** The import the run's job instance made, if it imported. */
	private Optional<Long> importOf(JobExecution execution) {
		JobParameters params = execution.getJobParameters();
		if (params.getString(JobParameterNames.INPUT) == null) {
			return Optional.empty();
		}
		return this.imports.importOf(params.getString(JobParameterNames.AGENCY),
				Math.toIntExact(params.getLong(JobParameterNames.YEAR)), execution.getJobInstance().getInstanceId());
	}

	/** The mail attempts of the agency-year made during the run: the last outcome and how many. */
	private String delivery(String agency, int year, JobExecution execution) {
		List<DeliveryAttempt> attempts = this.deliveries.attempts(agency, year).stream()
			.filter((a) -> during(a.attemptedAt(), execution))
			.toList();
		if (attempts.isEmpty()) {
			return "—";
		}
		DeliveryAttempt last = attempts.get(attempts.size() - 1);
		return ("SENT".equals(last.outcome().name()) ? "已寄出" : "寄送失敗") + "（" + attempts.size() + " 次）";
	}

	private static boolean during(Instant time, JobExecution execution) {
		ZoneId zone = ZoneId.systemDefault();
		boolean afterStart = execution.getStartTime() == null
				|| !time.isBefore(execution.getStartTime().atZone(zone).toInstant());
		boolean beforeEnd = execution.getEndTime() == null || !time.isAfter(execution.getEndTime().atZone(zone).toInstant());
		return afterStart && beforeEnd;
	}

	/** Why a run failed, in the one line the command line printed then. */
	private static String exitMessage(JobExecution execution) {
		if (execution.getStatus() != BatchStatus.FAILED) {
			return "";
		}
		return AnnualReportLauncher.failureReason(execution).lines().findFirst().orElse("");
	}

	private static String time(LocalDateTime time) {
		return time == null ? "—" : TIME.format(time);
	}

}
