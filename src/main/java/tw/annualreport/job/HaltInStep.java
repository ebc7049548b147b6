package tw.annualreport.job;

import java.util.List;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.item.ChunkOrientedStep;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Crash injection for the restart tests: with {@code annual-report.debug.halt-in-step=<step>} the
 * process dies like {@code kill -9} in that step, where {@code annual-report.debug.halt-at} says:
 * <ul>
 * <li>{@code start} (the default): as soon as it has started (it is STARTED in the job
 * repository, nothing of it committed);</li>
 * <li>{@code write}: in a chunk-oriented step, once its first chunk is written but not yet
 * committed (a transaction in flight);</li>
 * <li>{@code end}: once Spring Batch has recorded it COMPLETED, before its own
 * {@code afterStep} listeners have run.</li>
 * </ul>
 * Never set in production.
 */
@Component
@ConditionalOnProperty("annual-report.debug.halt-in-step")
class HaltInStep implements BeanPostProcessor, StepExecutionListener, ItemWriteListener<Object> {

	private static final List<String> POINTS = List.of("start", "write", "end");

	private final String stepName;

	private final String haltAt;

	HaltInStep(@Value("${annual-report.debug.halt-in-step}") String stepName,
			@Value("${annual-report.debug.halt-at:start}") String haltAt) {
		if (!POINTS.contains(haltAt)) {
			throw new IllegalArgumentException("annual-report.debug.halt-at: one of " + POINTS + ", not " + haltAt);
		}
		this.stepName = stepName;
		this.haltAt = haltAt;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof AbstractStep step && step.getName().equals(this.stepName)) {
			// registered after the step's own listeners, so its afterStep runs before theirs
			step.registerStepExecutionListener(this);
			if (step instanceof ChunkOrientedStep<?, ?> chunked) {
				anyItems(chunked).registerItemWriteListener(this);
			}
		}
		return bean;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		haltAt("start");
	}

	@Override
	public void afterWrite(Chunk<? extends Object> items) {
		haltAt("write");
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		haltAt("end");
		return null;
	}

	@SuppressWarnings("unchecked")
	private static ChunkOrientedStep<Object, Object> anyItems(ChunkOrientedStep<?, ?> step) {
		// a listener of any item: it looks at none
		return (ChunkOrientedStep<Object, Object>) step;
	}

	private void haltAt(String point) {
		if (this.haltAt.equals(point)) {
			System.out.flush();
			Runtime.getRuntime().halt(137);
		}
	}

}
