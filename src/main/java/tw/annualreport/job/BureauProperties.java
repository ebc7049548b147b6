package tw.annualreport.job;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a bureau run spreads its agencies ({@code annual-report.bureau.*}).
 *
 * @param parallelism agencies run at once in this process (default: the number of cores)
 * @param remote whether the agencies run on worker processes over RabbitMQ instead
 * ({@code --worker}; see README)
 * @param pollInterval how often a remote run's manager looks at its workers' progress
 * @param timeout how long it waits for them at most (none by default)
 */
@ConfigurationProperties("annual-report.bureau")
public record BureauProperties(Integer parallelism, boolean remote, Duration pollInterval, Duration timeout) {

	public BureauProperties {
		if (parallelism == null || parallelism < 1) {
			parallelism = Runtime.getRuntime().availableProcessors();
		}
		if (pollInterval == null) {
			pollInterval = Duration.ofSeconds(2);
		}
	}

}
