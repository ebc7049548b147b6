package tw.annualreport.job;

import java.nio.file.Path;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import tw.annualreport.report.RenderReportTasklet;
import tw.annualreport.report.ReportDataQuery;
import tw.annualreport.report.ReportRenderer;
import tw.annualreport.delivery.DeliverReportTasklet;
import tw.annualreport.delivery.ReportMailer;
import tw.annualreport.delivery.ReportMails;
import tw.annualreport.source.ImportCheck;
import tw.annualreport.source.ImportContext;
import tw.annualreport.source.ImportRuns;
import tw.annualreport.summary.ComputeFiguresTasklet;
import tw.annualreport.summary.FigureStore;
import tw.annualreport.summary.SummaryCalculator;
import tw.annualreport.summary.WriteSummaryTasklet;

/**
 * The annual report job of one agency-year. With an input folder it first imports the source
 * files (one step per file), checks them and publishes them; then it computes the figures from
 * the database and writes the outputs: summary.json, then the report (PDF, XLSX, ODS).
 */
@Configuration(proxyBeanMethods = false)
class AnnualReportJobConfiguration {

	static final String JOB_NAME = "annualReportJob";

	@Bean
	Job annualReportJob(JobRepository jobRepository, Flow importFlow, Flow reportFlow) {
		JobExecutionDecider source = (jobExecution, stepExecution) -> new FlowExecutionStatus(
				jobExecution.getJobParameters().getString(JobParameterNames.INPUT) == null ? "DATABASE" : "IMPORT");
		return new JobBuilder(JOB_NAME, jobRepository)
			.start(source).on("IMPORT").to(importFlow).next(reportFlow)
			.from(source).on("DATABASE").to(reportFlow)
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
			SummaryCalculator calculator, FigureStore store) {
		return new StepBuilder("computeFiguresStep", jobRepository)
			.tasklet(new ComputeFiguresTasklet(calculator, store), transactionManager)
			.build();
	}

	@Bean
	Step writeSummaryStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, FigureStore store) {
		return new StepBuilder("writeSummaryStep", jobRepository)
			.tasklet(new WriteSummaryTasklet(store), transactionManager)
			.build();
	}

	@Bean
	Step renderReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReportDataQuery query, ReportRenderer renderer) {
		return new StepBuilder("renderReportStep", jobRepository)
			.tasklet(new RenderReportTasklet(query, renderer), transactionManager)
			.build();
	}

	@Bean
	Step deliverReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReportMails mails, ReportMailer mailer) {
		return new StepBuilder("deliverReportStep", jobRepository)
			.tasklet(new DeliverReportTasklet(mails, mailer), transactionManager)
			.build();
	}

	// import: begin → one step per source file → check → publish

	@Bean
	Flow importFlow(Step beginImportStep, Step importAgencyStep, Step importPlanStep, Step importExecutionsStep,
			Step importPhoneTestsStep, Step importSurveyQuestionsStep, Step importSurveyResponsesStep,
			Step importCasesStep, Step importHistoryStep, Step checkImportStep, Step publishImportStep) {
		return new FlowBuilder<Flow>("importFlow").start(beginImportStep)
			.next(importAgencyStep)
			.next(importPlanStep)
			.next(importExecutionsStep)
			.next(importPhoneTestsStep)
			.next(importSurveyQuestionsStep)
			.next(importSurveyResponsesStep)
			.next(importCasesStep)
			.next(importHistoryStep)
			.next(checkImportStep)
			.next(publishImportStep)
			.build();
	}

	@Bean
	Step beginImportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, ImportRuns runs) {
		return new StepBuilder("beginImportStep", jobRepository).tasklet((contribution, chunkContext) -> {
			var jobExecution = contribution.getStepExecution().getJobExecution();
			var params = jobExecution.getJobParameters();
			long importId = runs.begin(params.getString(JobParameterNames.AGENCY),
					Math.toIntExact(params.getLong(JobParameterNames.YEAR)), Path.of(params.getString(JobParameterNames.INPUT)));
			jobExecution.getExecutionContext().putLong(ImportContext.IMPORT_ID, importId);
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	@Bean
	Step checkImportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, ImportCheck check) {
		return new StepBuilder("checkImportStep", jobRepository).tasklet((contribution, chunkContext) -> {
			var stepExecution = contribution.getStepExecution();
			check.check(ImportContext.of(stepExecution), JobParameterNames.outputFolder(stepExecution.getJobExecution()));
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	@Bean
	Step publishImportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, ImportRuns runs) {
		return new StepBuilder("publishImportStep", jobRepository).tasklet((contribution, chunkContext) -> {
			ImportContext context = ImportContext.of(contribution.getStepExecution());
			runs.publish(context.importId(), context.agencyCode(), context.rocYear());
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

}
