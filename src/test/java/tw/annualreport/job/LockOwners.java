package tw.annualreport.job;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Rows of run_lock as other runs leave them: owned by a live process, a dead one, another host. */
public final class LockOwners {

	private LockOwners() {
	}

	public static void lockedBy(JdbcTemplate jdbc, String agency, int rocYear, String host, long pid, Instant at) {
		jdbc.update("""
				INSERT INTO run_lock (agency_code, roc_year, owner_host, owner_pid, acquired_at) VALUES (?, ?, ?, ?, ?)
				""", agency, rocYear, host, pid, Timestamp.from(at));
	}

	/** A live process of this host other than this JVM: the one that started it (Maven, the IDE). */
	public static long liveOtherProcess() {
		ProcessHandle parent = ProcessHandle.current().parent().orElseThrow();
		assertThat(parent.isAlive()).isTrue();
		return parent.pid();
	}

	/** The pid of a process that has run and ended. */
	public static long endedProcess() {
		try {
			Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"-version")
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
			long pid = process.pid();
			assertThat(ProcessHandle.of(pid)).as("pid " + pid + " is gone").isEmpty();
			return pid;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** This host as {@link RunLock} names it. */
	public static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "localhost";
		}
	}

}
