package tw.annualreport.schedule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import tw.annualreport.job.AgencyFolders;
import tw.annualreport.job.AnnualReportJobConfiguration;
import tw.annualreport.job.JobParameterNames;
import tw.annualreport.system.RunOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "Schedules: a long-running mode (--serve) runs the nightly draft for every agency and the
 * annual final run (default 10 January, the previous year) from cron expressions in
 * configuration." What each schedule runs on a given day, the default schedules, and a real
 * --serve with a draft schedule of every second.
 */
@SpringBootTest(properties = { "annual-report.cli.enabled=false", "annual-report.schedule.draft-cron=* * * * * *" })
class ScheduledRunsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

	private static final String AGENCY = "TST-SRV";

	/** Not a @TempDir: a scheduled run may still be finishing when the test ends. */
	private static final Path TEMP = temporaryFolder();

	/** The nightly draft is of the current year: the hand-made data are dated in it. */
	private static final int THIS_YEAR = LocalDate.now(TAIPEI).getYear() - 1911;

	private static final Path SCHEDULED_INPUT = TEMP.resolve("scheduled-input");

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		AgencyFolders.handMade(SCHEDULED_INPUT.resolve(AGENCY), AGENCY, THIS_YEAR);
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:serve-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		registry.add("annual-report.schedule.input", SCHEDULED_INPUT::toString);
	}

	@Autowired
	ScheduledRuns scheduledRuns;

	@Autowired
	JobRepository jobRepository;

	@AfterAll
	static void removeTemporaryFolder() {
		try (Stream<Path> paths = Files.walk(TEMP)) {
			paths.sorted(Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
		}
		catch (IOException ex) {
			// best effort
		}
	}

	@Test
	void theNightlyDraftIsOfTheCurrentYearForEveryAgencyNotMailed() {
		RunOptions serve = serveOptions();

		RunOptions june = this.scheduledRuns.draft(serve, LocalDate.of(2024, 6, 1));
		assertThat(june.command()).isEqualTo(RunOptions.Command.RUN);
		assertThat(june.rocYear()).isEqualTo(113);
		assertThat(june.finalRun()).isFalse();
		assertThat(june.mail()).isFalse();
		assertThat(june.everyAgency()).isTrue();
		assertThat(june.out()).isEqualTo(serve.out());
		assertThat(june.formats()).isEqualTo(serve.formats());
		// the configured input folder, since the command line gave none
		assertThat(june.input()).isEqualTo(SCHEDULED_INPUT.toAbsolutePath().normalize());

		assertThat(this.scheduledRuns.draft(serve, LocalDate.of(2024, 12, 31)).rocYear()).isEqualTo(113);
		assertThat(this.scheduledRuns.draft(serve, LocalDate.of(2025, 1, 1)).rocYear()).isEqualTo(114);
	}

	@Test
	void theFinalRunIsOfThePreviousYearForEveryAgencyMailed() {
		RunOptions finalRun = this.scheduledRuns.finalRun(serveOptions(), LocalDate.of(2025, 1, 10));
		assertThat(finalRun.command()).isEqualTo(RunOptions.Command.RUN);
		assertThat(finalRun.rocYear()).isEqualTo(113);
		assertThat(finalRun.finalRun()).isTrue();
		assertThat(finalRun.mail()).isTrue();
		assertThat(finalRun.everyAgency()).isTrue();
		assertThat(finalRun.input()).isEqualTo(SCHEDULED_INPUT.toAbsolutePath().normalize());
	}

	@Test
	void anInputFolderOnTheServeCommandLineWinsOverTheConfiguredOne() throws IOException {
		Path other = Files.createDirectories(TEMP.resolve("command-line-input"));
		RunOptions serve = RunOptions.parse(new String[] { "--serve", "--input=" + other, "--out=" + TEMP.resolve("out") });

		assertThat(this.scheduledRuns.draft(serve, LocalDate.of(2024, 6, 1)).input()).isEqualTo(other.toAbsolutePath());
		assertThat(this.scheduledRuns.finalRun(serve, LocalDate.of(2025, 1, 10)).input())
			.isEqualTo(other.toAbsolutePath());
	}

	@Test
	void byDefaultTheDraftRunsNightlyAndTheFinalRunOnTenthOfJanuaryInTaipei() {
		ScheduleProperties defaults = new Binder(new MapConfigurationPropertySource(Map.of()))
			.bindOrCreate("annual-report.schedule", ScheduleProperties.class);

		assertThat(defaults.zone()).isEqualTo("Asia/Taipei");
		assertThat(defaults.input()).isNull();
		CronExpression finalCron = CronExpression.parse(defaults.finalCron());
		assertThat(finalCron.next(LocalDateTime.of(2024, 12, 31, 23, 0))).isEqualTo(LocalDateTime.of(2025, 1, 10, 6, 0));
		assertThat(finalCron.next(LocalDateTime.of(2025, 1, 10, 6, 0))).isEqualTo(LocalDateTime.of(2026, 1, 10, 6, 0));
		CronExpression draftCron = CronExpression.parse(defaults.draftCron());
		LocalDateTime night = draftCron.next(LocalDateTime.of(2024, 6, 1, 12, 0));
		assertThat(night.toLocalDate()).isEqualTo(LocalDate.of(2024, 6, 2));
		assertThat(draftCron.next(night).toLocalDate()).isEqualTo(LocalDate.of(2024, 6, 3));
	}

	@Test
	void serveRunsTheDraftOnItsScheduleUntilStopped() throws Exception {
		Path out = TEMP.resolve("served");
		RunOptions serve = RunOptions.parse(new String[] { "--serve", "--out=" + out, "--formats=json" });
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Thread server = new Thread(() -> {
			try {
				this.scheduledRuns.serve(serve);
			}
			catch (Throwable ex) {
				failure.set(ex);
			}
		}, "serve-under-test");
		server.start();
		try {
			await().atMost(Duration.ofMinutes(5))
				.pollInterval(Duration.ofMillis(200))
				.until(() -> !executions(BatchStatus.COMPLETED).isEmpty());
		}
		finally {
			this.scheduledRuns.stop();
			server.join(Duration.ofMinutes(2).toMillis());
		}
		assertThat(server.isAlive()).as("serve() returned after stop()").isFalse();
		assertThat(failure.get()).isNull();

		JobExecution done = executions(BatchStatus.COMPLETED).get(0);
		assertThat(done.getJobParameters().getString(JobParameterNames.KIND)).isEqualTo("draft");
		assertThat(done.getJobParameters().getLong(JobParameterNames.YEAR)).isEqualTo(THIS_YEAR);
		Path summary = out.resolve(Integer.toString(THIS_YEAR)).resolve(AGENCY).resolve("summary.json");
		assertThat(summary).isRegularFile();
		JsonNode json = JSON.readTree(Files.readString(summary));
		assertThat(json.get("agency").get("code").asString()).isEqualTo(AGENCY);
		assertThat(json.get("year").intValue()).isEqualTo(THIS_YEAR);
		assertThat(json.get("kind").asString()).isEqualTo("draft");
		// the hand-made data: 1.1.1 completed, 1.1.2 in progress
		assertThat(json.get("measures").get("total").longValue()).isEqualTo(2);
		assertThat(json.get("measures").get("completed").longValue()).isEqualTo(1);
	}

	private List<JobExecution> executions(BatchStatus status) {
		return this.jobRepository.getJobInstances(AnnualReportJobConfiguration.JOB_NAME, 0, 10000)
			.stream()
			.map(JobInstance.class::cast)
			.flatMap((instance) -> this.jobRepository.getJobExecutions(instance).stream())
			.filter((execution) -> AGENCY.equals(execution.getJobParameters().getString(JobParameterNames.AGENCY)))
			.filter((execution) -> execution.getStatus() == status)
			.toList();
	}

	private static RunOptions serveOptions() {
		return RunOptions.parse(new String[] { "--serve", "--out=" + TEMP.resolve("out"), "--formats=json" });
	}

	private static Path temporaryFolder() {
		try {
			return Files.createTempDirectory("scheduled-runs-");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
