package tw.annualreport.bureau;

import java.util.Collection;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.partition.support.SimpleStepExecutionSplitter;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;

import tw.annualreport.job.AgencyTargets;
import tw.annualreport.job.AnnualReportLauncher;
import tw.annualreport.report.BureauReportDataQuery;
import tw.annualreport.agency.AgencyDirectory;
import tw.annualreport.delivery.ReportMailer;
import tw.annualreport.delivery.ReportMails;
import tw.annualreport.report.ReportRenderer;
import tw.annualreport.register.Bureaus;
import tw.annualreport.submission.BureauBoard;
import tw.annualreport.submission.Submissions;
import tw.annualreport.summary.BureauReport;

/**
 * The bureau run ({@code --agency=all --parent=…}) as one job: a partitioned step with one
 * partition per agency, each running that agency's own annual report job
 * ({@link AgencyReportTasklet}), on a pool of threads ({@code annual-report.bureau.parallelism});
 * then the consolidated report, written even when some
 * agencies failed (it names them); the run fails when any did. The same command again re-runs
 * only the failed partitions, then the consolidation.
 */
@Configuration(proxyBeanMethods = false)
public class BureauJobConfiguration {

	public static final String JOB_NAME = "bureauReportJob";

	/** The manager step, and the partitions' step (their executions: {@code agencyReportStep:KHH-ZY}). */
	public static final String AGENCIES_STEP = "agenciesStep";

	public static final String AGENCY_STEP = "agencyReportStep";

	public static final String CONSOLIDATE_STEP = "consolidateStep";

	public static final String DELIVER_STEP = "deliverConsolidationStep";

	@Bean
	Job bureauReportJob(JobRepository jobRepository, Step agenciesStep, Step consolidateStep,
			Step deliverConsolidationStep, JobExecutionDecider agenciesOutcome) {
		return new JobBuilder(JOB_NAME, jobRepository).start(agenciesStep)
			.on(ExitStatus.FAILED.getExitCode()).fail()
			.from(agenciesStep).on("*").to(consolidateStep)
			.from(consolidateStep).on(ExitStatus.FAILED.getExitCode()).fail()
			.from(consolidateStep).on("*").to(deliverConsolidationStep)
			.from(deliverConsolidationStep).on(ExitStatus.FAILED.getExitCode()).fail()
			.from(deliverConsolidationStep).on("*").to(agenciesOutcome)
			.from(agenciesOutcome).on(ExitStatus.FAILED.getExitCode()).fail()
			.from(agenciesOutcome).on("*").end()
			.end()
			.build();
	}

	/**
	 * Whether every agency of the run has completed, over all its executions: the consolidation
	 * alone does not make the run a success.
	 */
	@Bean
	JobExecutionDecider agenciesOutcome(JobRepository jobRepository) {
		return (jobExecution, stepExecution) -> new FlowExecutionStatus(
				BureauPartitions.of(jobRepository, jobExecution.getJobInstance()).values().stream()
					.allMatch(BureauPartitions.Agency::completed) ? ExitStatus.COMPLETED.getExitCode()
							: ExitStatus.FAILED.getExitCode());
	}

	/**
	 * The agencies' partitions. It completes even when some agency failed (exit status
	 * {@link #AGENCIES_FAILED}), so that the consolidation may follow without Spring Batch
	 * abandoning it, and it runs again on a restart, where its splitter starts only the partitions
	 * that did not complete. It fails only on its own error (e.g. the agencies cannot be listed).
	 */
	@Bean
	Step agenciesStep(JobRepository jobRepository, Partitioner agencyPartitioner, PartitionHandler agencyPartitionHandler) {
		return new StepBuilder(AGENCIES_STEP, jobRepository).partitioner(AGENCY_STEP, agencyPartitioner)
			.splitter(new SimpleStepExecutionSplitter(jobRepository, AGENCY_STEP, agencyPartitioner))
			.partitionHandler(agencyPartitionHandler)
			.aggregator(BureauJobConfiguration::aggregate)
			.allowStartIfComplete(true)
			.build();
	}

	/** The manager's exit code when some agency failed. */
	static final String AGENCIES_FAILED = "AGENCIES_FAILED";

	private static void aggregate(StepExecution result, Collection<StepExecution> partitions) {
		new DefaultStepExecutionAggregator().aggregate(result, partitions);
		if (result.getStatus().isUnsuccessful()) {
			result.setStatus(BatchStatus.COMPLETED);
			result.setExitStatus(new ExitStatus(AGENCIES_FAILED));
		}
	}

	@Bean
	@StepScope
	AgencyPartitioner agencyPartitioner(AgencyTargets targets, BureauRun bureauRun, Bureaus bureaus) {
		return new AgencyPartitioner(targets, bureauRun, bureaus);
	}

	/** The agencies on threads of this process, as many at once as configured (remote: {@link RemotePartitions}). */
	@Bean
	@ConditionalOnProperty(name = "annual-report.bureau.remote", havingValue = "false", matchIfMissing = true)
	PartitionHandler agencyPartitionHandler(Step agencyReportStep, BureauProperties properties) {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("agency-");
		executor.setConcurrencyLimit(properties.parallelism());
		TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
		handler.setStep(agencyReportStep);
		handler.setTaskExecutor(executor);
		handler.setGridSize(properties.parallelism());
		return handler;
	}

	/**
	 * A partition: the agency's own job. Outside any transaction (the agency's job commits its
	 * steps itself, and Spring Batch refuses to start a job inside one).
	 */
	@Bean
	Step agencyReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Tasklet agencyReportTasklet) {
		return new StepBuilder(AGENCY_STEP, jobRepository).tasklet(agencyReportTasklet, transactionManager)
			.transactionAttribute(new DefaultTransactionAttribute(TransactionDefinition.PROPAGATION_NOT_SUPPORTED))
			.build();
	}

	@Bean
	@StepScope
	AgencyReportTasklet agencyReportTasklet(AnnualReportLauncher launcher, BureauRun bureauRun,
			AgencyPartition agencyPartition) {
		return new AgencyReportTasklet(launcher, bureauRun, agencyPartition);
	}

	/** Runs again on a restart: the consolidation covers the agencies re-run since. */
	@Bean
	Step consolidateStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Tasklet consolidateTasklet) {
		return new StepBuilder(CONSOLIDATE_STEP, jobRepository).tasklet(consolidateTasklet, transactionManager)
			.allowStartIfComplete(true)
			.build();
	}

	@Bean
	@StepScope
	ConsolidateTasklet consolidateTasklet(BureauReport bureauReport, BureauReportDataQuery reportData,
			ReportRenderer renderer, JobRepository jobRepository, BureauRun bureauRun, BureauBoard board,
			Submissions submissions, Bureaus bureaus) {
		return new ConsolidateTasklet(bureauReport, reportData, renderer, jobRepository, bureauRun, board, submissions,
				bureaus);
	}

	/** Runs again on a restart, after the consolidation it mails. */
	@Bean
	Step deliverConsolidationStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Tasklet deliverConsolidationTasklet) {
		return new StepBuilder(DELIVER_STEP, jobRepository).tasklet(deliverConsolidationTasklet, transactionManager)
			.allowStartIfComplete(true)
			.build();
	}

	@Bean
	@StepScope
	DeliverConsolidationTasklet deliverConsolidationTasklet(ReportMails mails, ReportMailer mailer,
			AgencyDirectory agencies, JobRepository jobRepository, BureauProperties properties, BureauRun bureauRun) {
		return new DeliverConsolidationTasklet(mails, mailer, agencies, jobRepository, properties, bureauRun);
	}

}
