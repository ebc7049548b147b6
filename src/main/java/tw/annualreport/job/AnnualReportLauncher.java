package tw.annualreport.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import tw.annualreport.bureau.BureauJobConfiguration;
import tw.annualreport.source.ImportRuns;
import tw.annualreport.summary.ComputeFiguresTasklet;
import tw.annualreport.system.AtomicFiles;
import tw.annualreport.system.ExpectedFailure;
import tw.annualreport.system.OutputFolder;
import tw.annualreport.system.OutputFormat;
import tw.annualreport.system.ReportKind;
import tw.annualreport.system.RunOptions;
import tw.annualreport.system.RunOptionsException;

/**
 * Starts or resumes the job instance of an agency-year. The instance is identified by agency,
 * year, kind and a fingerprint of the data, plus a run number: a run that failed is resumed by
 * the same command (one that died without a word, e.g. killed, is recovered first); a run that
 * completed is followed, when asked again, by a new instance with the next run number, so a
 * deliberate re-run always re-makes the outputs. The latest run is one query however many there
 * were ({@link RunRecords}). Two runs of one agency-year never overlap
 * ({@link RunLock}).
 */
@Component
public class AnnualReportLauncher {

	private static final Log logger = LogFactory.getLog(AnnualReportLauncher.class);

	private final JobOperator jobOperator;

	private final RunRecords runs;

	private final JobRepository jobRepository;

	private final Job annualReportJob;

	private final Job checkSourcesJob;

	private final ImportRuns importRuns;

	private final RunLock runLock;

	AnnualReportLauncher(JobOperator jobOperator, RunRecords runs, JobRepository jobRepository, Job annualReportJob,
			@Qualifier(CheckSourcesJobConfiguration.JOB_NAME) Job checkSourcesJob, ImportRuns importRuns, RunLock runLock) {
		this.jobOperator = jobOperator;
		this.runs = runs;
		this.jobRepository = jobRepository;
		this.annualReportJob = annualReportJob;
		this.checkSourcesJob = checkSourcesJob;
		this.importRuns = importRuns;
		this.runLock = runLock;
	}

	public JobExecution launch(RunSettings options, AgencyTargets.Target target) {
		if (!this.runLock.acquire(target.code(), options.rocYear())) {
			throw busy(target.code(), options.rocYear());
		}
		try {
			return launchHeld(options, target, true);
		}
		finally {
			this.runLock.release(target.code(), options.rocYear());
		}
	}

	/**
	 * Starts or resumes an agency's job while its run lock is held — by this launcher, or, for a
	 * partition of a bureau run, by the bureau run (which may be another process).
	 * @param confirm whether this process holds the lock and must confirm it first
	 */
	public JobExecution launchHeld(RunSettings options, AgencyTargets.Target target, boolean confirm) {
		removeLeftovers(OutputFolder.of(options.out(), options.rocYear(), target.code()));
		String fingerprint = (target.folder() != null) ? fingerprint(target.folder())
				: "import-" + this.importRuns.published(target.code(), options.rocYear()).orElseThrow();
		JobParametersBuilder parameters = new JobParametersBuilder();
		if (target.folder() != null) {
			parameters.addString(JobParameterNames.INPUT, target.folder().toString(), false);
		}
		return startOrResume(this.annualReportJob, target.code(), options, fingerprint, parameters,
				confirm ? () -> this.runLock.confirm(target.code(), options.rocYear()) : () -> true);
	}

	/**
	 * 檢查資料: reads the agency's source folder into a staging import and checks it, publishing
	 * nothing and writing no file ({@link CheckSourcesJobConfiguration}). It holds the agency-year's
	 * run lock like a run, so a check never reads beside a run that publishes.
	 */
	public JobExecution check(RunSettings options, AgencyTargets.Target target) {
		if (target.folder() == null) {
			throw new RunOptionsException(target.code() + " 沒有上傳的來源檔可檢查");
		}
		if (!this.runLock.acquire(target.code(), options.rocYear())) {
			throw busy(target.code(), options.rocYear());
		}
		try {
			JobParametersBuilder parameters = new JobParametersBuilder()
				.addString(JobParameterNames.INPUT, target.folder().toString(), false);
			return startOrResume(this.checkSourcesJob, target.code(), options,
					fingerprint(target.folder()), parameters, () -> this.runLock.confirm(target.code(), options.rocYear()));
		}
		finally {
			this.runLock.release(target.code(), options.rocYear());
		}
	}

	/** The latest check of exactly these files (same fingerprint), if they were checked. */
	public java.util.Optional<JobExecution> lastCheck(String code, int rocYear, Path folder) {
		return this.runs.latest(CheckSourcesJobConfiguration.JOB_NAME, code, rocYear, ReportKind.DRAFT.code(),
				fingerprint(folder));
	}

	/** Temporary files of a killed render, removed before the folder is written again. */
	public static void removeLeftovers(Path folder) {
		List<Path> removed = AtomicFiles.removeLeftovers(folder);
		if (!removed.isEmpty()) {
			logger.info(folder + "：已清除前次中斷留下的 " + removed.size() + " 個暫存檔");
		}
	}

	public static RunOptionsException busy(String agency, int rocYear) {
		return new RunBusyException(agency + " " + rocYear + " 年度的報告正在由另一個執行產製中，請待其結束後再執行");
	}

	/**
	 * The run of these data: the latest one resumed when it failed (recovered first when it died
	 * without a word), else the next run number.
	 * @param confirm confirms the run locks just before the job starts; false stops the run
	 */
	public JobExecution startOrResume(Job job, String code, RunSettings options, String fingerprint,
			JobParametersBuilder parameters, BooleanSupplier confirm) {
		String kind = options.kind().code();
		JobExecution last = this.runs.latest(job.getName(), code, options.rocYear(), kind, fingerprint).orElse(null);
		long run = 1;
		if (last != null) {
			run = last.getJobParameters().getLong(JobParameterNames.RUN);
			if (last.getStatus() == BatchStatus.COMPLETED) {
				run++;
			}
			else if (last.getStatus().isRunning()) {
				// we hold the run lock, so nobody runs it: the process died (kill -9, power loss)
				logger.warn(code + "：前次執行（編號 " + last.getId() + "）中斷，從中斷處繼續");
				this.jobOperator.recover(last);
			}
		}
		if (!confirm.getAsBoolean()) {
			throw busy(code, options.rocYear());
		}
		parameters.addString(JobParameterNames.AGENCY, code)
			.addLong(JobParameterNames.YEAR, (long) options.rocYear())
			.addString(JobParameterNames.KIND, kind)
			.addString(JobParameterNames.FINGERPRINT, fingerprint)
			.addLong(JobParameterNames.RUN, run)
			.addString(JobParameterNames.OUT, options.out().toString(), false)
			.addString(JobParameterNames.FORMATS, OutputFormat.codes(options.formats()), false)
			.addString(JobParameterNames.MAIL, Boolean.toString(options.mail()), false)
			.addString(JobParameterNames.STARTED_BY, options.startedBy(), false);
		try {
			return this.jobOperator.start(job, parameters.toJobParameters());
		}
		catch (Exception ex) {
			throw new IllegalStateException("無法啟動 " + code + " 的報告工作：" + ex.getMessage(), ex);
		}
	}

	/** SHA-256 over the names and bytes of the folder's files: same data, same fingerprint. */
	static String fingerprint(Path folder) {
		try (Stream<Path> entries = Files.list(folder)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			List<Path> files = entries.filter(Files::isRegularFile).sorted().toList();
			byte[] buffer = new byte[65536];
			for (Path file : files) {
				digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				try (InputStream in = Files.newInputStream(file)) {
					for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
						digest.update(buffer, 0, n);
					}
				}
			}
			return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The headline figures of a finished run, in a sentence for the officer: from the figures step
	 * of its job instance (a resumed run may have computed them in an earlier execution).
	 */
	public String outcome(JobExecution execution) {
		var step = this.jobRepository.getLastStepExecution(execution.getJobInstance(), ComputeFiguresTasklet.STEP_NAME);
		String headline = (step == null) ? "" : step.getExecutionContext().getString(ComputeFiguresTasklet.HEADLINE, "");
		return headline.isEmpty() ? "" : headline + "。";
	}

	/**
	 * Whether the run failed only because the database chose it as a deadlock victim or a lock
	 * wait ran out (agencies of a bureau run writing at once): running it again resumes it.
	 */
	public static boolean failedTransiently(JobExecution execution) {
		if (execution.getStatus() != BatchStatus.FAILED || execution.getAllFailureExceptions().isEmpty()) {
			return false;
		}
		return execution.getAllFailureExceptions().stream().allMatch((failure) -> {
			for (Throwable t = failure; t != null; t = t.getCause()) {
				if (t instanceof java.sql.SQLTransientException
						|| t instanceof org.springframework.dao.PessimisticLockingFailureException) {
					return true;
				}
			}
			return false;
		});
	}

	/** The first failure of a run, as the one line the officer reads. */
	public static String failureReason(JobExecution execution) {
		List<Throwable> failures = execution.getAllFailureExceptions();
		for (Throwable failure : failures) {
			for (Throwable t = failure; t != null; t = t.getCause()) {
				if (t instanceof ExpectedFailure) {
					return t.getMessage();
				}
			}
		}
		if (!failures.isEmpty()) {
			Throwable root = failures.get(0);
			while (root.getCause() != null) {
				root = root.getCause();
			}
			return root.getClass().getSimpleName() + "：" + root.getMessage();
		}
		// read back from the job repository: the exceptions are gone, their stack traces stay
		for (var step : execution.getStepExecutions()) {
			String trace = step.getExitStatus().getExitDescription();
			if (step.getStatus() == BatchStatus.FAILED && trace != null && !trace.isBlank()) {
				String first = trace.lines().findFirst().orElse("");
				int colon = first.indexOf(": ");
				return step.getStepName() + "：" + (colon < 0 ? first : first.substring(colon + 2));
			}
		}
		return "狀態 " + execution.getStatus();
	}

}
