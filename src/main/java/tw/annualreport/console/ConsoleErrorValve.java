package tw.annualreport.console;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The page of a request Tomcat refuses before the console sees it (an encoded {@code ../} or
 * {@code \} in the path, a NUL): the same Chinese page as {@link ConsoleErrorController}'s, in place of
 * Tomcat's English report. Replaces every error report valve of the host.
 */
class ConsoleErrorValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		ConsoleErrorPage page = ConsoleErrorPage.of(status);
		try {
			response.setContentType("text/html");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(html(page));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client has gone: nothing left to tell it
		}
	}

	static String html(ConsoleErrorPage page) {
		return """
				<!DOCTYPE html>
				<html lang="zh-Hant-TW"><head><meta charset="UTF-8"><title>%1$s｜提升服務成果報告</title>
				<link rel="stylesheet" href="/css/console.css"></head>
				<body><header class="top"><a href="/" class="brand">提升服務成果報告　主控台</a></header>
				<main class="narrow"><h1>%1$s</h1><p>%2$s</p><p><a href="/">回到首頁</a></p></main></body></html>
				""".formatted(HtmlUtils.htmlEscape(page.title()), HtmlUtils.htmlEscape(page.message()));
	}

	/** Puts the valve on the host in place of Tomcat's and Spring Boot's error report valves. */
	@Component
	@ConditionalOnWebApplication
	static class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addContextCustomizers((context) -> {
				Container host = context.getParent();
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve) {
						host.getPipeline().removeValve(valve);
					}
				}
				host.getPipeline().addValve(new ConsoleErrorValve());
				if (host instanceof StandardHost standard) {
					standard.setErrorReportValveClass(ConsoleErrorValve.class.getName());
				}
			});
		}

		/** After Spring Boot's own customizer, which adds its valve. */
		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
