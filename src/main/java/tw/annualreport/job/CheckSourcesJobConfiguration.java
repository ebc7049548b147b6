package tw.annualreport.job;

import java.util.Map;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import tw.annualreport.source.ImportCheck;
import tw.annualreport.source.ImportContext;
import tw.annualreport.source.ImportProperties;
import tw.annualreport.source.ImportRuns;

/**
 * 檢查資料: reads an agency's uploaded files as the import does (the same steps), into a staging
 * import marked check-only, and checks them; then drops the rows it read. Nothing is published,
 * no report is made, no file is written: the officer reads the row accounting and rejects from
 * the import's ledger. A check that finds blocking problems fails in its check step, with them.
 */
@Configuration(proxyBeanMethods = false)
public class CheckSourcesJobConfiguration {

	public static final String JOB_NAME = "checkSourcesJob";

	public static final String CHECK_SOURCES_STEP = "checkSourcesStep";

	public static final String DISCARD_CHECK_STEP = "discardCheckStep";

	@Bean
	Job checkSourcesJob(JobRepository jobRepository, Flow checkFlow) {
		return new JobBuilder(JOB_NAME, jobRepository).start(checkFlow).end().build();
	}

	/** @param steps every step bean by name: the import steps of the source files among them */
	@Bean
	Flow checkFlow(Map<String, Step> steps, Step checkSourcesStep, Step discardCheckStep, ImportProperties properties) {
		return AnnualReportJobConfiguration.readFiles("checkFlow", steps, properties)
			.next(checkSourcesStep)
			.next(discardCheckStep)
			.build();
	}

	@Bean
	Step checkSourcesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Tasklet checkSourcesTasklet) {
		return new StepBuilder(CHECK_SOURCES_STEP, jobRepository).tasklet(checkSourcesTasklet, transactionManager).build();
	}

	@Bean
	@StepScope
	Tasklet checkSourcesTasklet(ImportCheck check, ImportContext context, JobRepository jobRepository) {
		return AnnualReportJobConfiguration.checkTasklet(check, context, null, jobRepository);
	}

	@Bean
	Step discardCheckStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Tasklet discardCheckTasklet) {
		return new StepBuilder(DISCARD_CHECK_STEP, jobRepository).tasklet(discardCheckTasklet, transactionManager).build();
	}

	@Bean
	@StepScope
	Tasklet discardCheckTasklet(ImportRuns runs, ImportContext context) {
		return (contribution, chunkContext) -> {
			runs.discard(context.importId());
			return RepeatStatus.FINISHED;
		};
	}

}
