package tw.annualreport.run;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import tw.annualreport.bureau.BureauLauncher;
import tw.annualreport.bureau.BureauPartitions;
import tw.annualreport.bureau.BureauRun;
import tw.annualreport.job.AgencyTargets;
import tw.annualreport.register.Bureaus;
import tw.annualreport.register.RegisterCsv.RegisterException;
import tw.annualreport.job.AnnualReportLauncher;
import tw.annualreport.job.RunBusyException;
import tw.annualreport.job.RunFailure;
import tw.annualreport.job.RunSettings;
import tw.annualreport.job.RunStarter;
import tw.annualreport.system.OutputFolder;
import tw.annualreport.system.RunOptions;
import tw.annualreport.system.RunOptionsException;

/**
 * Runs the annual report job for every agency a command line (or a schedule) selects, one after
 * the other, and says per agency what happened and where the output is. A bureau run
 * ({@code --agency=all --parent=…}) is one job of its own ({@link BureauLauncher}):
 * its agencies in parallel, then the bureau's consolidated report.
 */
@Component
public class AgencyRuns {

	private final AgencyTargets targets;

	private final AnnualReportLauncher launcher;

	private final BureauLauncher bureauLauncher;

	private final JobRepository jobRepository;

	private final Bureaus bureaus;

	AgencyRuns(Bureaus bureaus, AgencyTargets targets, AnnualReportLauncher launcher, BureauLauncher bureauLauncher,
			JobRepository jobRepository) {
		this.bureaus = bureaus;
		this.targets = targets;
		this.launcher = launcher;
		this.bureauLauncher = bureauLauncher;
		this.jobRepository = jobRepository;
	}

	/**
	 * @return one line per agency that failed, empty when all succeeded
	 * @throws RunOptionsException when the selection itself is wrong (unknown agency …)
	 */
	public List<RunFailure> run(RunOptions options, PrintStream out) {
		return run(options, RunStarter.COMMAND_LINE, out);
	}

	/** @param startedBy who asked for it ({@link RunStarter}), recorded with the run */
	public List<RunFailure> run(RunOptions options, String startedBy, PrintStream out) {
		if (options.allAgencies()) {
			BureauRun bureau = BureauRun.of(options);
			return runBureau(new BureauRun(bureau.parent(), bureau.input(), bureau.settings().withStarter(startedBy)), out);
		}
		List<AgencyTargets.Target> targets = this.targets.resolve(options);
		RunSettings settings = RunSettings.of(options).withStarter(startedBy);
		List<RunFailure> failures = new ArrayList<>();
		for (AgencyTargets.Target target : targets) {
			JobExecution execution;
			try {
				execution = this.launcher.launch(settings, target);
			}
			catch (RunOptionsException ex) {
				out.println(target.code() + "：未執行。" + ex.getMessage());
				failures.add(new RunFailure(target.code(), ex.getMessage()));
				continue;
			}
			if (execution.getStatus() == BatchStatus.COMPLETED) {
				out.println(completed(settings, target.code(), this.launcher.outcome(execution)));
			}
			else {
				String reason = AnnualReportLauncher.failureReason(execution);
				out.println(target.code() + "：失敗。" + reason);
				failures.add(new RunFailure(target.code(), reason));
			}
		}
		return failures;
	}

	/**
	 * How one agency's run (or check) ended, for a caller that shows it rather than prints it.
	 *
	 * @param execution the job execution that ran; {@code null} when it was refused and nothing ran
	 * @param refused whether it never started: the agency-year was busy, or there was nothing to run
	 * @param busy refused because another run of the agency-year was running
	 * @param line the command line's one line for it
	 */
	public record Outcome(JobExecution execution, boolean refused, boolean busy, String line) {

		public boolean completed() {
			return this.execution != null && this.execution.getStatus() == BatchStatus.COMPLETED;
		}

	}

	/**
	 * One agency's run, or its check (檢查資料: its uploaded files read and checked, nothing
	 * published; {@link AnnualReportLauncher#check}).
	 * @throws RunOptionsException when the selection itself is wrong (unknown agency …)
	 */
	public Outcome runAgency(RunOptions options, String startedBy, boolean checkOnly) {
		AgencyTargets.Target target = this.targets.resolve(options).get(0);
		RunSettings settings = RunSettings.of(options).withStarter(startedBy);
		JobExecution execution;
		try {
			execution = checkOnly ? this.launcher.check(settings, target) : this.launcher.launch(settings, target);
		}
		catch (RunOptionsException ex) {
			return new Outcome(null, true, ex instanceof RunBusyException, target.code() + "：未執行。" + ex.getMessage());
		}
		String reason = (execution.getStatus() == BatchStatus.COMPLETED) ? null : AnnualReportLauncher.failureReason(execution);
		if (checkOnly) {
			return new Outcome(execution, false, false, target.code() + ((reason == null) ? "：檢查完成，沒有妨礙產製報告的問題。" : "：檢查未通過。" + reason));
		}
		return new Outcome(execution, false, false, (reason == null) ? completed(settings, target.code(), this.launcher.outcome(execution))
				: target.code() + "：失敗。" + reason);
	}

	/** The latest check of exactly the files now in {@code folder}, if they were checked. */
	public java.util.Optional<JobExecution> lastCheck(String code, int rocYear, Path folder) {
		return this.launcher.lastCheck(code, rocYear, folder);
	}

	/**
	 * One job for the bureau: its agencies as partitions, then the consolidated report.
	 * @return one line per agency that failed (or the consolidation), empty when all succeeded
	 * @throws RunOptionsException when the bureau has no agency, or it or one of them is being run
	 */
	public List<RunFailure> runBureau(BureauRun bureau, PrintStream out) {
		// a city's register names its bureaus: read before its agencies are listed (and locked)
		try {
			this.bureaus.readFolder(bureau.input(), bureau.parent(), bureau.rocYear());
		}
		catch (RegisterException ex) {
			// the consolidation step reads it again and fails with the problems, after the agencies ran
		}
		List<AgencyTargets.Target> targets = this.targets.underParents(this.bureaus.parents(bureau.parent(), bureau.rocYear()),
				bureau.rocYear(), bureau.input());
		JobExecution execution = this.bureauLauncher.launch(bureau, targets.stream().map(AgencyTargets.Target::code).toList());
		RunSettings settings = bureau.settings();
		BureauPartitions.Result result = BureauPartitions.result(this.jobRepository, execution);
		List<RunFailure> failures = new ArrayList<>();
		for (BureauPartitions.Agency agency : result.agencies().values()) {
			if (agency.completed()) {
				out.println(completed(settings, agency.code(), agency.outcome()));
			}
			else {
				out.println(agency.code() + "：失敗。" + agency.failure());
				failures.add(new RunFailure(agency.code(), agency.failure()));
			}
		}
		if (result.consolidation() != null) {
			out.println(bureau.parent() + "（彙整）：完成，" + result.consolidation());
		}
		if (result.delivery() != null) {
			out.println(bureau.parent() + "（彙整）：" + result.delivery());
		}
		if (execution.getStatus() != BatchStatus.COMPLETED && failures.isEmpty()) {
			String reason = AnnualReportLauncher.failureReason(execution);
			out.println(bureau.parent() + "（彙整）：失敗。" + reason);
			failures.add(new RunFailure(bureau.parent() + "（彙整）", reason));
		}
		return failures;
	}

	private static String completed(RunSettings settings, String code, String outcome) {
		Path folder = OutputFolder.of(settings.out(), settings.rocYear(), code);
		return code + "：完成。" + outcome + "輸出資料夾：" + folder + "（" + String.join("、", files(folder)) + "）";
	}

	private static List<String> files(Path folder) {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.map((p) -> p.getFileName().toString()).filter((n) -> !n.startsWith(".")).sorted().toList();
		}
		catch (IOException ex) {
			return List.of();
		}
	}

}
