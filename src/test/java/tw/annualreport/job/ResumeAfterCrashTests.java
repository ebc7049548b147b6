package tw.annualreport.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.step.ListableStepLocator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §6 "a run that failed or was killed is resumed by running the same command again, and
 * ends with the same files as an uninterrupted run", for every step of the job as the job
 * defines them (a new step is tried without a word, a renamed one cannot drop out). Each try is
 * the command line in this JVM on a database of its own: it crashes at the start of the step
 * ({@link CrashAtStepStart}: the repository left as a kill leaves it, the run lock held by a
 * dead process), then the same command is run again and must recover, resume and end with the
 * uninterrupted run's summary.json, rejects.csv and report text. The packaged jar really killed
 * is {@link RestartAfterKillIntegrationTests}.
 */
@SpringBootTest(properties = "annual-report.cli.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResumeAfterCrashTests {

	private static final String AGENCY = "KHH-ZY";

	private static final int YEAR = 113;

	@TempDir
	static Path temp;

	@Autowired
	Job annualReportJob;

	private RecordedExecutions.Execution uninterrupted;

	private ResumeChecks.Outputs uninterruptedOutputs;

	private String uninterruptedHeadline;

	private long deadPid;

	@BeforeAll
	void runOnceWithoutInterruption() {
		Run run = new Run("uninterrupted");
		InProcessCommandLine.Result result = run.command();
		assertThat(result.exitCode()).as(result.toString()).isZero();
		this.uninterrupted = run.executions().only();
		assertThat(this.uninterrupted.status()).isEqualTo("COMPLETED");
		this.uninterruptedOutputs = ResumeChecks.Outputs.of(run.output());
		this.uninterruptedHeadline = ResumeChecks.headline(AGENCY, result.out());
		run.close();
		this.deadPid = LockOwners.endedProcess();
	}

	@TestFactory
	Stream<DynamicTest> aRunCrashedInAnyStepIsResumedByTheSameCommandAndEndsWithTheSameFiles() {
		return stepsOfTheJob().stream()
			.map((step) -> DynamicTest.dynamicTest("crashed at the start of " + step, () -> crashThenResume(step)));
	}

	/** The steps of the job, in the order the uninterrupted run ran them. */
	private List<String> stepsOfTheJob() {
		Collection<String> defined = ((ListableStepLocator) this.annualReportJob).getStepNames();
		assertThat(defined).as("the steps of " + this.annualReportJob.getName())
			.contains("importAgencyStep", "importSurveyResponsesStep", "checkImportStep",
					"publishImportStep", "computeFiguresStep", "writeSummaryStep", "renderReportStep",
					"deliverReportStep")
			.doesNotHaveDuplicates();
		// a run that imports a folder runs every step the job has, so the crash is reached in each
		assertThat(this.uninterrupted.steps().keySet()).as("the steps of the uninterrupted run")
			.containsExactlyInAnyOrderElementsOf(defined);
		return new ArrayList<>(this.uninterrupted.steps().keySet());
	}

	private void crashThenResume(String step) {
		Run run = new Run(step);

		InProcessCommandLine.Result crashed = run.command(CrashAtStepStart.class, CrashAtStepStart.in(step));
		assertThat(crashed.exitCode()).as(crashed.toString()).isNotZero();
		assertThat(crashed.out()).as(crashed.toString()).contains(CrashAtStepStart.MESSAGE + step);
		long killed = CrashAtStepStart.leaveAsKilled(run.jdbc(), step, AGENCY, YEAR, this.deadPid);
		ResumeChecks.assertLeftRunning(step, run.executions(), this.uninterrupted);

		InProcessCommandLine.Result resumed = run.command();
		assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
		assertThat(resumed.out()).as("the dead run's lock taken over, its execution recovered")
			.contains("有前次中斷的執行留下的鎖定，已解除")
			.contains("前次執行（編號 " + killed + "）中斷，從中斷處繼續");
		ResumeChecks.assertResumed(step, run.executions(), this.uninterrupted, AGENCY);
		ResumeChecks.assertSameOutputs(run.output(), this.uninterruptedOutputs);
		assertThat(ResumeChecks.headline(AGENCY, resumed.out())).as("the summary line the officer reads")
			.isEqualTo(this.uninterruptedHeadline);
		assertThat(run.jdbc().queryForObject("SELECT COUNT(*) FROM run_lock", Integer.class)).as("lock released")
			.isZero();
		run.close();
	}

	/**
	 * Spring Batch marks a step COMPLETED before its listeners run: killed in between, a file's
	 * import step is done but its row accounting was never recorded. The resumed run records it
	 * from the rows written and ends with the same files.
	 */
	@Test
	void aRunKilledBetweenAnImportStepsEndAndItsRowCountsEndsWithTheSameFiles() {
		String step = "checkImportStep";
		Run run = new Run("window");
		InProcessCommandLine.Result crashed = run.command(CrashAtStepStart.class, CrashAtStepStart.in(step));
		assertThat(crashed.exitCode()).as(crashed.toString()).isNotZero();
		long killed = CrashAtStepStart.leaveAsKilled(run.jdbc(), step, AGENCY, YEAR, this.deadPid);
		// the window: importSurveyResponsesStep is COMPLETED, its counts are not in the ledger
		assertThat(run.jdbc().update("DELETE FROM import_file WHERE file_key = 'survey_responses'")).isOne();

		InProcessCommandLine.Result resumed = run.command();

		assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
		assertThat(resumed.out()).contains("前次執行（編號 " + killed + "）中斷，從中斷處繼續")
			.contains("survey_responses：匯入步驟已完成但未記錄筆數");
		ResumeChecks.assertSameOutputs(run.output(), this.uninterruptedOutputs);
		run.close();
	}

	/** One officer's folder and database: the sample copied in, the command line run on it. */
	private static final class Run {

		private final Path dir;

		private final String url;

		private final JdbcTemplate jdbc;

		Run(String name) {
			this.dir = temp.resolve(name);
			AgencyFolders.copy(AgencyFolders.SAMPLE_KHH_ZY, this.dir.resolve("in").resolve(AGENCY));
			this.url = "jdbc:h2:mem:crash-" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
			this.jdbc = RecordedExecutions.jdbc(this.url);
		}

		InProcessCommandLine.Result command() {
			return command(null, null);
		}

		/** The officer's command, with an extra source of beans and argument when not null. */
		InProcessCommandLine.Result command(Class<?> extraSource, String extraArgument) {
			// the files compared (summary.json, rejects.csv, the PDF's text) and no other format: the
			// spreadsheets and editable documents would be rendered 30 times and compared never
			List<String> args = new ArrayList<>(List.of("--year=" + YEAR, "--agency=" + AGENCY,
					"--input=" + this.dir.resolve("in").resolve(AGENCY), "--out=" + this.dir.resolve("out"),
					"--formats=pdf,json", "--spring.datasource.url=" + this.url));
			if (extraArgument != null) {
				args.add(extraArgument);
			}
			Class<?>[] sources = (extraSource != null) ? new Class<?>[] { extraSource } : new Class<?>[0];
			return InProcessCommandLine.runWith(sources, args.toArray(String[]::new));
		}

		RecordedExecutions executions() {
			return RecordedExecutions.of(this.jdbc);
		}

		JdbcTemplate jdbc() {
			return this.jdbc;
		}

		Path output() {
			return this.dir.resolve("out").resolve(Integer.toString(YEAR)).resolve(AGENCY);
		}

		/** Drops the in-memory database (the files stay for the comparison). */
		void close() {
			this.jdbc.execute("SHUTDOWN");
		}

	}

}
