package tw.annualreport;

import org.junit.jupiter.api.Test;

import tw.annualreport.system.RunOptions;
import tw.annualreport.system.RunOptionsException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A command line that cannot start says why in one line and where the options are. */
class AnnualReportApplicationTests {

	@Test
	void noOptionAtAllSaysWhatIsMissingAndPointsToHelp() {
		RunOptionsException refused = catchThrowableOfType(RunOptionsException.class,
				() -> RunOptions.parse(new String[0]));

		assertThat(AnnualReportApplication.refusal(refused)).startsWith("錯誤：")
			.endsWith("（加上 --help 可列出所有選項）")
			.doesNotContain("\n");
	}

	@Test
	void onlyServeStartsAWebServer() {
		assertThat(AnnualReportApplication.withWebServer(new String[] { "--year=113", "--agency=KHH-ZY" }))
			.containsExactly("--year=113", "--agency=KHH-ZY");
		assertThat(AnnualReportApplication.withWebServer(new String[] { "--history" })).containsExactly("--history");
		assertThat(AnnualReportApplication.withWebServer(new String[] { "--serve", "--out=/x" }))
			.containsExactly("--serve", "--out=/x", "--spring.main.web-application-type=servlet");
		// a choice on the command line wins
		assertThat(AnnualReportApplication.withWebServer(new String[] { "--serve", "--spring.main.web-application-type=none" }))
			.containsExactly("--serve", "--spring.main.web-application-type=none");
	}

	@Test
	void aCommandLineContextHasNoWebServerNoConsoleNoBrokerAndNoMessaging() {
		// started as main starts a plain run: the auto-configurations it does not use left out
		String[] args = AnnualReportApplication.startArguments(new String[] { "--annual-report.cli.enabled=false",
				"--spring.datasource.url=jdbc:h2:mem:noweb;DB_CLOSE_DELAY=-1" });
		assertThat(args).anyMatch((a) -> a.startsWith("--spring.autoconfigure.exclude=") && a.contains("RabbitAutoConfiguration"));
		try (var context = new org.springframework.boot.builder.SpringApplicationBuilder(AnnualReportApplication.class)
			.run(args)) {
			assertThat(context).isNotInstanceOf(org.springframework.boot.web.server.context.WebServerApplicationContext.class);
			assertThat(context.getBeanNamesForType(org.springframework.security.web.SecurityFilterChain.class)).isEmpty();
			assertThat(context.getBeanNamesForAnnotation(org.springframework.stereotype.Controller.class)).isEmpty();
			// nor the console's services (its runs' executor, uploads, the pages' helpers)
			assertThat(context.getBeanNamesForType(tw.annualreport.console.ConsoleRuns.class)).isEmpty();
			assertThat(context.containsBean("rocTimes")).isFalse();
			assertThat(context.getBeanNamesForType(org.springframework.amqp.rabbit.connection.ConnectionFactory.class)).isEmpty();
			assertThat(context.getBeanNamesForType(org.thymeleaf.spring6.SpringTemplateEngine.class)).isEmpty();
			assertThat(context.getBean(tw.annualreport.bureau.BureauWorker.class)).isNotNull();
			// nor Spring Integration, which only a remote run and a worker use
			assertThat(context.getBeanNamesForType(org.springframework.integration.dsl.context.IntegrationFlowContext.class))
				.isEmpty();
		}
	}

	@Test
	void anExclusionOnTheCommandLineIsKeptBesideTheRunsOwn() {
		String[] args = AnnualReportApplication.withExclusions(new String[] { "--spring.autoconfigure.exclude=a.B" },
				java.util.List.of("c.D", "e.F"));

		assertThat(args).containsExactly("--spring.autoconfigure.exclude=a.B", "--spring.autoconfigure.exclude=c.D,e.F");
		org.springframework.core.env.StandardEnvironment environment = new org.springframework.core.env.StandardEnvironment();
		environment.getPropertySources().addFirst(new org.springframework.core.env.SimpleCommandLinePropertySource(args));
		assertThat(org.springframework.boot.context.properties.bind.Binder.get(environment)
			.bind("spring.autoconfigure.exclude", String[].class)
			.get()).containsExactly("a.B", "c.D", "e.F");
	}

}
