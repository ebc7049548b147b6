package tw.annualreport.console;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code --serve} says where the console is, once its web server listens: 「網頁主控台：http://127.0.0.1:8080/」
 * (the port it really got, the address officers type, the context path).
 */
@Component
@ConditionalOnWebApplication
class ConsoleAddress {

	private final Environment environment;

	ConsoleAddress(Environment environment) {
		this.environment = environment;
	}

	@EventListener
	void listening(WebServerInitializedEvent event) {
		if (event.getApplicationContext().getServerNamespace() != null) {
			return;
		}
		System.out.println("網頁主控台：" + url(this.environment.getProperty("server.address"), event.getWebServer().getPort(),
				this.environment.getProperty("server.servlet.context-path", "")));
	}

	/** A server bound to every address is reached by the machine's name. */
	static String url(String address, int port, String contextPath) {
		String host = address;
		if (host == null || host.isBlank() || host.equals("0.0.0.0") || host.equals("::")) {
			host = hostName();
		}
		else if (host.contains(":")) {
			host = "[" + host + "]";
		}
		String path = (contextPath == null || contextPath.isBlank()) ? "" : contextPath.replaceAll("/+$", "");
		return "http://" + host + ":" + port + path + "/";
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "localhost";
		}
	}

}
