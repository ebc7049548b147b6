package tw.annualreport.job;

import java.util.List;
import java.util.Map;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import tw.annualreport.delivery.DeliverReportTasklet;
import tw.annualreport.delivery.ReportMailer;
import tw.annualreport.delivery.ReportMails;
import tw.annualreport.report.RenderReportTasklet;
import tw.annualreport.report.ReportDataQuery;
import tw.annualreport.report.ReportRenderer;
import tw.annualreport.source.ImportCheck;
import tw.annualreport.source.ImportContext;
import tw.annualreport.source.ImportRuns;
import tw.annualreport.source.ImportProperties;
import tw.annualreport.source.PublishedRejects;
import tw.annualreport.source.SourceFile;
import tw.annualreport.summary.ComputeFiguresTasklet;
import tw.annualreport.summary.FigureStore;
import tw.annualreport.summary.SummaryCalculator;
import tw.annualreport.summary.WriteSummaryTasklet;
import tw.annualreport.system.ReportRun;

/**
 * The annual report job of one agency-year. With an input folder it first imports the source
 * files (one step per file of {@link SourceFile}; a file after the one it reads, the others side
 * by side: {@link SourceFile#lanes()}), checks them and publishes them;
 * then it computes the figures from the database and writes the outputs: summary.json, then the
 * report (PDF, XLSX, ODS), then mails it when asked. Steps receive the run's parameters bound
 * late ({@link RunBinding}).
 */
@Configuration(proxyBeanMethods = false)
public class AnnualReportJobConfiguration {

	public static final String JOB_NAME = "annualReportJob";

	public static final String CHECK_IMPORT_STEP = "checkImportStep";

	public static final String PUBLISH_IMPORT_STEP = "publishImportStep";

	public static final String WRITE_SUMMARY_STEP = "writeSummaryStep";

	public static final String RENDER_REPORT_STEP = "renderReportStep";

	public static final String DELIVER_REPORT_STEP = "deliverReportStep";

	/**
	 * @param sourceOfData {@link RunBinding#IMPORT} with an input folder, else
	 * {@link RunBinding#DATABASE}
	 */
	/** Primary: the job of one agency-year, the one a test or tool asking for "the job" means. */
	@Bean
	@Primary
	Job annualReportJob(JobRepository jobRepository, JobExecutionDecider sourceOfData, Flow importFlow,
			Flow reportFlow) {
		return new JobBuilder(JOB_NAME, jobRepository)
			.start(sourceOfData).on(RunBinding.IMPORT).to(importFlow).next(reportFlow)
			.from(sourceOfData).on(RunBinding.DATABASE).to(reportFlow)
			.end()
			.build();
	}

	// report: figures → summary.json → report.pdf/.xlsx/.ods → mail (when asked)

	@Bean
	Flow reportFlow(Step computeFiguresStep, Step writeSummaryStep, Step renderReportStep, Step deliverReportStep) {
		return new FlowBuilder<Flow>("reportFlow").start(computeFiguresStep)
			.next(writeSummaryStep)
			.next(renderReportStep)
			.next(deliverReportStep)
			.build();
	}

	@Bean
	Step computeFiguresStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Tasklet computeFiguresTasklet) {
		return new StepBuilder(ComputeFiguresTasklet.STEP_NAME, jobRepository).tasklet(computeFiguresTasklet, transactionManager)
			.build();
	}

	@Bean
	@StepScope
	ComputeFiguresTasklet computeFiguresTasklet(SummaryCalculator calculator, FigureStore store, ReportRun run) {
		return new ComputeFiguresTasklet(calculator, store, run);
	}

	@Bean
	Step writeSummaryStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Tasklet writeSummaryTasklet) {
		return new StepBuilder(WRITE_SUMMARY_STEP, jobRepository).tasklet(writeSummaryTasklet, transactionManager)
			.build();
	}

	@Bean
	@StepScope
	WriteSummaryTasklet writeSummaryTasklet(FigureStore store, ReportRun run) {
		return new WriteSummaryTasklet(store, run);
	}

	@Bean
	Step renderReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Tasklet renderReportTasklet) {
		return new StepBuilder(RENDER_REPORT_STEP, jobRepository).tasklet(renderReportTasklet, transactionManager)
			.build();
	}

	@Bean
	@StepScope
	RenderReportTasklet renderReportTasklet(ReportDataQuery query, ReportRenderer renderer, ReportRun run,
			PublishedRejects rejects) {
		return new RenderReportTasklet(query, renderer, run, rejects);
	}

	@Bean
	Step deliverReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Tasklet deliverReportTasklet) {
		return new StepBuilder(DELIVER_REPORT_STEP, jobRepository).tasklet(deliverReportTasklet, transactionManager)
			.build();
	}

	@Bean
	@StepScope
	DeliverReportTasklet deliverReportTasklet(ReportMails mails, ReportMailer mailer, ReportRun run) {
		return new DeliverReportTasklet(mails, mailer, run);
	}

	// import: one step per source file, in lanes side by side (SourceFile.lanes) → check → publish

	/**
	 * @param steps every step bean by name; each source file's import step is found by its
	 * {@link SourceFile#stepName()}, so a file without a step fails the start
	 */
	@Bean
	Flow importFlow(Map<String, Step> steps, Step checkImportStep, Step publishImportStep, ImportProperties properties) {
		return readFiles("importFlow", steps, properties).next(checkImportStep).next(publishImportStep).build();
	}

	/** Every source file read, in lanes side by side: the start of an import and of a check. */
	static FlowBuilder<Flow> readFiles(String name, Map<String, Step> steps, ImportProperties properties) {
		Flow[] lanes = SourceFile.lanes().stream().map((files) -> lane(steps, files)).toArray(Flow[]::new);
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("import-");
		executor.setConcurrencyLimit(properties.parallelism());
		return new FlowBuilder<Flow>(name).split(executor).add(lanes);
	}

	/** A lane's files one after another; initialised here, as it is no bean of its own. */
	private static Flow lane(Map<String, Step> steps, List<SourceFile> files) {
		FlowBuilder<SimpleFlow> lane = new FlowBuilder<SimpleFlow>("import-" + files.get(0).fileName())
			.start(importStep(steps, files.get(0)));
		files.subList(1, files.size()).forEach((file) -> lane.next(importStep(steps, file)));
		SimpleFlow flow = lane.build();
		// without it the flow lists no states until it first runs: the job would know none of its steps
		try {
			flow.afterPropertiesSet();
		}
		catch (Exception ex) {
			throw new IllegalStateException("匯入流程 " + flow.getName() + " 無法建立：" + ex.getMessage(), ex);
		}
		return flow;
	}

	private static Step importStep(Map<String, Step> steps, SourceFile file) {
		Step step = steps.get(file.stepName());
		if (step == null) {
			throw new IllegalStateException("來源檔 " + file.fileName() + " 沒有匯入步驟 " + file.stepName());
		}
		return step;
	}

	@Bean
	Step checkImportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Tasklet checkImportTasklet) {
		return new StepBuilder(CHECK_IMPORT_STEP, jobRepository).tasklet(checkImportTasklet, transactionManager).build();
	}

	@Bean
	@StepScope
	Tasklet checkImportTasklet(ImportCheck check, ImportContext context, ReportRun run, JobRepository jobRepository) {
		return checkTasklet(check, context, run.folder(), jobRepository);
	}

	/** @param outputFolder where the rejects go until published; {@code null} for a check, which writes none */
	static Tasklet checkTasklet(ImportCheck check, ImportContext context, java.nio.file.Path outputFolder,
			JobRepository jobRepository) {
		return (contribution, chunkContext) -> {
			var instance = contribution.getStepExecution().getJobExecution().getJobInstance();
			check.check(context, outputFolder, (file) -> {
				var step = jobRepository.getLastStepExecution(instance, file.stepName());
				return (step == null) ? null : step.getReadCount();
			});
			return RepeatStatus.FINISHED;
		};
	}

	@Bean
	Step publishImportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Tasklet publishImportTasklet) {
		return new StepBuilder(PUBLISH_IMPORT_STEP, jobRepository).tasklet(publishImportTasklet, transactionManager)
			.build();
	}

	@Bean
	@StepScope
	Tasklet publishImportTasklet(ImportRuns runs, ImportContext context, ReportRun run, PublishedRejects rejects) {
		return (contribution, chunkContext) -> {
			runs.publish(context.importId(), context.agencyCode(), context.rocYear());
			// only now does rejects.csv become this import's: a run that failed before left it alone
			rejects.promote(context.agencyCode(), context.rocYear(), run.folder());
			return RepeatStatus.FINISHED;
		};
	}

}
