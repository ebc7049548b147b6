package tw.annualreport.job;

import java.sql.SQLTransactionRollbackException;

import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agency of a bureau run that the database made a deadlock victim is run again (resumed);
 * any other failure is the agency's own and stands.
 */
class TransientFailureTests {

	@Test
	void aDeadlockOrALockTimeoutIsTransient() {
		assertThat(AnnualReportLauncher.failedTransiently(failed(new RuntimeException("step failed",
				new SQLTransactionRollbackException("Deadlock found when trying to get lock"))))).isTrue();
		assertThat(AnnualReportLauncher.failedTransiently(failed(new CannotAcquireLockException("Lock wait timeout"))))
			.isTrue();
	}

	@Test
	void anyOtherFailureOrACompletedRunIsNot() {
		assertThat(AnnualReportLauncher.failedTransiently(failed(new DataIntegrityViolationException("duplicate"))))
			.isFalse();
		assertThat(AnnualReportLauncher.failedTransiently(failed(new IllegalStateException("bad plan")))).isFalse();
		JobExecution completed = execution();
		completed.setStatus(BatchStatus.COMPLETED);
		assertThat(AnnualReportLauncher.failedTransiently(completed)).isFalse();
		JobExecution both = failed(new CannotAcquireLockException("Lock wait timeout"));
		both.addFailureException(new IllegalStateException("bad plan"));
		assertThat(AnnualReportLauncher.failedTransiently(both)).as("a real failure beside a deadlock").isFalse();
	}

	private static JobExecution failed(Throwable failure) {
		JobExecution execution = execution();
		execution.setStatus(BatchStatus.FAILED);
		execution.addFailureException(failure);
		return execution;
	}

	private static JobExecution execution() {
		return new JobExecution(1L, new JobInstance(1L, "annualReportJob"), new JobParameters());
	}

}
