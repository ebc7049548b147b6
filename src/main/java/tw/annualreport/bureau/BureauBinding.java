package tw.annualreport.bureau;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;

import tw.annualreport.job.JobParameterNames.Bound;
import tw.annualreport.job.RunSettings;
import tw.annualreport.job.RunStarter;
import tw.annualreport.system.OutputFormat;
import tw.annualreport.system.ReportKind;

/**
 * The bureau job's values as its steps receive them, bound late per step execution: the run
 * ({@link BureauRun}, from the job's parameters) and, in a partition, its agency
 * ({@link AgencyPartition}, from the step execution context). Step-scoped without a proxy.
 */
@Configuration(proxyBeanMethods = false)
class BureauBinding {

	private static final String PARTITION_CODE = "#{stepExecutionContext['" + AgencyPartition.CODE + "']}";

	private static final String PARTITION_FOLDER = "#{stepExecutionContext['" + AgencyPartition.FOLDER + "']}";

	private static final String PARTITION_PROBLEM = "#{stepExecutionContext['" + AgencyPartition.PROBLEM + "']}";

	/** The bureau ({@code agency} of the bureau job), the year, kind, input and outputs of its agencies. */
	@Bean
	@Scope(Bound.STEP_SCOPE)
	BureauRun bureauRun(@Value(Bound.AGENCY) String parent, @Value(Bound.YEAR) Long year, @Value(Bound.KIND) String kind,
			@Value(Bound.INPUT) String input, @Value(Bound.OUT) String out, @Value(Bound.FORMATS) String formats,
			@Value(Bound.MAIL) String mail, @Value(Bound.STARTED_BY) String startedBy) {
		// its agencies' runs record who started the bureau run
		RunSettings settings = new RunSettings(Math.toIntExact(year), Path.of(out),
				OutputFormat.parse((formats == null) ? OutputFormat.allCodes() : formats), ReportKind.of(kind).isFinal(),
				Boolean.parseBoolean(mail), (startedBy == null) ? RunStarter.COMMAND_LINE : startedBy);
		return new BureauRun(parent, (input == null) ? null : Path.of(input), settings);
	}

	/** The agency of a bureau run's partition, from its step execution context. */
	@Bean
	@Scope(Bound.STEP_SCOPE)
	AgencyPartition agencyPartition(@Value(PARTITION_CODE) String code, @Value(PARTITION_FOLDER) String folder,
			@Value(PARTITION_PROBLEM) String problem) {
		return AgencyPartition.of(code, folder, problem);
	}

}
