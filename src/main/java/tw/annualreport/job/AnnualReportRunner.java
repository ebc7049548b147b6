package tw.annualreport.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import tw.annualreport.system.RunOptions;
import tw.annualreport.system.RunOptionsException;

/**
 * Runs the command line: resolves the agencies, runs the annual report job for each, and says
 * plainly what happened and where the output is. The exit code is 0 only when every agency
 * succeeded.
 */
@Component
@ConditionalOnProperty(name = "annual-report.cli.enabled", matchIfMissing = true)
class AnnualReportRunner implements ApplicationRunner, ExitCodeGenerator {

	private static final Log logger = LogFactory.getLog(AnnualReportRunner.class);

	private final AgencyTargets targets;

	private final AnnualReportLauncher launcher;

	private int exitCode;

	AnnualReportRunner(AgencyTargets targets, AnnualReportLauncher launcher) {
		this.targets = targets;
		this.launcher = launcher;
	}

	@Override
	public void run(ApplicationArguments args) {
		RunOptions options;
		List<AgencyTargets.Target> agencies;
		try {
			options = RunOptions.parse(args.getSourceArgs());
			if (options.help()) {
				return;
			}
			agencies = this.targets.resolve(options);
		}
		catch (RunOptionsException ex) {
			fail(ex.getMessage());
			return;
		}
		List<String> failures = new ArrayList<>();
		for (AgencyTargets.Target target : agencies) {
			JobExecution execution = this.launcher.launch(options, target);
			Path folder = options.out().resolve(Integer.toString(options.rocYear())).resolve(target.code());
			if (execution.getStatus() == BatchStatus.COMPLETED) {
				System.out.println(target.code() + "：完成。" + AnnualReportLauncher.outcome(execution) + "輸出資料夾：" + folder
						+ "（" + String.join("、", files(folder)) + "）");
				if (options.formats().stream().anyMatch(NOT_YET::contains)) {
					System.out.println("注意：PDF、XLSX、ODS 報表尚未實作，本次只產製 summary.json。");
				}
			}
			else {
				String reason = AnnualReportLauncher.failureReason(execution);
				System.out.println(target.code() + "：失敗。" + reason);
				failures.add(target.code() + "：" + reason);
			}
		}
		if (!failures.isEmpty()) {
			fail(String.join("；", failures));
		}
	}

	/** Formats the job cannot write yet; said plainly rather than faked. */
	private static final Set<String> NOT_YET = Set.of("pdf", "xlsx", "ods");

	private static List<String> files(Path folder) {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.map((p) -> p.getFileName().toString()).filter((n) -> !n.startsWith(".")).sorted().toList();
		}
		catch (IOException ex) {
			return List.of();
		}
	}

	private void fail(String reason) {
		this.exitCode = 1;
		logger.debug("run failed: " + reason);
		System.err.println("錯誤：" + reason.replace('\n', ' '));
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
