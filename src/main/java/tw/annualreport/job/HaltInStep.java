package tw.annualreport.job;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Crash injection for the restart tests: with {@code annual-report.debug.halt-in-step=<step>} the
 * process dies like {@code kill -9} as soon as that step has started (it is STARTED in the job
 * repository, nothing of it committed). Never set in production.
 */
@Component
@ConditionalOnProperty("annual-report.debug.halt-in-step")
class HaltInStep implements BeanPostProcessor, StepExecutionListener {

	private final String stepName;

	HaltInStep(@Value("${annual-report.debug.halt-in-step}") String stepName) {
		this.stepName = stepName;
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
			System.out.flush();
			Runtime.getRuntime().halt(137);
		}
	}

}
