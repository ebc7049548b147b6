package tw.annualreport.job;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Two runs of the same agency-year at once: the second exits with a clear message." The other
 * run is simulated by its row in run_lock: a live process of this host (this JVM's parent, the
 * build tool), a process that has ended, or a process on another machine.
 */
@SpringBootTest(properties = "annual-report.cli.enabled=false")
class RunLockTests {

	private static final String DATABASE = "jdbc:h2:mem:runlock-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	private static final String AGENCY = "KHH-ZY";

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> DATABASE);
	}

	@Autowired
	RunLock runLock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JobRepository jobRepository;

	@AfterEach
	void noLocksLeft() {
		this.jdbc.update("DELETE FROM run_lock");
	}

	@Test
	void aLockIsHeldUntilReleasedEvenAgainstTheSameProcess() {
		assertThat(this.runLock.acquire(AGENCY, 113)).isTrue();
		assertThat(owner(AGENCY, 113)).isEqualTo(ProcessHandle.current().pid());
		assertThat(this.runLock.acquire(AGENCY, 113)).as("already held").isFalse();
		// other agency-years are not blocked
		assertThat(this.runLock.acquire(AGENCY, 112)).isTrue();
		assertThat(this.runLock.acquire("KHH-SM2", 113)).isTrue();

		this.runLock.release(AGENCY, 113);

		assertThat(lockRows(AGENCY, 113)).isZero();
		assertThat(this.runLock.acquire(AGENCY, 113)).isTrue();
	}

	@Test
	void aLockOfAnotherLiveProcessOnThisHostIsRespected() {
		long other = LockOwners.liveOtherProcess();
		lockedBy(LockOwners.hostName(), other, Instant.now());

		assertThat(this.runLock.acquire(AGENCY, 113)).isFalse();
		// our release must not remove another process's lock
		this.runLock.release(AGENCY, 113);
		assertThat(owner(AGENCY, 113)).isEqualTo(other);
		assertThat(this.runLock.acquire(AGENCY, 113)).isFalse();

		// once that run releases it (deletes its row), the lock is free
		this.jdbc.update("DELETE FROM run_lock WHERE owner_pid = ?", other);
		assertThat(this.runLock.acquire(AGENCY, 113)).isTrue();
		assertThat(owner(AGENCY, 113)).isEqualTo(ProcessHandle.current().pid());
	}

	@Test
	void aLockLeftByADeadProcessOnThisHostIsTakenOver() throws Exception {
		long dead = LockOwners.endedProcess();
		lockedBy(LockOwners.hostName(), dead, Instant.now());

		assertThat(this.runLock.acquire(AGENCY, 113)).isTrue();

		assertThat(owner(AGENCY, 113)).isEqualTo(ProcessHandle.current().pid());
		assertThat(lockRows(AGENCY, 113)).isOne();
	}

	@Test
	void aLockOfAnotherHostIsRespectedUntilItIsADayOld() throws Exception {
		// a pid of another machine says nothing about the processes here, even if no such pid runs here
		long notHere = LockOwners.endedProcess();
		lockedBy("another-host.example.org", notHere, Instant.now().minus(Duration.ofHours(23)));
		assertThat(this.runLock.acquire(AGENCY, 113)).isFalse();

		this.jdbc.update("UPDATE run_lock SET acquired_at = ?", Timestamp.from(Instant.now().minus(Duration.ofHours(25))));
		assertThat(this.runLock.acquire(AGENCY, 113)).isTrue();
		assertThat(owner(AGENCY, 113)).isEqualTo(ProcessHandle.current().pid());
	}

	@Test
	void aSecondRunOfTheSameAgencyYearExitsWithOneClearLine(@TempDir Path temp) {
		Path input = AgencyFolders.copy(AgencyFolders.SAMPLE_KHH_ZY, temp.resolve("in").resolve(AGENCY));
		Path out = temp.resolve("out");
		long other = LockOwners.liveOtherProcess();
		lockedBy(LockOwners.hostName(), other, Instant.now());

		InProcessCommandLine.Result result = InProcessCommandLine.run("--year=113", "--agency=" + AGENCY,
				"--input=" + input, "--out=" + out, "--formats=json", "--spring.datasource.url=" + DATABASE);

		assertThat(result.exitCode()).as(result.toString()).isNotZero();
		assertThat(result.lastErrorLine()).as(result.toString())
			.startsWith("錯誤：")
			.contains("正在由另一個執行產製中")
			.contains(AGENCY)
			.contains("113");
		assertThat(result.outLines()).as("the per-agency line on standard output")
			.anyMatch((line) -> line.startsWith(AGENCY + "：未執行。") && line.contains("正在由另一個執行產製中"));
		// nothing was started and nothing written; the other run's lock is untouched
		assertThat(this.jobRepository.getJobInstances(AnnualReportJobConfiguration.JOB_NAME, 0, 100)).isEmpty();
		assertThat(out).doesNotExist();
		assertThat(owner(AGENCY, 113)).isEqualTo(other);
	}

	@Test
	void ofTwoRunsStartedCloseTogetherTheFirstToStartWinsEvenIfTheOtherReachedTheLockFirst() {
		Instant thisProcessStarted = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
		long other = LockOwners.liveOtherProcess();
		// the other run started 0.3 s after this one but took the lock first; its job has not started
		lockedBy(LockOwners.hostName(), other, Instant.now());
		this.jdbc.update("UPDATE run_lock SET owner_started_at = ?, lock_state = 'ACQUIRED'",
				Timestamp.from(thisProcessStarted.plusMillis(300)));

		assertThat(this.runLock.acquire(AGENCY, 113)).isTrue();
		assertThat(owner(AGENCY, 113)).isEqualTo(ProcessHandle.current().pid());
		// the other run's confirmation before its job starts then fails (it stops), ours succeeds
		assertThat(this.jdbc.update("UPDATE run_lock SET lock_state = 'RUNNING' WHERE owner_pid = ? AND lock_state = 'ACQUIRED'",
				other)).isZero();
		assertThat(this.runLock.confirm(AGENCY, 113)).isTrue();
		assertThat(this.runLock.confirm(AGENCY, 113)).as("confirmed once").isFalse();
	}

	@Test
	void aRunThatStartedEarlierCannotTakeALockWhoseJobHasStartedOrWhoseOwnerStartedFirst() {
		Instant thisProcessStarted = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
		long other = LockOwners.liveOtherProcess();
		lockedBy(LockOwners.hostName(), other, Instant.now());
		this.jdbc.update("UPDATE run_lock SET owner_started_at = ?, lock_state = 'RUNNING'",
				Timestamp.from(thisProcessStarted.plusMillis(300)));
		assertThat(this.runLock.acquire(AGENCY, 113)).as("its job runs").isFalse();

		this.jdbc.update("UPDATE run_lock SET owner_started_at = ?, lock_state = 'ACQUIRED'",
				Timestamp.from(thisProcessStarted.minusMillis(300)));
		assertThat(this.runLock.acquire(AGENCY, 113)).as("it started first").isFalse();
		assertThat(owner(AGENCY, 113)).isEqualTo(other);
		assertThat(this.runLock.confirm(AGENCY, 113)).as("not ours to confirm").isFalse();
	}

	private void lockedBy(String host, long pid, Instant at) {
		LockOwners.lockedBy(this.jdbc, AGENCY, 113, host, pid, at);
	}

	private Long owner(String agency, int year) {
		return this.jdbc.queryForObject("SELECT owner_pid FROM run_lock WHERE agency_code = ? AND roc_year = ?", Long.class,
				agency, year);
	}

	private int lockRows(String agency, int year) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM run_lock WHERE agency_code = ? AND roc_year = ?",
				Integer.class, agency, year);
	}

}
