package tw.annualreport.run;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import tw.annualreport.job.AgencyFolders;
import tw.annualreport.job.JobParameterNames;
import tw.annualreport.job.RecordedRuns;
import tw.annualreport.job.RunFailure;
import tw.annualreport.job.RunRecords;
import tw.annualreport.system.RunOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A long history: the launcher and {@code --history} ask the database for the runs they need
 * ({@link RunRecords}) instead of walking every run. After 30 completed runs of the same data the
 * next one is run 31; the history is one page of the newest runs
 * ({@code annual-report.history.limit}, 20 here), the year and agency filtered before the page
 * is cut.
 */
@SpringBootTest(properties = { "annual-report.cli.enabled=false", "annual-report.history.limit=20" })
class LongHistoryTests {

	@Autowired
	JobRepository jobRepository;

	@Autowired
	AgencyRuns agencyRuns;

	@Autowired
	RunHistory history;

	@TempDir
	Path temp;

	@Test
	void afterThirtyCompletedRunsOfTheSameDataTheNextIsRunThirtyOne() {
		Path input = thirtyCompletedRunsOfTheSample("draft");
		Path out = this.temp.resolve("out");
		// the same data of another year are other runs
		RecordedRuns.record(this.jobRepository, "KHH-ZY", 112, AgencyFolders.fingerprintOf(input), 40, out,
				BatchStatus.COMPLETED);

		run("--year=113", "--agency=KHH-ZY", "--input=" + input, "--out=" + out, "--formats=json");

		JobExecution latest = newest("KHH-ZY", 113);
		assertThat(latest.getJobParameters().getLong(JobParameterNames.RUN)).isEqualTo(31);
		assertThat(latest.getJobParameters().getString(JobParameterNames.FINGERPRINT))
			.isEqualTo(AgencyFolders.fingerprintOf(input));
		assertThat(latest.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(out.resolve("113").resolve("KHH-ZY").resolve("summary.json")).isRegularFile();
	}

	@Test
	void aRunThatFailedAfterThirtyCompletedOnesIsResumedUnderItsOwnNumber() {
		Path input = thirtyCompletedRunsOfTheSample("final");
		Path out = this.temp.resolve("out");
		long failed = RecordedRuns.record(this.jobRepository, "KHH-ZY", 113, "final", AgencyFolders.fingerprintOf(input),
				31, out, BatchStatus.FAILED);

		run("--year=113", "--agency=KHH-ZY", "--input=" + input, "--out=" + out, "--formats=json", "--final=true");

		JobExecution latest = newest("KHH-ZY", 113);
		assertThat(latest.getId()).isNotEqualTo(failed);
		assertThat(latest.getJobInstanceId()).as("the failed run's instance, restarted")
			.isEqualTo(this.jobRepository.getJobExecution(failed).getJobInstanceId());
		assertThat(latest.getJobParameters().getLong(JobParameterNames.RUN)).isEqualTo(31);
		assertThat(latest.getJobParameters().getString(JobParameterNames.KIND)).isEqualTo("final");
		assertThat(latest.getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void historyShowsTheNewestPageOfTheRunsAskedForFilteredBeforeThePageIsCut() {
		Path out = this.temp.resolve("out");
		// the oldest run of all, of another agency and year: only a filter in the query finds it
		long other = RecordedRuns.record(this.jobRepository, "KHH-MT", 106, "data-mt", 1, out, BatchStatus.COMPLETED);
		List<Long> runs = LongStream.rangeClosed(1, 30)
			.mapToObj((run) -> RecordedRuns.record(this.jobRepository, "KHH-HS", 111, "data-hs", run, out,
					BatchStatus.COMPLETED))
			.toList();

		RunHistory.Page year = this.history.page(options("--history", "--year=111"));
		assertThat(year.entries()).extracting(RunHistory.Entry::executionId)
			.as("the newest 20, oldest first")
			.containsExactlyElementsOf(runs.subList(10, 30));
		assertThat(year.entries()).extracting(RunHistory.Entry::run)
			.containsExactlyElementsOf(LongStream.rangeClosed(11, 30).boxed().toList());
		assertThat(year.more()).isTrue();

		RunHistory.Page agency = this.history.page(options("--history", "--agency=KHH-MT"));
		assertThat(agency.entries()).extracting(RunHistory.Entry::executionId).containsExactly(other);
		assertThat(agency.more()).isFalse();
		assertThat(this.history.page(options("--history", "--agency=KHH-MT", "--year=106")).entries()).hasSize(1);
		assertThat(this.history.page(options("--history", "--agency=KHH-MT,KHH-HS", "--year=106")).entries())
			.extracting(RunHistory.Entry::agency)
			.containsExactly("KHH-MT");
		assertThat(this.history.page(options("--history", "--agency=KHH-MT", "--year=111")).entries()).isEmpty();

		assertThat(print("--history", "--year=111")).as("says that older runs were left out")
			.hasSize(22)
			.last()
			.asString()
			.contains("僅列出最近 20 筆")
			.contains("annual-report.history.limit");
		assertThat(print("--history", "--agency=KHH-MT")).hasSize(2).noneMatch((line) -> line.contains("僅列出"));
	}

	/** A copy of the sample, and runs 1 to 30 of its data recorded as completed; returns the copy. */
	private Path thirtyCompletedRunsOfTheSample(String kind) {
		Path input = AgencyFolders.copy(AgencyFolders.SAMPLE_KHH_ZY, this.temp.resolve("in").resolve("KHH-ZY"));
		String fingerprint = AgencyFolders.fingerprintOf(input);
		LongStream.rangeClosed(1, 30)
			.forEach((run) -> RecordedRuns.record(this.jobRepository, "KHH-ZY", 113, kind, fingerprint, run,
					this.temp.resolve("out"), BatchStatus.COMPLETED));
		return input;
	}

	private void run(String... args) {
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		List<RunFailure> failures = this.agencyRuns.run(options(args), new PrintStream(printed, true, StandardCharsets.UTF_8));
		assertThat(failures).as(printed.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	/** The newest execution of an agency-year, as the history lists it last. */
	private JobExecution newest(String agency, int rocYear) {
		RunHistory.Page page = this.history.page(options("--history", "--agency=" + agency, "--year=" + rocYear));
		RunHistory.Entry last = page.entries().get(page.entries().size() - 1);
		return this.jobRepository.getJobExecution(last.executionId());
	}

	private List<String> print(String... args) {
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		this.history.print(options(args), new PrintStream(printed, true, StandardCharsets.UTF_8));
		return printed.toString(StandardCharsets.UTF_8).lines().toList();
	}

	private static RunOptions options(String... args) {
		return RunOptions.parse(args);
	}

}
