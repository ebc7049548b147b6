package tw.annualreport.job;

import java.time.Instant;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A killed JVM, simulated in this one. Given to the command line as an extra source (see
 * {@link InProcessCommandLine#runWith}), it makes the step named by
 * {@value #STEP_PROPERTY} fail as soon as it has started, before it has done any work, as
 * {@link HaltInStep} halts the packaged jar there. Spring Batch then records the failure, which
 * a killed process never does: {@link #leaveAsKilled} puts the repository back the way the
 * kill leaves it (the job and the step STARTED, no end time) and the run lock held by a process
 * that is gone.
 */
class CrashAtStepStart implements BeanPostProcessor, StepExecutionListener {

	static final String STEP_PROPERTY = "annual-report.test.crash-at-start-of";

	/** The message of the failure, to tell the simulated crash from a real failure. */
	static final String MESSAGE = "simulated crash at the start of ";

	private final String stepName;

	CrashAtStepStart(@Value("${" + STEP_PROPERTY + "}") String stepName) {
		this.stepName = stepName;
	}

	/** The command-line argument that crashes the run in {@code step}. */
	static String in(String step) {
		return "--" + STEP_PROPERTY + "=" + step;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof AbstractStep step) {
			step.registerStepExecutionListener(this);
		}
		return bean;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		if (stepExecution.getStepName().equals(this.stepName)) {
			throw new IllegalStateException(MESSAGE + this.stepName);
		}
	}

	/**
	 * Makes the failed execution of {@code step} look like what a kill leaves behind.
	 * @return the id of the job execution
	 */
	static long leaveAsKilled(JdbcTemplate jdbc, String step, String agency, int rocYear, long deadPid) {
		long execution = jdbc.queryForObject("""
				SELECT JOB_EXECUTION_ID FROM BATCH_STEP_EXECUTION
				WHERE STEP_NAME = ? AND STATUS = 'FAILED' AND EXIT_MESSAGE LIKE ?
				""", Long.class, step, "%" + MESSAGE + step + "%");
		jdbc.update("""
				UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'EXECUTING', EXIT_MESSAGE = '', END_TIME = NULL
				WHERE JOB_EXECUTION_ID = ? AND STEP_NAME = ?
				""", execution, step);
		jdbc.update("""
				UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN', EXIT_MESSAGE = '', END_TIME = NULL
				WHERE JOB_EXECUTION_ID = ?
				""", execution);
		LockOwners.lockedBy(jdbc, agency, rocYear, LockOwners.hostName(), deadPid, Instant.now());
		return execution;
	}

}
