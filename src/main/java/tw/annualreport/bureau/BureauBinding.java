package tw.annualreport.bureau;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;

import tw.annualreport.job.JobParameterNames;
import tw.annualreport.job.RunSettings;
import tw.annualreport.system.OutputFormat;
import tw.annualreport.system.ReportKind;

/**
 * The bureau job's values as its steps receive them, bound late per step execution: the run
 * ({@link BureauRun}, from the job's parameters) and, in a partition, its agency
 * ({@link AgencyPartition}, from the step execution context). Step-scoped without a proxy.
 */
@Configuration(proxyBeanMethods = false)
class BureauBinding {

	private static final String PARENT = "#{jobParameters['" + JobParameterNames.AGENCY + "']}";

	private static final String YEAR = "#{jobParameters['" + JobParameterNames.YEAR + "']}";

	private static final String KIND = "#{jobParameters['" + JobParameterNames.KIND + "']}";

	private static final String INPUT = "#{jobParameters['" + JobParameterNames.INPUT + "']}";

	private static final String OUT = "#{jobParameters['" + JobParameterNames.OUT + "']}";

	private static final String FORMATS = "#{jobParameters['" + JobParameterNames.FORMATS + "']}";

	private static final String MAIL = "#{jobParameters['" + JobParameterNames.MAIL + "']}";

	private static final String PARTITION_CODE = "#{stepExecutionContext['" + AgencyPartition.CODE + "']}";

	private static final String PARTITION_FOLDER = "#{stepExecutionContext['" + AgencyPartition.FOLDER + "']}";

	private static final String PARTITION_PROBLEM = "#{stepExecutionContext['" + AgencyPartition.PROBLEM + "']}";

	/** A new one per step execution, no proxy. */
	private static final String STEP = "step";

	/** The bureau ({@code agency} of the bureau job), the year, kind, input and outputs of its agencies. */
	@Bean
	@Scope(STEP)
	BureauRun bureauRun(@Value(PARENT) String parent, @Value(YEAR) Long year, @Value(KIND) String kind,
			@Value(INPUT) String input, @Value(OUT) String out, @Value(FORMATS) String formats,
			@Value(MAIL) String mail) {
		RunSettings settings = new RunSettings(Math.toIntExact(year), Path.of(out),
				OutputFormat.parse((formats == null) ? OutputFormat.allCodes() : formats), ReportKind.of(kind).isFinal(),
				Boolean.parseBoolean(mail));
		return new BureauRun(parent, (input == null) ? null : Path.of(input), settings);
	}

	/** The agency of a bureau run's partition, from its step execution context. */
	@Bean
	@Scope(STEP)
	AgencyPartition agencyPartition(@Value(PARTITION_CODE) String code, @Value(PARTITION_FOLDER) String folder,
			@Value(PARTITION_PROBLEM) String problem) {
		return AgencyPartition.of(code, folder, problem);
	}

}
