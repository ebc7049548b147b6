package tw.annualreport.job;

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

import tw.annualreport.system.OutputFolder;
import tw.annualreport.system.RunOptions;
import tw.annualreport.system.RunOptionsException;

/**
 * Runs the annual report job for every agency a command line (or a schedule) selects, one after
 * the other, and says per agency what happened and where the output is. A bureau run
 * ({@code --agency=all --parent=…}) is one job of its own ({@link BureauJobConfiguration}):
 * its agencies in parallel, then the bureau's consolidated report.
 */
@Component
class AgencyRuns {

	private final AgencyTargets targets;

	private final AnnualReportLauncher launcher;

	private final JobRepository jobRepository;

	AgencyRuns(AgencyTargets targets, AnnualReportLauncher launcher, JobRepository jobRepository) {
		this.targets = targets;
		this.launcher = launcher;
		this.jobRepository = jobRepository;
	}

	/**
	 * @return one line per agency that failed, empty when all succeeded
	 * @throws RunOptionsException when the selection itself is wrong (unknown agency …)
	 */
	List<RunFailure> run(RunOptions options, PrintStream out) {
		List<AgencyTargets.Target> targets = this.targets.resolve(options);
		if (options.allAgencies()) {
			return runBureau(options, targets, out);
		}
		List<RunFailure> failures = new ArrayList<>();
		for (AgencyTargets.Target target : targets) {
			JobExecution execution;
			try {
				execution = this.launcher.launch(options, target);
			}
			catch (RunOptionsException ex) {
				out.println(target.code() + "：未執行。" + ex.getMessage());
				failures.add(new RunFailure(target.code(), ex.getMessage()));
				continue;
			}
			if (execution.getStatus() == BatchStatus.COMPLETED) {
				out.println(completed(options, target.code(), this.launcher.outcome(execution)));
			}
			else {
				String reason = AnnualReportLauncher.failureReason(execution);
				out.println(target.code() + "：失敗。" + reason);
				failures.add(new RunFailure(target.code(), reason));
			}
		}
		return failures;
	}

	/** One job for the bureau: its agencies as partitions, then the consolidated report. */
	private List<RunFailure> runBureau(RunOptions options, List<AgencyTargets.Target> targets, PrintStream out) {
		JobExecution execution = this.launcher.launchBureau(options,
				targets.stream().map(AgencyTargets.Target::code).toList());
		List<RunFailure> failures = new ArrayList<>();
		for (BureauPartitions.Agency agency : BureauPartitions.of(this.jobRepository, execution.getJobInstance()).values()) {
			if (agency.completed()) {
				out.println(completed(options, agency.code(), agency.outcome()));
			}
			else {
				out.println(agency.code() + "：失敗。" + agency.failure());
				failures.add(new RunFailure(agency.code(), agency.failure()));
			}
		}
		var consolidation = this.jobRepository.getLastStepExecution(execution.getJobInstance(),
				BureauJobConfiguration.CONSOLIDATE_STEP);
		if (consolidation != null && consolidation.getJobExecutionId() == execution.getId()
				&& consolidation.getStatus() == BatchStatus.COMPLETED) {
			out.println(options.parent() + "（彙整）：完成，"
					+ consolidation.getExecutionContext().getString(ConsolidateTasklet.OUTCOME, ""));
		}
		var delivery = this.jobRepository.getLastStepExecution(execution.getJobInstance(),
				BureauJobConfiguration.DELIVER_STEP);
		if (delivery != null && delivery.getJobExecutionId() == execution.getId()
				&& delivery.getExecutionContext().containsKey(DeliverConsolidationTasklet.OUTCOME)) {
			out.println(options.parent() + "（彙整）：" + delivery.getExecutionContext().getString(DeliverConsolidationTasklet.OUTCOME));
		}
		if (execution.getStatus() != BatchStatus.COMPLETED && failures.isEmpty()) {
			String reason = AnnualReportLauncher.failureReason(execution);
			out.println(options.parent() + "（彙整）：失敗。" + reason);
			failures.add(new RunFailure(options.parent() + "（彙整）", reason));
		}
		return failures;
	}

	private static String completed(RunOptions options, String code, String outcome) {
		Path folder = OutputFolder.of(options.out(), options.rocYear(), code);
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
