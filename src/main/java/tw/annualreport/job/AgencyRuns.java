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
import org.springframework.stereotype.Component;

import tw.annualreport.system.OutputFolder;
import tw.annualreport.report.ConsolidatedTables;
import tw.annualreport.report.ReportRenderer;
import tw.annualreport.summary.BureauReport;
import tw.annualreport.system.RunOptions;
import tw.annualreport.system.RunOptionsException;

/**
 * Runs the annual report job for every agency a command line (or a schedule) selects, one after
 * the other, and says per agency what happened and where the output is. A bureau run
 * ({@code --agency=all --parent=…}) ends with the bureau's consolidated report.
 */
@Component
class AgencyRuns {

	private final AgencyTargets targets;

	private final AnnualReportLauncher launcher;

	private final BureauReport bureauReport;

	private final ReportRenderer renderer;

	AgencyRuns(AgencyTargets targets, AnnualReportLauncher launcher, BureauReport bureauReport, ReportRenderer renderer) {
		this.targets = targets;
		this.launcher = launcher;
		this.bureauReport = bureauReport;
		this.renderer = renderer;
	}

	/**
	 * @return one line per agency that failed, empty when all succeeded
	 * @throws RunOptionsException when the selection itself is wrong (unknown agency …)
	 */
	List<String> run(RunOptions options, PrintStream out) {
		List<String> failures = new ArrayList<>();
		for (AgencyTargets.Target target : this.targets.resolve(options)) {
			JobExecution execution;
			try {
				execution = this.launcher.launch(options, target);
			}
			catch (RunOptionsException ex) {
				out.println(target.code() + "：未執行。" + ex.getMessage());
				failures.add(target.code() + "：" + ex.getMessage());
				continue;
			}
			Path folder = OutputFolder.of(options.out(), options.rocYear(), target.code());
			if (execution.getStatus() == BatchStatus.COMPLETED) {
				out.println(target.code() + "：完成。" + this.launcher.outcome(execution) + "輸出資料夾：" + folder
						+ "（" + String.join("、", files(folder)) + "）");
			}
			else {
				String reason = AnnualReportLauncher.failureReason(execution);
				out.println(target.code() + "：失敗。" + reason);
				failures.add(target.code() + "：" + reason);
			}
		}
		if (options.allAgencies()) {
			AnnualReportLauncher.removeLeftovers(OutputFolder.of(options.out(), options.rocYear(), options.parent()));
			BureauReport.Outcome bureau = this.bureauReport.write(options.parent(), options.rocYear(), options.out());
			this.renderer.renderConsolidated(ConsolidatedTables.of(bureau.summary()), bureau.folder(), options.formats());
			out.println(options.parent() + "（彙整）：完成，含 " + String.join("、", bureau.included())
					+ (bureau.missing().isEmpty() ? "" : "；尚無統計：" + String.join("、", bureau.missing()))
					+ "。輸出資料夾：" + bureau.folder());
		}
		return failures;
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
