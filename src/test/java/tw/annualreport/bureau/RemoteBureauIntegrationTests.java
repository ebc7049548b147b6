package tw.annualreport.bureau;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import tw.annualreport.job.AgencyFolders;
import tw.annualreport.job.PackagedJar;
import tw.annualreport.job.ResumeChecks;
import tw.annualreport.support.MariaDb;
import tw.annualreport.support.RabbitMq;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue "scale-out on an existing engine": a bureau run whose agencies run on two
 * {@code --worker} processes over the real RabbitMQ broker, the job repository in the real
 * MariaDB, every process the packaged jar in a working directory of its own, sharing only the
 * database, the broker and the input and output folders. Its reports are those of the same
 * bureau run made locally; a worker killed in the middle of an agency fails that agency alone,
 * and the same command completes it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemoteBureauIntegrationTests {

	private static final String BUREAU = "KHH-HB";

	private static final List<String> AGENCIES = List.of("KHH-SM2", "KHH-ZY");

	@TempDir
	static Path temp;

	private Path input;

	private Path localOut;

	private PackagedJar.Started localStarted;

	private PackagedJar.Launch local;

	private final List<PackagedJar.Started> workers = new ArrayList<>();

	private final List<String> queues = new ArrayList<>();

	private final List<String> databases = new ArrayList<>();

	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	/**
	 * The reference: the same bureau run, its agencies on threads of one process. It runs while
	 * the first test starts its workers, and is waited for where it is first compared with
	 * ({@link #local()}).
	 */
	@BeforeAll
	void localBureauRun() throws Exception {
		RabbitMq.required();
		this.input = temp.resolve("in");
		for (String agency : AGENCIES) {
			AgencyFolders.copy(Path.of("config", "sample", "113", agency), this.input.resolve(agency));
		}
		String database = freshDatabase("local");
		MariaDb.freshDatabase(database);
		this.localOut = temp.resolve("local-out");
		this.localStarted = PackagedJar.start(temp.resolve("local"), List.of(), bureauRun(database, this.localOut, null));
	}

	/** The reference run, ended. */
	private PackagedJar.Launch local() throws IOException, InterruptedException {
		if (this.local == null) {
			PackagedJar.Launch ended = this.localStarted.await();
			assertThat(ended.exitCode()).as(ended.toString()).isZero();
			this.local = ended;
		}
		return this.local;
	}

	@AfterAll
	void dropDatabases() throws Exception {
		if (this.localStarted != null && this.local == null) {
			this.localStarted.stop();
		}
		this.databases.forEach(MariaDb::dropDatabase);
	}

	@AfterEach
	void stopWorkers() throws Exception {
		// all told to stop at once, then waited for: they shut down side by side
		this.workers.forEach((worker) -> worker.process().destroy());
		for (PackagedJar.Started worker : this.workers) {
			worker.stop();
		}
		this.workers.clear();
		this.queues.forEach(RabbitMq::deleteQueue);
		this.queues.clear();
	}

	/**
	 * One scenario, because every process it starts costs seconds: two workers take an agency
	 * each (the requests are spread, one at a time per worker); the one killed in the middle of
	 * its agency fails that agency alone while the other worker's agency completes with the
	 * local run's files; the same command then sends only the failed agency, which the surviving
	 * worker completes, and the bureau's outputs end as the local run's.
	 */
	@Test
	void twoWorkersMakeTheLocalRunsReportsAndAWorkerKilledMidAgencyFailsOnlyThatAgencyUntilTheSameCommandCompletesIt()
			throws Exception {
		String database = freshDatabase("remote");
		MariaDb.freshDatabase(database);
		String queue = queue();
		Path out = temp.resolve("remote-out");
		PackagedJar.Started doomed = launchWorker("doomed", database, queue,
				List.of("-Dannual-report.debug.halt-in-step=renderReportStep"));
		PackagedJar.Started survivor = launchWorker("survivor", database, queue, List.of());
		awaitStarted(doomed, survivor);

		PackagedJar.Launch first = PackagedJar.start(temp.resolve("manager-1"), List.of(),
				bureauRun(database, out, queue)).await();

		assertThat(first.exitCode()).as(first.toString()).isOne();
		assertThat(first.out()).contains("2 個機關已送至 RabbitMQ 佇列「" + queue + "」");
		assertThat(doomed.process().waitFor(1, TimeUnit.MINUTES))
			.as("the doomed worker ended\n--- bureau run ---\n%s\n--- doomed worker ---\n%s", first,
					Files.readString(doomed.stdout()))
			.isTrue();
		PackagedJar.Launch killed = doomed.await();
		assertThat(killed.exitCode()).as("killed in renderReportStep").isEqualTo(137);
		// each worker took an agency: the doomed one before it died, the survivor the other
		assertThat(killed.out()).contains("開始處理機關 ").doesNotContain("agencyReportStep");
		assertThat(Files.readString(survivor.stdout())).contains("開始處理機關 ").doesNotContain("agencyReportStep");
		String failedAgency = AGENCIES.stream()
			.filter((agency) -> first.out().contains(agency + "：失敗。" + AgencyRequests.WORKER_DIED))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no agency failed by the dead worker: " + first));
		String otherAgency = AGENCIES.stream().filter((agency) -> !agency.equals(failedAgency)).findFirst().orElseThrow();
		assertThat(first.out()).contains(otherAgency + "：完成。").contains(BUREAU + "（彙整）：完成");
		assertSameReports(out, otherAgency);
		assertThat(ResumeChecks.headline(otherAgency, first.out()))
			.isEqualTo(ResumeChecks.headline(otherAgency, local().out()));

		PackagedJar.Launch again = PackagedJar.start(temp.resolve("manager-2"), List.of(),
				bureauRun(database, out, queue)).await();

		assertThat(again.exitCode()).as(again.toString()).isZero();
		assertThat(again.out()).contains("1 個機關已送至 RabbitMQ 佇列");
		for (String agency : AGENCIES) {
			assertSameReports(out, agency);
		}
		assertThat(ResumeChecks.headline(failedAgency, again.out()))
			.isEqualTo(ResumeChecks.headline(failedAgency, local().out()));
		assertThat(consolidationLine(again.out())).isEqualTo(consolidationLine(local().out()));
		assertThat(AgencyFolders.fileNames(out.resolve("113").resolve(BUREAU)))
			.isEqualTo(AgencyFolders.fileNames(this.localOut.resolve("113").resolve(BUREAU)));
	}

	private List<String> bureauRun(String database, Path out, String queue) {
		List<String> args = new ArrayList<>(List.of("--year=113", "--agency=all", "--parent=" + BUREAU,
				"--input=" + this.input, "--out=" + out));
		args.addAll(database(database));
		if (queue != null) {
			args.addAll(List.of("--annual-report.bureau.remote=true", "--annual-report.bureau.queue=" + queue,
					"--annual-report.bureau.poll-interval=300ms"));
		}
		return args;
	}

	/** Starts a worker without waiting: workers start side by side ({@link #awaitStarted}). */
	private PackagedJar.Started launchWorker(String name, String database, String queue, List<String> jvmOptions)
			throws IOException {
		List<String> args = new ArrayList<>(List.of("--worker", "--annual-report.bureau.queue=" + queue,
				"--annual-report.bureau.parallelism=1"));
		args.addAll(database(database));
		PackagedJar.Started worker = PackagedJar.start(temp.resolve(name), jvmOptions, args);
		this.workers.add(worker);
		return worker;
	}

	/** Waits until every worker listens on its queue. */
	private static void awaitStarted(PackagedJar.Started... workers) throws IOException, InterruptedException {
		for (PackagedJar.Started worker : workers) {
			worker.awaitLine((line) -> line.contains("工作程序已啟動"));
		}
	}

	private static List<String> database(String database) {
		return List.of("--spring.profiles.active=mysql",
				"--spring.datasource.url=" + MariaDb.url(database),
				"--spring.datasource.username=" + MariaDb.USER, "--spring.datasource.password=" + MariaDb.PASSWORD);
	}

	/**
	 * A database of this run's own: another checkout's suite on the same server (a second
	 * worktree, CI beside a developer) must not drop it in the middle of a run.
	 */
	private String freshDatabase(String name) {
		String database = "annual_report_bureau_" + name + "_" + RUN;
		this.databases.add(database);
		return database;
	}

	private String queue() {
		String queue = "annual-report.test." + UUID.randomUUID();
		this.queues.add(queue);
		return queue;
	}

	private void assertSameReports(Path out, String agency) throws IOException, InterruptedException {
		local();
		ResumeChecks.Outputs expected = ResumeChecks.Outputs.of(this.localOut.resolve("113").resolve(agency));
		ResumeChecks.Outputs actual = ResumeChecks.Outputs.of(out.resolve("113").resolve(agency));
		assertThat(actual.files()).as(agency).isEqualTo(expected.files());
		expected.bytes().forEach((file, bytes) -> assertThat(actual.bytes().get(file)).as(agency + " " + file).isEqualTo(bytes));
		expected.text().forEach((file, pages) -> assertThat(actual.text().get(file)).as(agency + " " + file).isEqualTo(pages));
	}

	private static String consolidationLine(String out) {
		String line = out.lines().filter((l) -> l.startsWith(BUREAU + "（彙整）：")).findFirst().orElse("");
		assertThat(line).as("consolidation line in " + out).contains("輸出資料夾：");
		return line.substring(0, line.indexOf("輸出資料夾："));
	}

}
