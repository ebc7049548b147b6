package tw.annualreport.support;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * The real RabbitMQ broker of the integration tests: 127.0.0.1:5672, guest/guest, or
 * RABBITMQ_HOST/RABBITMQ_PORT. Unreachable, a test is skipped, unless CI=true.
 */
public final class RabbitMq {

	public static final String HOST = env("RABBITMQ_HOST", "127.0.0.1");

	public static final int PORT = Integer.parseInt(env("RABBITMQ_PORT", "5672"));

	private RabbitMq() {
	}

	/** Checks the broker answers; aborts (or fails on CI) when it does not. */
	public static void required() {
		withAdmin((admin) -> admin.getQueueInfo("amq.rabbitmq.reply-to"));
	}

	/** Removes a queue a test made. */
	public static void deleteQueue(String name) {
		withAdmin((admin) -> admin.deleteQueue(name));
	}

	private static void withAdmin(java.util.function.Consumer<RabbitAdmin> action) {
		CachingConnectionFactory connections = new CachingConnectionFactory(HOST, PORT);
		try {
			action.accept(new RabbitAdmin(connections));
		}
		catch (RuntimeException ex) {
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail("RabbitMQ at " + HOST + ":" + PORT + " is required on CI: " + ex.getMessage(), ex);
			}
			abort("RabbitMQ at " + HOST + ":" + PORT + " is not reachable (" + ex.getMessage()
					+ "); set CI=true to make this a failure");
		}
		finally {
			connections.destroy();
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
