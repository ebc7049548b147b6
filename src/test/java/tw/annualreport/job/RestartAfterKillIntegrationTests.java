package tw.annualreport.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

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

	private static final String AGENCY = PackagedJar.SAMPLE_AGENCY;

	private static final String KILLED_STEP = "importSurveyResponsesStep";

	@TempDir
	Path temp;

	@Test
	void aRunKilledInTheMiddleOfAnImportStepIsResumedBySameCommandAndEndsWithTheSameFiles() throws Exception {
		Path jar = PackagedJar.jar();
		Path plain = workingDirectory("uninterrupted");
		Path dir = workingDirectory("killed");
		// two machines' worth of work at once: the uninterrupted run beside the one to kill
		PackagedJar.Started uninterruptedStarted = start(jar, plain, List.of());
		PackagedJar.Launch killed = start(jar, dir, List.of("-Dannual-report.debug.halt-in-step=" + KILLED_STEP,
				"-Dannual-report.debug.halt-at=write")).await();
		PackagedJar.Launch uninterrupted = uninterruptedStarted.await();
		assertThat(uninterrupted.exitCode()).as(uninterrupted.toString()).isZero();
		RecordedExecutions.Execution reference = RecordedExecutions.inWorkingDirectory(plain).only();
		assertThat(reference.status()).isEqualTo("COMPLETED");
		assertThat(reference.steps()).containsKey(KILLED_STEP);

		assertThat(killed.exitCode()).as("halted in " + KILLED_STEP + ": " + killed).isEqualTo(137);
		RecordedExecutions afterKill = RecordedExecutions.inWorkingDirectory(dir);
		ResumeChecks.assertLeftRunning(KILLED_STEP, afterKill, reference);
		assertThat(afterKill.only().steps()).containsEntry(KILLED_STEP, "STARTED");
		JdbcTemplate jdbc = RecordedExecutions.jdbc(RecordedExecutions.databaseIn(dir));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_question", Long.class))
			.as("the rows of the step before, committed").isPositive();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_response", Long.class))
			.as("the killed step's rows, written in a transaction that never committed").isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM run_lock", Long.class)).as("the dead run's lock").isOne();

		PackagedJar.Launch resumed = start(jar, dir, List.of()).await();
		assertThat(resumed.exitCode()).as("the same command again: " + resumed).isZero();

		ResumeChecks.assertResumed(KILLED_STEP, RecordedExecutions.inWorkingDirectory(dir), reference, AGENCY);
		ResumeChecks.assertSameOutputs(PackagedJar.sampleOutput(dir), ResumeChecks.Outputs.of(PackagedJar.sampleOutput(plain)));
		assertThat(ResumeChecks.headline(AGENCY, resumed.out())).as("the summary line the officer reads")
			.isEqualTo(ResumeChecks.headline(AGENCY, uninterrupted.out()));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM run_lock", Long.class)).as("lock released").isZero();
	}

	private Path workingDirectory(String name) {
		return PackagedJar.sampleWorkingDirectory(this.temp.resolve(name));
	}

	private static PackagedJar.Started start(Path jar, Path dir, List<String> jvmOptions) throws IOException {
		return PackagedJar.start(dir, jvmOptions,
				// the files compared (summary.json, rejects.csv, the PDF's text) and no other format
				List.of("--year=113", "--agency=" + AGENCY, "--input=in/" + AGENCY, "--out=out", "--formats=pdf,json"));
	}

}
