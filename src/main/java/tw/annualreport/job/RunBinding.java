package tw.annualreport.job;

import java.nio.file.Path;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;

import tw.annualreport.source.ImportContext;
import tw.annualreport.source.ImportRuns;
import tw.annualreport.system.OutputFolder;
import tw.annualreport.system.OutputFormat;
import tw.annualreport.system.ReportRun;

/**
 * The one place where the job's parameters are read: Spring Batch binds them late, per step
 * execution, into the two values the steps receive — {@link ReportRun} (what to make, where) and
 * {@link ImportContext} (the import to write into). Both are step-scoped without a proxy
 * (records), so only step-scoped beans ask for them.
 */
@Configuration(proxyBeanMethods = false)
class RunBinding {

	private static final String AGENCY = "#{jobParameters['" + JobParameterNames.AGENCY + "']}";

	private static final String YEAR = "#{jobParameters['" + JobParameterNames.YEAR + "']}";

	private static final String KIND = "#{jobParameters['" + JobParameterNames.KIND + "']}";

	private static final String INPUT = "#{jobParameters['" + JobParameterNames.INPUT + "']}";

	private static final String OUT = "#{jobParameters['" + JobParameterNames.OUT + "']}";

	private static final String FORMATS = "#{jobParameters['" + JobParameterNames.FORMATS + "']}";

	private static final String MAIL = "#{jobParameters['" + JobParameterNames.MAIL + "']}";

	private static final String JOB_INSTANCE = "#{stepExecution.jobExecution.jobInstance.instanceId}";

	/** Scope of the bound values: a new one per step execution, no proxy. */
	private static final String STEP = "step";

	@Bean
	@Scope(STEP)
	ReportRun reportRun(@Value(AGENCY) String agency, @Value(YEAR) Long year, @Value(KIND) String kind,
			@Value(OUT) String out, @Value(FORMATS) String formats, @Value(MAIL) String mail) {
		int rocYear = Math.toIntExact(year);
		return new ReportRun(agency, rocYear, kind, OutputFolder.of(Path.of(out), rocYear, agency),
				OutputFormat.parse((formats == null) ? OutputFormat.allCodes() : formats), Boolean.parseBoolean(mail));
	}

	/** Only import steps ask for it, and those run only when the job has an input folder. */
	@Bean
	@Scope(STEP)
	ImportContext importContext(ImportRuns runs, @Value(AGENCY) String agency, @Value(YEAR) Long year,
			@Value(INPUT) String input, @Value(JOB_INSTANCE) Long jobInstance) {
		int rocYear = Math.toIntExact(year);
		long importId = runs.begin(agency, rocYear, Path.of(input), jobInstance);
		return new ImportContext(importId, agency, rocYear, Path.of(input));
	}

}
