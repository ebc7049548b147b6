package tw.annualreport.bureau;

import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.amqp.core.AmqpTemplate;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * The manager's side of a remote bureau run ({@code annual-report.bureau.remote=true}): each
 * agency's partition goes as a request (its step execution id) to a durable RabbitMQ queue, and
 * the bureau run waits, reading the job repository, until every one has finished on some
 * {@code --worker} ({@link BureauWorker}). The request carries nothing but the id: the agency and
 * its folder are in the partition's step execution context, in the shared database. When no worker
 * answers for {@code annual-report.bureau.worker-timeout}, the agencies nobody took fail with the
 * reason, and so does an agency whose worker stopped beating ({@link WorkerHeartbeat}) with none
 * to take it again ({@link UnansweredAgencies}), instead of the run waiting for ever.
 */
@Configuration(proxyBeanMethods = false)
class RemotePartitions {

	private static final Log logger = LogFactory.getLog(RemotePartitions.class);

	static final String REMOTE_NOT_STARTED = "annual-report.bureau.remote=true 只寫在設定檔中：請在命令列加上 "
			+ "--annual-report.bureau.remote=true，或設定環境變數 ANNUAL_REPORT_BUREAU_REMOTE=true，才會連上 RabbitMQ";

	/**
	 * Spring Integration's infrastructure (channels, the flows' registry) only for a remote bureau
	 * run and a worker, the processes that carry agencies over RabbitMQ: a plain run starts faster
	 * without it (src/bench/RESULTS.md, "Start-up").
	 */
	@Configuration(proxyBeanMethods = false)
	@Conditional(RemoteOrWorker.class)
	@EnableIntegration
	static class Messaging {

	}

	/** {@code annual-report.bureau.remote=true}, or the command line's {@code --worker}. */
	static class RemoteOrWorker extends AnyNestedCondition {

		RemoteOrWorker() {
			super(ConfigurationPhase.PARSE_CONFIGURATION);
		}

		@ConditionalOnProperty(name = "annual-report.bureau.remote", havingValue = "true")
		static class Remote {

		}

		@ConditionalOnProperty(name = "worker")
		static class Worker {

		}

	}

	/** Declared on the broker by whichever process connects first, manager or worker. */
	@Bean
	Queue agencyPartitionQueue(BureauProperties properties) {
		return QueueBuilder.durable(properties.queue()).build();
	}

	@Bean
	@ConditionalOnProperty(name = "annual-report.bureau.remote", havingValue = "true")
	DirectChannel agencyRequestChannel() {
		return new DirectChannel();
	}

	@Bean
	@ConditionalOnProperty(name = "annual-report.bureau.remote", havingValue = "true")
	IntegrationFlow agencyRequestsToRabbit(DirectChannel agencyRequestChannel, ObjectProvider<AmqpTemplate> amqpTemplate,
			BureauProperties properties) {
		// RabbitMQ is started only when the command line or the environment says remote (system/StartupScope)
		AmqpTemplate template = amqpTemplate.getIfAvailable(() -> {
			throw new IllegalStateException(REMOTE_NOT_STARTED);
		});
		return IntegrationFlow.from(agencyRequestChannel)
			.handle(Amqp.outboundAdapter(template).routingKey(properties.queue()))
			.get();
	}

	@Bean
	@ConditionalOnProperty(name = "annual-report.bureau.remote", havingValue = "true")
	PartitionHandler remoteAgencyPartitionHandler(DirectChannel agencyRequestChannel, JobRepository jobRepository,
			BureauProperties properties) {
		MessageChannelPartitionHandler handler = new MessageChannelPartitionHandler() {

			@Override
			protected Set<StepExecution> doHandle(StepExecution manager, Set<StepExecution> partitions)
					throws Exception {
				logger.info(partitions.size() + " 個機關已送至 RabbitMQ 佇列「" + properties.queue()
						+ "」，由工作程序（--worker）處理");
				if (partitions.isEmpty() || properties.workerTimeout().isZero() || properties.workerTimeout().isNegative()) {
					return super.doHandle(manager, partitions);
				}
				WorkerHeartbeat.ask(jobRepository, partitions, properties.workerTimeout());
				ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor((task) -> {
					Thread thread = new Thread(task, "bureau-worker-watch");
					thread.setDaemon(true);
					return thread;
				});
				UnansweredAgencies unanswered = new UnansweredAgencies(jobRepository,
						partitions.stream().map(StepExecution::getId).collect(Collectors.toSet()),
						properties.workerTimeout(), properties.queue(), System::nanoTime);
				long every = Math.max(100, properties.pollInterval().toMillis());
				watch.scheduleWithFixedDelay(unanswered, every, every, TimeUnit.MILLISECONDS);
				try {
					return super.doHandle(manager, partitions);
				}
				finally {
					watch.shutdownNow();
				}
			}

		};
		handler.setStepName(BureauJobConfiguration.AGENCY_STEP);
		handler.setGridSize(properties.parallelism());
		handler.setJobRepository(jobRepository);
		handler.setPollInterval(properties.pollInterval().toMillis());
		handler.setMessagingOperations(new MessagingTemplate(agencyRequestChannel));
		return handler;
	}

}
