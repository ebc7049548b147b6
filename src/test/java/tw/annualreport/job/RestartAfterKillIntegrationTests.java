package tw.annualreport.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §6 "a run that failed or was killed is resumed by running the same command again, and
 * ends with the same files as an uninterrupted run", on the packaged jar as the officer runs
 * it: each run is a separate JVM in its own working directory (its own ./data H2 file database
 * and output folder). The job is killed like {@code kill -9} in the middle of an import step,
 * its rows written but their transaction not committed
 * ({@code -Dannual-report.debug.halt-in-step=importSurveyResponsesStep}, {@code halt-at=write},
 * exit 137), then the same command is run again. A crash in every other step, in this JVM:
 * {@link ResumeAfterCrashTests}.
 */
class RestartAfterKillIntegrationTests {

	private static final String AGENCY = "KHH-ZY";

	private static final String KILLED_STEP = "importSurveyResponsesStep";

	private static final long LAUNCH_LIMIT_MINUTES = 10;

	@TempDir
	Path temp;

	@Test
	void aRunKilledInTheMiddleOfAnImportStepIsResumedBySameCommandAndEndsWithTheSameFiles() throws Exception {
		Path jar = Path.of("target", "annual-report.jar").toAbsolutePath();
		assertThat(jar).as("the packaged jar (mvn package)").isRegularFile();
		Path plain = workingDirectory("uninterrupted");
		Path dir = workingDirectory("killed");
		// two machines' worth of work at once: the uninterrupted run beside the one to kill
		Started uninterruptedStarted = start(jar, plain, List.of());
		Launch killed = start(jar, dir, List.of("-Dannual-report.debug.halt-in-step=" + KILLED_STEP,
				"-Dannual-report.debug.halt-at=write")).await();
		Launch uninterrupted = uninterruptedStarted.await();
		assertThat(uninterrupted.exitCode).as(uninterrupted.toString()).isZero();
		RecordedExecutions.Execution reference = RecordedExecutions.inWorkingDirectory(plain).only();
		assertThat(reference.status()).isEqualTo("COMPLETED");
		assertThat(reference.steps()).containsKey(KILLED_STEP);

		assertThat(killed.exitCode).as("halted in " + KILLED_STEP + ": " + killed).isEqualTo(137);
		RecordedExecutions afterKill = RecordedExecutions.inWorkingDirectory(dir);
		ResumeChecks.assertLeftRunning(KILLED_STEP, afterKill, reference);
		assertThat(afterKill.only().steps()).containsEntry(KILLED_STEP, "STARTED");
		JdbcTemplate jdbc = RecordedExecutions.jdbc(RecordedExecutions.databaseIn(dir));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_question", Long.class))
			.as("the rows of the step before, committed").isPositive();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_response", Long.class))
			.as("the killed step's rows, written in a transaction that never committed").isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM run_lock", Long.class)).as("the dead run's lock").isOne();

		Launch resumed = start(jar, dir, List.of()).await();
		assertThat(resumed.exitCode).as("the same command again: " + resumed).isZero();

		ResumeChecks.assertResumed(KILLED_STEP, RecordedExecutions.inWorkingDirectory(dir), reference, AGENCY);
		ResumeChecks.assertSameOutputs(output(dir), ResumeChecks.Outputs.of(output(plain)));
		assertThat(ResumeChecks.headline(AGENCY, resumed.out)).as("the summary line the officer reads")
			.isEqualTo(ResumeChecks.headline(AGENCY, uninterrupted.out));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM run_lock", Long.class)).as("lock released").isZero();
	}

	private Path workingDirectory(String name) {
		Path dir = this.temp.resolve(name);
		AgencyFolders.copy(AgencyFolders.SAMPLE_KHH_ZY, dir.resolve("in").resolve(AGENCY));
		return dir;
	}

	private static Path output(Path dir) {
		return dir.resolve("out").resolve("113").resolve(AGENCY);
	}

	/**
	 * One JVM running the jar in {@code dir} as the README says, with these JVM options. It is
	 * given the quick-starting JIT settings of a short run (C1 only, serial GC), which change how
	 * fast it runs, not what it does.
	 */
	private static Started start(Path jar, Path dir, List<String> jvmOptions) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
		command.add("-Dfile.encoding=UTF-8");
		command.add("-Dsun.stdout.encoding=UTF-8");
		command.add("-Dsun.stderr.encoding=UTF-8");
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", jar.toString(), "--year=113", "--agency=" + AGENCY, "--input=in/" + AGENCY,
				"--out=out"));
		int n = (int) Files.list(dir).filter((p) -> p.getFileName().toString().startsWith("stdout-")).count();
		Path stdout = dir.resolve("stdout-" + n + ".txt");
		Path stderr = dir.resolve("stderr-" + n + ".txt");
		Process process = new ProcessBuilder(command).directory(dir.toFile())
			.redirectOutput(stdout.toFile())
			.redirectError(stderr.toFile())
			.start();
		return new Started(process, command, stdout, stderr);
	}

	private record Started(Process process, List<String> command, Path stdout, Path stderr) {

		Launch await() throws IOException, InterruptedException {
			if (!this.process.waitFor(LAUNCH_LIMIT_MINUTES, TimeUnit.MINUTES)) {
				this.process.destroyForcibly().waitFor();
				throw new AssertionError("the run did not end: " + String.join(" ", this.command));
			}
			return new Launch(this.process.exitValue(), Files.readString(this.stdout, StandardCharsets.UTF_8),
					Files.readString(this.stderr, StandardCharsets.UTF_8));
		}

	}

	private record Launch(int exitCode, String out, String err) {

		@Override
		public String toString() {
			return "exit " + exitCode + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
		}

	}

}
