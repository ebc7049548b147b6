package tw.annualreport.cli;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import tw.annualreport.bureau.BureauWorker;
import tw.annualreport.job.AgencyTargets;
import tw.annualreport.job.RunFailure;
import tw.annualreport.run.AgencyRuns;
import tw.annualreport.run.RunHistory;
import tw.annualreport.schedule.ScheduledRuns;
import tw.annualreport.console.account.AddUser;
import tw.annualreport.console.account.PasswordInput;
import tw.annualreport.delivery.DeliveryException;
import tw.annualreport.delivery.ReportMailer;
import tw.annualreport.delivery.Resend;
import tw.annualreport.plan.document.PlanDocumentException;
import tw.annualreport.plan.document.PlanFromDocument;
import tw.annualreport.system.Printable;
import tw.annualreport.system.RunOptions;
import tw.annualreport.system.RunOptionsException;

/**
 * Carries out the command line: a run (the default), the run history, a re-send of the reports,
 * the schedules, a bureau worker, or the plan read from a document (which {@code main} runs before
 * Spring starts, so as to need no database; here for a runner started otherwise). The
 * exit code is 0 only when everything asked for succeeded; otherwise the last line on standard
 * error says why.
 */
@Component
@ConditionalOnProperty(name = "annual-report.cli.enabled", matchIfMissing = true)
class AnnualReportRunner implements ApplicationRunner, ExitCodeGenerator {

	private final AgencyRuns runs;

	private final RunHistory history;

	private final ScheduledRuns schedules;

	private final Resend resend;

	private final BureauWorker worker;

	private final AgencyTargets targets;

	private final AddUser addUser;

	private int exitCode;

	AnnualReportRunner(AgencyRuns runs, RunHistory history, ScheduledRuns schedules, Resend resend,
			AgencyTargets targets, BureauWorker worker, AddUser addUser) {
		this.addUser = addUser;
		this.worker = worker;
		this.targets = targets;
		this.runs = runs;
		this.history = history;
		this.schedules = schedules;
		this.resend = resend;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			RunOptions options = RunOptions.parse(args.getSourceArgs());
			switch (options.command()) {
				case HELP -> {
				}
				case RUN -> {
					List<RunFailure> failures = this.runs.run(options, System.out);
					if (!failures.isEmpty()) {
						fail(String.join("；", failures.stream().map(RunFailure::toString).toList()));
					}
				}
				case HISTORY -> this.history.print(options, System.out);
				case RESEND -> resend(options);
				case SERVE -> this.schedules.serve(options);
				case WORKER -> this.worker.serve();
				case ADD_USER -> addUser(args.getSourceArgs());
				case PLAN_FROM -> PlanFromDocument.run(options.planFrom(), options.planTo(), System.out);
			}
		}
		catch (RunOptionsException | PlanDocumentException ex) {
			fail(ex.getMessage());
		}
	}

	/**
	 * Creates a console account; the password from the environment, typed at the terminal without
	 * echo, or the first line of standard input, never the command line.
	 */
	private void addUser(String[] args) {
		try {
			System.out.println(this.addUser.add(args, System::getenv, PasswordInput.of(System.console(), System.in)));
		}
		catch (IllegalArgumentException ex) {
			fail(ex.getMessage());
		}
	}

	/** Mails the report files already written, without recomputing anything. */
	private void resend(RunOptions options) {
		List<String> failures = new ArrayList<>();
		for (AgencyTargets.Target target : this.targets.resolve(options.withInput(null))) {
			String agency = target.code();
			try {
				ReportMailer.Delivery delivery = this.resend.resend(options.out(), options.rocYear(), agency);
				System.out.println(agency + "：已重新寄送 " + String.join("、", delivery.attachmentNames()) + " 給 "
						+ String.join("、", delivery.recipients()));
			}
			catch (DeliveryException ex) {
				System.out.println(agency + "：寄送失敗。" + ex.getMessage());
				failures.add(agency + "：" + ex.getMessage());
			}
		}
		if (!failures.isEmpty()) {
			fail(String.join("；", failures));
		}
	}

	private void fail(String reason) {
		this.exitCode = 1;
		System.err.println("錯誤：" + Printable.of(reason.replace('\n', ' ')));
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
