package tw.annualreport.job;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Makes sure two runs of the same agency-year never run at once, across processes and machines
 * sharing the database: a run inserts the agency-year's row and deletes it when done. A row
 * left by a process that died (kill -9, power loss) is taken over when that process is gone
 * from this host, or when it is older than a day. Of two runs started close together the one
 * that started first wins, even when the other reached the database first: until a run
 * {@link #confirm confirms} its lock just before its job starts, an earlier-started run may take
 * the lock over, and the later one then stops.
 */
@Component
public class RunLock {

	private static final Log logger = LogFactory.getLog(RunLock.class);

	private static final Duration STALE_AFTER = Duration.ofHours(24);

	private final JdbcTemplate jdbc;

	private final String host;

	/** When this process started: the run's place in the queue. */
	private final Instant started;

	public RunLock(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.host = hostName();
		this.started = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
	}

	/**
	 * The owner of a lock row.
	 *
	 * @param started when the owner's process started ({@code null} for rows of older versions)
	 * @param confirmed whether its job has started: then the lock is held until released
	 */
	record Owner(String host, long pid, Instant acquiredAt, Instant started, boolean confirmed) {
	}

	/**
	 * Takes the lock of an agency-year.
	 * @return true, or false when another live run holds it
	 */
	public boolean acquire(String agencyCode, int rocYear) {
		for (int attempt = 0; attempt < 2; attempt++) {
			try {
				this.jdbc.update("""
						INSERT INTO run_lock (agency_code, roc_year, owner_host, owner_pid, acquired_at, owner_started_at,
						                      lock_state)
						VALUES (?, ?, ?, ?, ?, ?, 'ACQUIRED')
						""", agencyCode, rocYear, this.host, ProcessHandle.current().pid(), Timestamp.from(Instant.now()),
						Timestamp.from(this.started));
				return true;
			}
			catch (DuplicateKeyException ex) {
				Owner owner = owner(agencyCode, rocYear);
				if (owner != null && !stale(owner)) {
					return startedLater(owner) && takeOver(agencyCode, rocYear, owner);
				}
				logger.warn(agencyCode + " " + rocYear + " 年度有前次中斷的執行留下的鎖定，已解除");
				this.jdbc.update("DELETE FROM run_lock WHERE agency_code = ? AND roc_year = ?", agencyCode, rocYear);
			}
		}
		return false;
	}

	/**
	 * Marks the lock as held by a running job, just before it starts.
	 * @return false when an earlier-started run took the lock over: this run must stop
	 */
	public boolean confirm(String agencyCode, int rocYear) {
		return this.jdbc.update("""
				UPDATE run_lock SET lock_state = 'RUNNING'
				WHERE agency_code = ? AND roc_year = ? AND owner_host = ? AND owner_pid = ? AND lock_state = 'ACQUIRED'
				""", agencyCode, rocYear, this.host, ProcessHandle.current().pid()) == 1;
	}

	private boolean startedLater(Owner owner) {
		return !owner.confirmed() && owner.started() != null && owner.started().isAfter(this.started)
				&& !(owner.host().equals(this.host) && owner.pid() == ProcessHandle.current().pid());
	}

	/** Takes a not yet confirmed lock from a run that started after this one; atomic against its confirm. */
	private boolean takeOver(String agencyCode, int rocYear, Owner owner) {
		boolean taken = this.jdbc.update("""
				UPDATE run_lock SET owner_host = ?, owner_pid = ?, acquired_at = ?, owner_started_at = ?
				WHERE agency_code = ? AND roc_year = ? AND owner_host = ? AND owner_pid = ? AND lock_state = 'ACQUIRED'
				""", this.host, ProcessHandle.current().pid(), Timestamp.from(Instant.now()), Timestamp.from(this.started),
				agencyCode, rocYear, owner.host(), owner.pid()) == 1;
		if (taken) {
			logger.info(agencyCode + " " + rocYear + " 年度：另一個較晚啟動的執行尚未開始，由本執行先產製");
		}
		return taken;
	}

	public void release(String agencyCode, int rocYear) {
		this.jdbc.update("DELETE FROM run_lock WHERE agency_code = ? AND roc_year = ? AND owner_host = ? AND owner_pid = ?",
				agencyCode, rocYear, this.host, ProcessHandle.current().pid());
	}

	/** Who holds the lock of an agency-year, if anyone. */
	Owner owner(String agencyCode, int rocYear) {
		List<Owner> owners = this.jdbc.query("""
				SELECT owner_host, owner_pid, acquired_at, owner_started_at, lock_state FROM run_lock
				WHERE agency_code = ? AND roc_year = ?
				""", (rs, i) -> new Owner(rs.getString(1), rs.getLong(2), rs.getTimestamp(3).toInstant(),
				(rs.getTimestamp(4) == null) ? null : rs.getTimestamp(4).toInstant(), "RUNNING".equals(rs.getString(5))),
				agencyCode, rocYear);
		return owners.isEmpty() ? null : owners.get(0);
	}

	private boolean stale(Owner owner) {
		if (owner.acquiredAt().isBefore(Instant.now().minus(STALE_AFTER))) {
			return true;
		}
		boolean here = owner.host().equals(this.host);
		return here && (owner.pid() == ProcessHandle.current().pid() ? false : ProcessHandle.of(owner.pid()).isEmpty());
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "localhost";
		}
	}

}
