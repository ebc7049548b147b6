package tw.annualreport.bureau;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Queue;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import tw.annualreport.job.AgencyFolders;
import tw.annualreport.job.RunFailure;
import tw.annualreport.run.AgencyRuns;
import tw.annualreport.system.RunOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * "A remote bureau run with no worker answering within a configurable time ends with a clear
 * message instead of waiting for ever": a remote bureau run against the real RabbitMQ
 * (127.0.0.1:5672) with no {@code --worker} and a worker timeout of 2 seconds ends with each agency
 * failed by that reason, the consolidation written naming them; a request a worker takes afterwards
 * is dropped, its agency being failed already. An agency taken by a worker that then died, with none
 * left, ends the same way with its own reason; a slow worker that keeps beating fails nothing.
 */
@SpringBootTest(properties = { "annual-report.cli.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:remote-timeout-${random.uuid};DB_CLOSE_DELAY=-1",
		"annual-report.bureau.remote=true", "annual-report.bureau.worker-timeout=2s",
		"annual-report.bureau.poll-interval=200ms", "annual-report.bureau.queue=" + RemoteBureauTimeoutTests.QUEUE,
		"annual-report.bureau.parallelism=1", "annual-report.debug.pause-in-step=" + BureauJobConfiguration.AGENCY_STEP,
		"annual-report.debug.pause-for=3s" })
class RemoteBureauTimeoutTests {

	static final String QUEUE = "annual-report.test.no-worker";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path temp;

	@Autowired
	AgencyRuns runs;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	AgencyRequests requests;

	@Autowired
	AmqpAdmin amqp;

	@Autowired
	Queue queue;

	@Autowired
	BureauWorker worker;

	@BeforeEach
	void declareTheQueue() {
		// removed after each test, and declared by the broker admin only when it first connects
		this.amqp.declareQueue(this.queue);
	}

	@AfterEach
	void removeTheQueue() {
		this.amqp.deleteQueue(QUEUE);
	}

	@Test
	void aRemoteBureauRunThatNoWorkerAnswersEndsWithTheReason() throws Exception {
		RunOptions options = bureauRun("TST-P", "TST-A", "TST-B");
		ByteArrayOutputStream printed = new ByteArrayOutputStream();

		List<RunFailure> failures = assertTimeoutPreemptively(Duration.ofMinutes(2),
				() -> this.runs.run(options, new PrintStream(printed, true, StandardCharsets.UTF_8)));

		String reason = "等候 2 秒仍沒有工作程序（--worker）接手本機關：請確認至少一個 --worker 已啟動，並連上同一 RabbitMQ（佇列「" + QUEUE
				+ "」）與同一資料庫，再執行同一指令";
		assertThat(failures).extracting(RunFailure::toString)
			.containsExactly("TST-A：" + reason, "TST-B：" + reason);
		String output = printed.toString(StandardCharsets.UTF_8);
		assertThat(output).contains("TST-A：失敗。" + reason).contains("TST-P（彙整）：完成，含 （無）；失敗：TST-A、TST-B");
		JsonNode summary = JSON.readTree(Files.readString(this.temp.resolve("out/113/TST-P/summary.json")));
		assertThat(summary.get("failed").get(0).get("reason").asString()).isEqualTo(reason);

		// a worker that starts later takes the waiting requests and drops them: their agencies have failed
		List<StepExecution> sent = partitions().stream()
			.filter((p) -> p.getStepName().endsWith(":TST-A") || p.getStepName().endsWith(":TST-B"))
			.toList();
		assertThat(sent).hasSize(2);
		for (StepExecution partition : sent) {
			assertThat(partition.getStatus()).isEqualTo(BatchStatus.FAILED);
			this.requests.handle(new StepExecutionRequest(BureauJobConfiguration.AGENCY_STEP, partition.getId()));
			assertThat(this.jobRepository.getStepExecution(partition.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
		}
	}

	/**
	 * A worker takes TST-C's request (its partition STARTED, as the step marks it) and dies in it,
	 * with no other worker left: no heartbeat comes, and 2 seconds later TST-C fails with that
	 * reason, TST-D (a request nobody took) with its own, instead of the run waiting for ever.
	 */
	@Test
	void aRemoteBureauRunWhoseWorkerDiedMidAgencyWithNoneLeftEndsWithTheReason() throws Exception {
		RunOptions options = bureauRun("TST-Q", "TST-C", "TST-D");
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		CompletableFuture<List<RunFailure>> run = CompletableFuture
			.supplyAsync(() -> this.runs.run(options, new PrintStream(printed, true, StandardCharsets.UTF_8)));

		// the "worker" takes TST-C as AgencyRequests would, then dies: nothing more happens to it
		StepExecution taken = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> waiting("TST-C", run, printed));
		taken.setStatus(BatchStatus.STARTED);
		this.jobRepository.update(taken);
		long takenAt = System.nanoTime();

		List<RunFailure> failures = run.get(30, TimeUnit.SECONDS);
		assertThat(Duration.ofNanos(System.nanoTime() - takenAt)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
		String silent = UnansweredAgencies.silentWorker(Duration.ofSeconds(2));
		assertThat(silent).startsWith("處理本機關的工作程序（--worker）已 2 秒沒有回應");
		assertThat(failures).extracting(RunFailure::toString)
			.containsExactly("TST-C：" + silent, "TST-D：" + UnansweredAgencies.reason(Duration.ofSeconds(2), QUEUE));
		assertThat(printed.toString(StandardCharsets.UTF_8)).contains("TST-C：失敗。" + silent)
			.contains("TST-Q（彙整）：完成，含 （無）；失敗：TST-C、TST-D");
		assertThat(this.jobRepository.getStepExecution(taken.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
		JsonNode summary = JSON.readTree(Files.readString(this.temp.resolve("out/113/TST-Q/summary.json")));
		assertThat(summary.get("failed").get(0).get("reason").asString()).isEqualTo(silent);
	}

	/**
	 * A living worker whose agencies each take longer than the timeout (paused 3 seconds in the
	 * agency's step, the timeout 2 seconds, one agency at a time) keeps beating: neither the agency
	 * it runs nor the one waiting behind it is failed, and the run completes.
	 */
	@Test
	void aSlowWorkerThatKeepsBeatingIsNotFailed() throws Exception {
		RunOptions options = bureauRun("TST-R", "TST-E", "TST-F");
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		Thread worker = new Thread(this.worker::serve, "test-worker");
		worker.start();
		try {
			List<RunFailure> failures = assertTimeoutPreemptively(Duration.ofMinutes(1),
					() -> this.runs.run(options, new PrintStream(printed, true, StandardCharsets.UTF_8)));

			assertThat(failures).isEmpty();
			assertThat(printed.toString(StandardCharsets.UTF_8)).contains("TST-R（彙整）：完成，含 TST-E、TST-F").doesNotContain("失敗");
			List<StepExecution> agencies = partitions().stream()
				.filter((p) -> p.getStepName().endsWith("TST-E") || p.getStepName().endsWith("TST-F"))
				.toList();
			assertThat(agencies).hasSize(2).allSatisfy((agency) -> {
				assertThat(agency.getStatus()).isEqualTo(BatchStatus.COMPLETED);
				assertThat(Duration.between(agency.getStartTime(), agency.getEndTime()))
					.isGreaterThan(Duration.ofSeconds(2));
				assertThat(WorkerHeartbeat.of(agency)).isNotNull();
			});
			assertThat(this.temp.resolve("out/113/TST-R/summary.json")).exists();
		}
		finally {
			this.worker.stop();
			worker.join(10_000);
		}
	}

	/** The agency's partition once its request is sent and waits; fails at once if the run ended first. */
	private StepExecution waiting(String agency, CompletableFuture<List<RunFailure>> run, ByteArrayOutputStream printed)
			throws InterruptedException {
		while (true) {
			StepExecution partition = partitions().stream()
				.filter((p) -> p.getStepName().endsWith(":" + agency) && p.getStatus() == BatchStatus.STARTING)
				.findFirst()
				.orElse(null);
			if (partition != null) {
				return partition;
			}
			assertThat(run).as("the run ended before %s's request waited: %s", agency,
					printed.toString(StandardCharsets.UTF_8)).isNotDone();
			Thread.sleep(50);
		}
	}

	private List<StepExecution> partitions() {
		return this.jobRepository.getJobInstances(BureauPartitions.JOB_NAME, 0, 10)
			.stream()
			.flatMap((instance) -> this.jobRepository.getJobExecutions(instance).stream())
			.flatMap((execution) -> execution.getStepExecutions().stream())
			.filter((step) -> step.getStepName().startsWith(BureauJobConfiguration.AGENCY_STEP + ":"))
			.toList();
	}

	/** The bureau run of hand-made agencies of {@code parent}, summary.json only, into out/ of the test's folder. */
	private RunOptions bureauRun(String parent, String... agencies) {
		Path input = this.temp.resolve("in");
		for (String agency : agencies) {
			AgencyFolders.handMade(input.resolve(agency), agency, 113, parent);
		}
		return RunOptions.parse(new String[] { "--year=113", "--agency=all", "--parent=" + parent, "--input=" + input,
				"--out=" + this.temp.resolve("out"), "--formats=json" });
	}

}
