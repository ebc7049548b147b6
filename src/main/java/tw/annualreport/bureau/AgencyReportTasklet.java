package tw.annualreport.bureau;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import tw.annualreport.job.AnnualReportLauncher;
import tw.annualreport.system.ExpectedFailure;

/**
 * A partition of a bureau run: the agency's own annual report job, started or resumed exactly as
 * a single-agency run would be (its import, figures and outputs, its own history), while the
 * bureau run holds the agency's run lock. The agency's headline or its failure reason is kept in
 * the partition's step execution context for the consolidation and the run's output.
 */
class AgencyReportTasklet implements Tasklet {

	/** The agency's headline sentence when it completed. */
	static final String OUTCOME = "outcome";

	/** The one-line reason when it failed. */
	static final String FAILURE = "failure";

	/** Runs of an agency's job in all when the database makes it a deadlock victim. */
	static final int TRANSIENT_ATTEMPTS = 3;

	private final AnnualReportLauncher launcher;

	private final BureauRun bureau;

	private final AgencyPartition partition;

	AgencyReportTasklet(AnnualReportLauncher launcher, BureauRun bureau, AgencyPartition partition) {
		this.launcher = launcher;
		this.bureau = bureau;
		this.partition = partition;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		var context = contribution.getStepExecution().getExecutionContext();
		context.remove(FAILURE);
		context.remove(OUTCOME);
		if (this.partition.problem() != null) {
			throw failed(context, this.partition.problem());
		}
		JobExecution agency;
		int attempt = 0;
		do {
			try {
				agency = this.launcher.launchHeld(this.bureau.settings(), this.partition.target(this.bureau.parent()), false);
			}
			catch (RuntimeException ex) {
				throw failed(context, ex.getMessage());
			}
			attempt++;
			// a deadlock victim is resumed where it stopped, a few times, before it counts as failed
		}
		while (attempt < TRANSIENT_ATTEMPTS && AnnualReportLauncher.failedTransiently(agency));
		if (agency.getStatus() != BatchStatus.COMPLETED) {
			throw failed(context, AnnualReportLauncher.failureReason(agency));
		}
		context.putString(OUTCOME, this.launcher.outcome(agency));
		return RepeatStatus.FINISHED;
	}

	private static AgencyFailedException failed(ExecutionContext context, String reason) {
		context.putString(FAILURE, reason);
		return new AgencyFailedException(reason);
	}

	/** An agency of a bureau run that failed, with the reason its own run gave. */
	static final class AgencyFailedException extends RuntimeException implements ExpectedFailure {

		AgencyFailedException(String reason) {
			super(reason);
		}

	}

}
