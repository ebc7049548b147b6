package tw.annualreport.bureau;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import tw.annualreport.system.Parallelism;

/**
 * How a bureau run spreads its agencies ({@code annual-report.bureau.*}).
 *
 * @param parallelism agencies run at once in this process — by a local bureau run, or by a
 * {@code --worker} (default: the number of cores)
 * @param remote {@code true}: a bureau run sends its agencies to RabbitMQ ({@code spring.rabbitmq.*})
 * for {@code --worker} processes sharing the database and folders, instead of running them itself
 * @param queue the RabbitMQ queue the agencies of remote bureau runs go through
 * @param pollInterval how often a remote bureau run looks in the job repository for finished agencies
 * @param workerTimeout how long a remote bureau run waits with agencies sent and no {@code --worker}
 * answering — none taking a request, finishing one or giving a sign of life while it runs one —
 * before it fails the agencies nobody took, and how long an agency a worker took may go without a
 * sign of life before it is failed as its worker's having died, each with the reason (default 10
 * minutes; zero: wait for ever). A worker gives four signs of life within it, however long its agency takes
 * @param mailTo the bureau's addresses for its consolidated report ({@code --mail=true}); empty:
 * the addresses every agency of the bureau lists in its 收件信箱
 */
@ConfigurationProperties("annual-report.bureau")
public record BureauProperties(Integer parallelism, @DefaultValue("false") boolean remote,
		@DefaultValue("annual-report.bureau.partitions") String queue, @DefaultValue("2s") Duration pollInterval,
		List<String> mailTo, @DefaultValue("10m") Duration workerTimeout) {

	public BureauProperties {
		parallelism = Parallelism.of(parallelism, "annual-report.bureau.parallelism");
		mailTo = (mailTo == null) ? List.of()
				: mailTo.stream().map(String::strip).filter((a) -> !a.isEmpty()).distinct().toList();
	}

}
