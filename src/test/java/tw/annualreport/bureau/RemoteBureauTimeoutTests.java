package tw.annualreport.bureau;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.AmqpAdmin;
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
 * is dropped, its agency being failed already.
 */
@SpringBootTest(properties = { "annual-report.cli.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:remote-timeout-${random.uuid};DB_CLOSE_DELAY=-1",
		"annual-report.bureau.remote=true", "annual-report.bureau.worker-timeout=2s",
		"annual-report.bureau.poll-interval=200ms", "annual-report.bureau.queue=" + RemoteBureauTimeoutTests.QUEUE })
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

	@AfterEach
	void removeTheQueue() {
		this.amqp.deleteQueue(QUEUE);
	}

	@Test
	void aRemoteBureauRunThatNoWorkerAnswersEndsWithTheReason() throws Exception {
		Path input = this.temp.resolve("in");
		AgencyFolders.handMade(input.resolve("TST-A"), "TST-A", 113);
		AgencyFolders.handMade(input.resolve("TST-B"), "TST-B", 113);
		Path out = this.temp.resolve("out");
		RunOptions options = RunOptions.parse(new String[] { "--year=113", "--agency=all", "--parent=TST-P",
				"--input=" + input, "--out=" + out, "--formats=json" });
		ByteArrayOutputStream printed = new ByteArrayOutputStream();

		List<RunFailure> failures = assertTimeoutPreemptively(Duration.ofMinutes(2),
				() -> this.runs.run(options, new PrintStream(printed, true, StandardCharsets.UTF_8)));

		String reason = "等候 2 秒仍沒有工作程序（--worker）接手本機關：請確認至少一個 --worker 已啟動，並連上同一 RabbitMQ（佇列「" + QUEUE
				+ "」）與同一資料庫，再執行同一指令";
		assertThat(failures).extracting(RunFailure::toString)
			.containsExactly("TST-A：" + reason, "TST-B：" + reason);
		String output = printed.toString(StandardCharsets.UTF_8);
		assertThat(output).contains("TST-A：失敗。" + reason).contains("TST-P（彙整）：完成，含 （無）；失敗：TST-A、TST-B");
		JsonNode summary = JSON.readTree(Files.readString(out.resolve("113/TST-P/summary.json")));
		assertThat(summary.get("failed").get(0).get("reason").asString()).isEqualTo(reason);

		// a worker that starts later takes the waiting requests and drops them: their agencies have failed
		for (StepExecution partition : partitions()) {
			assertThat(partition.getStatus()).isEqualTo(BatchStatus.FAILED);
			this.requests.handle(new StepExecutionRequest(BureauJobConfiguration.AGENCY_STEP, partition.getId()));
			assertThat(this.jobRepository.getStepExecution(partition.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
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

}
