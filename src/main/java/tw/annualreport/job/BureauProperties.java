package tw.annualreport.job;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a bureau run spreads its agencies ({@code annual-report.bureau.*}).
 *
 * @param parallelism agencies run at once in this process (default: the number of cores)
 */
@ConfigurationProperties("annual-report.bureau")
public record BureauProperties(Integer parallelism) {

	public BureauProperties {
		if (parallelism == null || parallelism < 1) {
			parallelism = Runtime.getRuntime().availableProcessors();
		}
	}

}
