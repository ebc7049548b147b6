package tw.annualreport.job;

import java.nio.file.Path;

import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;

import tw.annualreport.job.JobParameterNames.Bound;
import tw.annualreport.source.ImportContext;
import tw.annualreport.source.ImportRuns;
import tw.annualreport.system.OutputFolder;
import tw.annualreport.system.OutputFormat;
import tw.annualreport.system.ReportKind;
import tw.annualreport.system.ReportRun;

/**
 * The one place where the jobs' parameters are read: whether to import first, and, bound late
 * by Spring Batch per step execution, the values the steps receive — {@link ReportRun} (what to
 * make, where) and {@link ImportContext} (the import to write into); the bureau job's own are
 * bound beside its configuration. All are step-scoped without a proxy (records), so only
 * step-scoped beans ask for them.
 */
@Configuration(proxyBeanMethods = false)
public class RunBinding {

	private static final String JOB_INSTANCE = "#{stepExecution.jobExecution.jobInstance.instanceId}";

	private static final String JOB_NAME = "#{stepExecution.jobExecution.jobInstance.jobName}";

	/** The job's decision when it has an input folder: import it first. */
	static final String IMPORT = "IMPORT";

	/** The job's decision without one: report from the database as it stands. */
	static final String DATABASE = "DATABASE";

	@Bean
	JobExecutionDecider sourceOfData() {
		return (jobExecution, stepExecution) -> new FlowExecutionStatus(
				(jobExecution.getJobParameters().getString(JobParameterNames.INPUT) == null) ? DATABASE : IMPORT);
	}

	@Bean
	@Scope(Bound.STEP_SCOPE)
	ReportRun reportRun(@Value(Bound.AGENCY) String agency, @Value(Bound.YEAR) Long year, @Value(Bound.KIND) String kind,
			@Value(Bound.OUT) String out, @Value(Bound.FORMATS) String formats, @Value(Bound.MAIL) String mail) {
		int rocYear = Math.toIntExact(year);
		return new ReportRun(agency, rocYear, ReportKind.of(kind), OutputFolder.of(Path.of(out), rocYear, agency),
				OutputFormat.parse((formats == null) ? OutputFormat.allCodes() : formats), Boolean.parseBoolean(mail));
	}

	/** Only import steps ask for it, and those run only when the job has an input folder. */
	@Bean
	@Scope(Bound.STEP_SCOPE)
	ImportContext importContext(ImportRuns runs, @Value(Bound.AGENCY) String agency, @Value(Bound.YEAR) Long year,
			@Value(Bound.INPUT) String input, @Value(JOB_INSTANCE) Long jobInstance, @Value(JOB_NAME) String jobName) {
		int rocYear = Math.toIntExact(year);
		// a check job's import is a staging one, never published
		long importId = runs.begin(agency, rocYear, Path.of(input), jobInstance,
				CheckSourcesJobConfiguration.JOB_NAME.equals(jobName));
		return new ImportContext(importId, agency, rocYear, Path.of(input));
	}

}
