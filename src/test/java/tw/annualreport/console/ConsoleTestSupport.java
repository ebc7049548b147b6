package tw.annualreport.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MockMvc;

import tw.annualreport.AnnualReportApplication;
import tw.annualreport.console.account.ConsoleAccounts;

/**
 * The console as {@code --serve} runs it (a servlet application, the real job and an in-memory H2),
 * the sample agencies KHH-ZY and KHH-SM2 (both under the bureau KHH-HB) uploaded into its input
 * folder, and its outputs under target/console-tests-N/out. N is the test JVM's number (Surefire
 * runs two side by side, {@code annual-report.test.fork} in the pom): each JVM clears and fills a
 * folder of its own, so the console's tests may run beside any other.
 */
@SpringBootTest(classes = { AnnualReportApplication.class, ConsoleTestSupport.ServeArguments.class },
		properties = { "annual-report.cli.enabled=false", "spring.main.web-application-type=servlet",
				"spring.datasource.url=jdbc:h2:mem:console-${random.uuid};DB_CLOSE_DELAY=-1",
				"annual-report.console.input=target/console-tests-${annual-report.test.fork:1}/input", "annual-report.console.max-files=10",
				"annual-report.console.max-file-size=200KB", "logging.level.tw.annualreport=WARN" })
@AutoConfigureMockMvc
abstract class ConsoleTestSupport {

	static final Path ROOT = Path.of("target/console-tests-" + System.getProperty("annual-report.test.fork", "1"));

	static final Path INPUT = ROOT.resolve("input");

	static final Path OUT = ROOT.resolve("out");

	static {
		deleteTree(ROOT);
		copyTree(Path.of("config/sample/113/KHH-ZY"), INPUT.resolve("KHH-ZY"));
		copyTree(Path.of("config/sample/113/KHH-SM2"), INPUT.resolve("KHH-SM2"));
	}

	/**
	 * The command line {@code --serve} was started with, as the console reads it (its output folder
	 * and formats); a bean because annotation arguments cannot name the JVM's own folder.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class ServeArguments {

		@Bean
		@Primary
		ApplicationArguments serveArguments() {
			return new DefaultApplicationArguments("--out=" + OUT, "--formats=pdf,json");
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	ConsoleAccounts accounts;

	/** An officer as the sign-in makes them (the password does not matter here). */
	static ConsoleOfficer officer(String username, tw.annualreport.console.account.ConsoleRole role, String code) {
		return new ConsoleOfficer(new tw.annualreport.console.account.ConsoleAccount(username, "x", role, code, 0, null),
				false);
	}

	static ConsoleOfficer agencyOfficer(String code) {
		return officer("officer-" + code, tw.annualreport.console.account.ConsoleRole.AGENCY, code);
	}

	static ConsoleOfficer bureauOfficer(String code) {
		return officer("bureau-" + code, tw.annualreport.console.account.ConsoleRole.BUREAU, code);
	}

	static void copyTree(Path from, Path to) {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void deleteTree(Path root) {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> files = Files.walk(root)) {
			files.sorted(Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
