package tw.annualreport.source;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reader, processor and writer of the import step being run: step-scoped, so each execution
 * of an import step (an agency's, while a bureau run's agencies import at once) has its own, made
 * for the file its step imports ({@link SourceFile#ofStepName}) by {@link ImportSteps}. Typed by
 * class, not interface, so the step-scoped proxies are of the classes Spring Batch inspects.
 */
@Configuration(proxyBeanMethods = false)
class ImportStepParts {

	private static final String STEP_NAME = "#{stepExecution.stepName}";

	@Bean
	@StepScope
	SourceRowReader importReader(ImportSteps steps, ImportContext context, @Value(STEP_NAME) String stepName) {
		return steps.reader(SourceFile.ofStepName(stepName), context);
	}

	@Bean
	@StepScope
	ColumnLimits<Object> importProcessor(ImportSteps steps, ImportContext context,
			@Value(STEP_NAME) String stepName) {
		return steps.processor(SourceFile.ofStepName(stepName), context);
	}

	@Bean
	@StepScope
	ImportWriter<Object> importWriter(ImportSteps steps, ImportContext context, @Value(STEP_NAME) String stepName) {
		return steps.writer(SourceFile.ofStepName(stepName), context);
	}

}
