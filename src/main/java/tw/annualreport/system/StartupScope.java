package tw.annualreport.system;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Which of Spring Boot's auto-configurations a command line does not need, so that a run starts
 * only what it uses. A plain run, {@code --history}, {@code --resend} and {@code --add-user} need
 * no web server, no login, no page templates and no broker: their auto-configurations are left
 * out by module (Boot 4 puts each in its own package), which a Boot upgrade cannot silently
 * outgrow the way a list of class names can. {@code --serve} keeps everything; {@code --worker}
 * and a remote bureau run ({@code annual-report.bureau.remote=true}) keep RabbitMQ.
 */
public final class StartupScope {

	/** Parts of Spring Boot a run may not need, by the package of their auto-configurations. */
	public enum Part {

		WEB("org.springframework.boot.webmvc.", "org.springframework.boot.tomcat.", "org.springframework.boot.servlet.",
				"org.springframework.boot.http.converter."),
		SECURITY("org.springframework.boot.security."),
		THYMELEAF("org.springframework.boot.thymeleaf."),
		AMQP("org.springframework.boot.amqp.");

		private final List<String> packages;

		Part(String... packages) {
			this.packages = List.of(packages);
		}

		boolean configures(String autoConfiguration) {
			return this.packages.stream().anyMatch(autoConfiguration::startsWith);
		}

	}

	static final String REMOTE = "annual-report.bureau.remote";

	private StartupScope() {
	}

	/**
	 * The parts a command line leaves out.
	 * @param environment the process environment ({@code System::getenv}): a remote bureau run may
	 * be switched on there ({@code ANNUAL_REPORT_BUREAU_REMOTE=true}) as well as on the command line
	 */
	public static Set<Part> unused(String[] args, UnaryOperator<String> environment) {
		List<String> line = Arrays.asList(args);
		if (line.contains("--serve") || webServerAsked(line)) {
			return EnumSet.noneOf(Part.class);
		}
		Set<Part> unused = EnumSet.of(Part.WEB, Part.SECURITY, Part.THYMELEAF, Part.AMQP);
		if (line.contains("--worker") || remote(line, environment)) {
			unused.remove(Part.AMQP);
		}
		return unused;
	}

	/** The auto-configurations of {@code candidates} (every one on the class path) that belong to an unused part. */
	public static List<String> excluded(String[] args, UnaryOperator<String> environment, List<String> candidates) {
		Set<Part> unused = unused(args, environment);
		return candidates.stream().filter((c) -> unused.stream().anyMatch((p) -> p.configures(c))).sorted().toList();
	}

	/** A web-application-type other than none given on the command line starts a web server anyway. */
	private static boolean webServerAsked(List<String> line) {
		return line.stream()
			.filter((a) -> a.startsWith("--spring.main.web-application-type="))
			.anyMatch((a) -> !a.substring(a.indexOf('=') + 1).strip().equalsIgnoreCase("none"));
	}

	/**
	 * Remote on the command line, as a system property or in the environment. Set only in a
	 * configuration file, the run fails at start saying where to set it (bureau/RemotePartitions).
	 */
	private static boolean remote(List<String> line, UnaryOperator<String> environment) {
		String value = line.stream()
			.filter((a) -> a.startsWith("--" + REMOTE + "="))
			.reduce((first, last) -> last)
			.map((a) -> a.substring(a.indexOf('=') + 1))
			.orElseGet(() -> System.getProperty(REMOTE, environment.apply("ANNUAL_REPORT_BUREAU_REMOTE")));
		return value != null && value.strip().toLowerCase(Locale.ROOT).equals("true");
	}

}
