package tw.annualreport.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar ({@code mvn package}) run as the officer runs it, through the launcher
 * {@code target/annual-report} with its class-data archive: one JVM per command, in its own
 * working directory, its standard output and error kept in files there. Given the
 * quick-starting JIT settings of a short run (C1 only, serial GC), which change how fast it
 * runs, not what it does.
 */
public final class PackagedJar {

	private static final long LAUNCH_LIMIT_MINUTES = 10;

	private static final long START_LIMIT_MINUTES = 3;

	/** The report date of the tests' configuration, so processes either side of midnight agree. */
	private static final String REPORT_DATE = "annual-report.report.date";

	private static final Properties TEST_CONFIGURATION = testConfiguration();

	private PackagedJar() {
	}

	private static Properties testConfiguration() {
		Properties properties = new Properties();
		try (var in = PackagedJar.class.getResourceAsStream("/config/application.properties")) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

	public static Path jar() {
		Path jar = Path.of("target", "annual-report.jar").toAbsolutePath();
		assertThat(jar).as("the packaged jar (mvn package)").isRegularFile();
		return jar;
	}

	/** The agency the jar tests run: the sample's. */
	public static final String SAMPLE_AGENCY = "KHH-ZY";

	/**
	 * A working directory of its own for a run of the jar, as the officer has one: the sample
	 * agency's folder in {@code in/KHH-ZY} (the run's ./data and out/ go beside it).
	 */
	public static Path sampleWorkingDirectory(Path dir) {
		AgencyFolders.copy(AgencyFolders.SAMPLE_KHH_ZY, dir.resolve("in").resolve(SAMPLE_AGENCY));
		return dir;
	}

	/** Where a run in such a directory writes the sample agency's files of 113 ({@code --out=out}). */
	public static Path sampleOutput(Path dir) {
		return dir.resolve("out").resolve("113").resolve(SAMPLE_AGENCY);
	}

	/** The launcher script beside the jar ({@code mvn package} copies src/main/launcher/annual-report there). */
	public static Path launcher() {
		Path launcher = jar().resolveSibling("annual-report");
		assertThat(launcher).as("the launcher (mvn package)").isExecutable();
		return launcher;
	}

	/** The JVM options of every test launch: the quick-starting JIT, UTF-8, the tests' report date. */
	private static List<String> testJvmOptions(List<String> jvmOptions) {
		List<String> options = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
		options.add("-Dfile.encoding=UTF-8");
		options.add("-Dsun.stdout.encoding=UTF-8");
		options.add("-Dsun.stderr.encoding=UTF-8");
		options.add("-D" + REPORT_DATE + "=" + TEST_CONFIGURATION.getProperty(REPORT_DATE));
		options.addAll(jvmOptions);
		return options;
	}

	/**
	 * Starts {@code annual-report <args>} (the launcher) in {@code dir}, with {@code jvmOptions} in
	 * {@code JAVA_OPTS}. The launcher's archive of the jar (target/.annual-report-cds) is made
	 * before the first start of a test JVM, so that jars started side by side all find it made.
	 */
	public static Started start(Path dir, List<String> jvmOptions, List<String> args) throws IOException {
		Archive.made();
		return startLauncher(launcher(), dir, jvmOptions, Map.of(), args);
	}

	/** Starts {@code java <jvmOptions> -jar annual-report.jar <args>} in {@code dir}: the jar itself, no launcher. */
	public static Started startJar(Path dir, List<String> jvmOptions, List<String> args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(testJvmOptions(jvmOptions));
		command.addAll(List.of("-jar", jar().toString()));
		command.addAll(args);
		return start(dir, command, Map.of());
	}

	/**
	 * Starts {@code <launcher> <args>} in {@code dir}, as an officer starts it, the JVM options in
	 * {@code JAVA_OPTS} and this JVM's java as {@code JAVA_HOME}; {@code environment} adds to the environment.
	 */
	public static Started startLauncher(Path launcher, Path dir, List<String> jvmOptions, Map<String, String> environment,
			List<String> args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(launcher.toString());
		command.addAll(args);
		Map<String, String> env = new HashMap<>(environment);
		env.put("JAVA_HOME", System.getProperty("java.home"));
		env.put("JAVA_OPTS", String.join(" ", testJvmOptions(jvmOptions)));
		return start(dir, command, env);
	}

	/**
	 * Starts {@code annual-report <args>} (the launcher beside the jar) in {@code dir} with {@code javaOpts}
	 * as the whole of {@code JAVA_OPTS}, none of the tests' own options: to see what the launcher itself chooses.
	 */
	public static Started startLauncherWithOnly(Path dir, String javaOpts, List<String> args) throws IOException {
		Archive.made();
		List<String> command = new ArrayList<>();
		command.add(launcher().toString());
		command.addAll(args);
		return start(dir, command, Map.of("JAVA_HOME", System.getProperty("java.home"), "JAVA_OPTS", javaOpts));
	}

	private static Started start(Path dir, List<String> command, Map<String, String> environment) throws IOException {
		Files.createDirectories(dir);
		int n;
		try (var files = Files.list(dir)) {
			n = (int) files.filter((p) -> p.getFileName().toString().startsWith("stdout-")).count();
		}
		Path stdout = dir.resolve("stdout-" + n + ".txt");
		Path stderr = dir.resolve("stderr-" + n + ".txt");
		ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
			.redirectOutput(stdout.toFile())
			.redirectError(stderr.toFile());
		builder.environment().putAll(environment);
		Process process = builder.start();
		return new Started(process, command, stdout, stderr);
	}

	/** The launcher's extraction and archive of the jar, made (or found up to date) once per test JVM. */
	private static final class Archive {

		private static final Launch MADE = make();

		/**
		 * Held under a lock file beside the jar: the two Failsafe JVMs start at once, and the one
		 * that comes second finds the archive made instead of training a second one beside it.
		 */
		private static Launch make() {
			try (FileChannel lock = FileChannel.open(jar().resolveSibling(".annual-report-cds.lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE); FileLock held = lock.lock()) {
				Launch launch = startLauncher(launcher(), Files.createTempDirectory("annual-report-cds"), List.of(), Map.of(),
						List.of("--help")).await();
				assertThat(launch.exitCode()).as("the launcher's archive: " + launch).isZero();
				return launch;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		static void made() {
			assertThat(MADE.exitCode()).isZero();
		}

	}

	public record Started(Process process, List<String> command, Path stdout, Path stderr) {

		/** Waits for the process to end (at most ten minutes). */
		public Launch await() throws IOException, InterruptedException {
			if (!this.process.waitFor(LAUNCH_LIMIT_MINUTES, TimeUnit.MINUTES)) {
				this.process.destroyForcibly().waitFor();
				throw new AssertionError("the run did not end: " + String.join(" ", this.command));
			}
			return launch();
		}

		/**
		 * Waits until a line of its standard output matches, or it ended, or
		 * three minutes passed (processes start side by side, on a loaded machine too:
		 * RemoteBureauIntegrationTests).
		 */
		public void awaitLine(Predicate<String> line) throws IOException, InterruptedException {
			long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(START_LIMIT_MINUTES);
			while (System.nanoTime() < until) {
				if (Files.readString(this.stdout, StandardCharsets.UTF_8).lines().anyMatch(line)) {
					return;
				}
				if (!this.process.isAlive()) {
					throw new AssertionError("ended before the expected line: " + launch());
				}
				Thread.sleep(200);
			}
			throw new AssertionError("no expected line within " + START_LIMIT_MINUTES + " minutes: " + launch());
		}

		/** Stops it like SIGTERM and waits for it to end. */
		public Launch stop() throws IOException, InterruptedException {
			this.process.destroy();
			if (!this.process.waitFor(1, TimeUnit.MINUTES)) {
				this.process.destroyForcibly().waitFor();
			}
			return launch();
		}

		private Launch launch() throws IOException {
			return new Launch(this.process.isAlive() ? -1 : this.process.exitValue(),
					Files.readString(this.stdout, StandardCharsets.UTF_8),
					Files.readString(this.stderr, StandardCharsets.UTF_8));
		}

	}

	public record Launch(int exitCode, String out, String err) {

		@Override
		public String toString() {
			return "exit " + exitCode + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
		}

	}

}
