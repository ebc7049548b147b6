package tw.annualreport.system;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;

import tw.annualreport.system.StartupScope.Part;

import static org.assertj.core.api.Assertions.assertThat;

/** A run starts only the parts of Spring Boot its command uses. */
class StartupScopeTests {

	private static final List<String> CANDIDATES = ImportCandidates
		.load(AutoConfiguration.class, StartupScopeTests.class.getClassLoader())
		.getCandidates();

	private static final String[] PLAIN = { "--year=113", "--agency=KHH-ZY", "--input=config/sample/113" };

	private static List<String> excluded(Map<String, String> environment, String... args) {
		return StartupScope.excluded(args, environment::get, CANDIDATES);
	}

	@Test
	void aPlainRunLeavesOutTheWebServerLoginTemplatesAndTheBroker() {
		List<String> excluded = excluded(Map.of(), PLAIN);

		assertThat(excluded).contains("org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration",
				"org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
				"org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration",
				"org.springframework.boot.servlet.autoconfigure.MultipartAutoConfiguration",
				"org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
				// application.yml's own exclusion, which the command line's replaces
				"org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
				"org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration",
				"org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration");
		// what a run does use
		assertThat(excluded).noneMatch((c) -> c.contains(".jdbc.") || c.contains(".batch.") || c.contains(".flyway.")
				|| c.contains(".mail.") || c.contains(".transaction.") || c.contains(".jackson."));
		assertThat(excluded).allMatch(CANDIDATES::contains);
	}

	@Test
	void historyResendAndAddUserStartAsLittleAsARun() {
		for (String[] args : List.of(new String[] { "--history" }, new String[] { "--resend", "--year=113", "--agency=KHH-ZY" },
				new String[] { "--add-user=zy", "--role=agency", "--agency=KHH-ZY" })) {
			assertThat(StartupScope.unused(args, (name) -> null)).as(String.join(" ", args))
				.containsExactlyInAnyOrder(Part.WEB, Part.SECURITY, Part.THYMELEAF, Part.AMQP);
		}
	}

	@Test
	void serveStartsEverything() {
		assertThat(excluded(Map.of(), "--serve")).isEmpty();
		assertThat(excluded(Map.of(), "--history", "--spring.main.web-application-type=servlet")).isEmpty();
	}

	@Test
	void aWorkerAndARemoteBureauRunKeepRabbitMq() {
		assertThat(StartupScope.unused(new String[] { "--worker" }, (name) -> null)).containsExactlyInAnyOrder(Part.WEB,
				Part.SECURITY, Part.THYMELEAF);
		assertThat(excluded(Map.of(), "--year=113", "--agency=all", "--parent=KHH-HB", "--annual-report.bureau.remote=true"))
			.noneMatch((c) -> c.contains(".amqp."))
			.contains("org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration");
		assertThat(excluded(Map.of("ANNUAL_REPORT_BUREAU_REMOTE", "true"), "--year=113", "--agency=all", "--parent=KHH-HB"))
			.noneMatch((c) -> c.contains(".amqp."));
		// the command line wins over the environment
		assertThat(excluded(Map.of("ANNUAL_REPORT_BUREAU_REMOTE", "true"), "--year=113", "--agency=KHH-ZY",
				"--annual-report.bureau.remote=false"))
			.contains("org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration");
	}

}
