package tw.annualreport.job;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import tw.annualreport.system.RunOptions;
import tw.annualreport.system.RunOptionsException;

/**
 * Carries out the command line: a run (the default), the run history, or the schedules. The
 * exit code is 0 only when everything asked for succeeded; otherwise the last line on standard
 * error says why.
 */
@Component
@ConditionalOnProperty(name = "annual-report.cli.enabled", matchIfMissing = true)
class AnnualReportRunner implements ApplicationRunner, ExitCodeGenerator {

	private final AgencyRuns runs;

	private final RunHistory history;

	private final ScheduledRuns schedules;

	private int exitCode;

	AnnualReportRunner(AgencyRuns runs, RunHistory history, ScheduledRuns schedules) {
		this.runs = runs;
		this.history = history;
		this.schedules = schedules;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			RunOptions options = RunOptions.parse(args.getSourceArgs());
			switch (options.command()) {
				case HELP -> {
				}
				case RUN -> {
					List<String> failures = this.runs.run(options, System.out);
					if (!failures.isEmpty()) {
						fail(String.join("；", failures));
					}
				}
				case HISTORY -> this.history.print(options, System.out);
				case RESEND -> throw new RunOptionsException("--resend 尚未提供");
				case SERVE -> this.schedules.serve(options);
			}
		}
		catch (RunOptionsException ex) {
			fail(ex.getMessage());
		}
	}

	private void fail(String reason) {
		this.exitCode = 1;
		System.err.println("錯誤：" + reason.replace('\n', ' '));
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
