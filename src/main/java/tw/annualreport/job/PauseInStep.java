package tw.annualreport.job;

import java.time.Duration;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Slowness injection for the tests of long agencies: with
 * {@code annual-report.debug.pause-in-step=<step>} each execution of that step waits
 * {@code annual-report.debug.pause-for} (default 3 seconds) once it has started (it is STARTED in
 * the job repository), then goes on. Never set in production.
 */
@Component
@ConditionalOnProperty("annual-report.debug.pause-in-step")
class PauseInStep implements BeanPostProcessor, StepExecutionListener {

	private final String stepName;

	private final Duration pauseFor;

	PauseInStep(@Value("${annual-report.debug.pause-in-step}") String stepName,
			@Value("${annual-report.debug.pause-for:3s}") Duration pauseFor) {
		this.stepName = stepName;
		this.pauseFor = pauseFor;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof AbstractStep step && step.getName().equals(this.stepName)) {
			step.registerStepExecutionListener(this);
		}
		return bean;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		try {
			Thread.sleep(this.pauseFor.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
