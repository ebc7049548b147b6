package tw.annualreport.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real SMTP server (GreenMail) on a free port of 127.0.0.1, fresh for each test: register it as
 * a static {@code @RegisterExtension} and hand {@link #port()} to {@code spring.mail.port}.
 */
public final class TestSmtp implements BeforeEachCallback, AfterEachCallback {

	private final int port = freePort();

	private GreenMail server;

	public int port() {
		return this.port;
	}

	/** Stops the server before the test ends: the port refuses connections, as a server that is down. */
	public void stop() {
		this.server.stop();
	}

	/** Starts a fresh server on the same port after {@link #stop()}. */
	public void restart() {
		this.server = new GreenMail(new ServerSetup(this.port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.server.start();
	}

	/** Every message received, one per recipient. */
	public MimeMessage[] received() {
		return this.server.getReceivedMessages();
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		this.server = new GreenMail(new ServerSetup(this.port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.server.start();
	}

	@Override
	public void afterEach(ExtensionContext context) {
		this.server.stop();
	}

	/** A message's subject, for filters. */
	public static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
