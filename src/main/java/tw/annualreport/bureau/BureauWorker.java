package tw.annualreport.bureau;

import tw.annualreport.system.Resident;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.amqp.support.converter.SimpleMessageConverter;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.context.IntegrationFlowContext;
import org.springframework.stereotype.Component;

/**
 * {@code --worker}: stays up and runs agencies of remote bureau runs, taken one at a time per
 * thread ({@code annual-report.bureau.parallelism}) from the RabbitMQ queue. A request is
 * acknowledged only when its agency has finished, so a worker that dies leaves it to another.
 * Only this process's consumers connect: an ordinary run never opens a broker connection.
 */
@Component
public class BureauWorker {

	private static final Log logger = LogFactory.getLog(BureauWorker.class);

	// only a --worker has one: other commands start without RabbitMQ (system/StartupScope)
	private final ObjectProvider<ConnectionFactory> connectionFactory;

	// Spring Integration starts only for a worker and a remote run (RemotePartitions.Messaging)
	private final ObjectProvider<IntegrationFlowContext> flows;

	private final AgencyRequests requests;

	private final BureauProperties properties;

	private final Resident resident = new Resident();

	BureauWorker(ObjectProvider<ConnectionFactory> connectionFactory, ObjectProvider<IntegrationFlowContext> flows,
			AgencyRequests requests, BureauProperties properties) {
		this.connectionFactory = connectionFactory;
		this.flows = flows;
		this.requests = requests;
		this.properties = properties;
	}

	/** Consumes requests until the process is stopped. */
	public void serve() {
		SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(this.connectionFactory.getObject());
		container.setQueueNames(this.properties.queue());
		// one request at a time per consumer: the others wait in the queue for any free worker
		container.setPrefetchCount(1);
		container.setConcurrentConsumers(this.properties.parallelism());
		SimpleMessageConverter converter = new SimpleMessageConverter();
		// the requests are Java-serialised: nothing else is ever deserialised
		converter.setAllowedListPatterns(List.of(StepExecutionRequest.class.getName()));
		IntegrationFlow flow = IntegrationFlow.from(Amqp.inboundAdapter(container).messageConverter(converter))
			.handle(StepExecutionRequest.class, (request, headers) -> {
				this.requests.handle(request);
				return null;
			})
			.get();
		IntegrationFlowContext.IntegrationFlowRegistration registration = this.flows.getObject().registration(flow).register();
		logger.info("工作程序已啟動：自 RabbitMQ 佇列「" + this.properties.queue() + "」接收機關工作，同時處理 "
				+ this.properties.parallelism() + " 個");
		try {
			this.resident.await();
		}
		finally {
			registration.destroy();
		}
	}

	void stop() {
		this.resident.stop();
	}

}
