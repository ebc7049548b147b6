package tw.annualreport.job;

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
 * from this host, or when it is older than a day.
 */
@Component
public class RunLock {

	private static final Log logger = LogFactory.getLog(RunLock.class);

	private static final Duration STALE_AFTER = Duration.ofHours(24);

	private final JdbcTemplate jdbc;

	private final String host;

	public RunLock(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.host = hostName();
	}

	/** The owner of a lock row. */
	record Owner(String host, long pid, Instant acquiredAt) {
	}

	/**
	 * Takes the lock of an agency-year.
	 * @return true, or false when another live run holds it
	 */
	public boolean acquire(String agencyCode, int rocYear) {
		for (int attempt = 0; attempt < 2; attempt++) {
			try {
				this.jdbc.update("""
						INSERT INTO run_lock (agency_code, roc_year, owner_host, owner_pid, acquired_at)
						VALUES (?, ?, ?, ?, ?)
						""", agencyCode, rocYear, this.host, ProcessHandle.current().pid(), Timestamp.from(Instant.now()));
				return true;
			}
			catch (DuplicateKeyException ex) {
				Owner owner = owner(agencyCode, rocYear);
				if (owner != null && !stale(owner)) {
					return false;
				}
				logger.warn(agencyCode + " " + rocYear + " 年度有前次中斷的執行留下的鎖定，已解除");
				this.jdbc.update("DELETE FROM run_lock WHERE agency_code = ? AND roc_year = ?", agencyCode, rocYear);
			}
		}
		return false;
	}

	public void release(String agencyCode, int rocYear) {
		this.jdbc.update("DELETE FROM run_lock WHERE agency_code = ? AND roc_year = ? AND owner_host = ? AND owner_pid = ?",
				agencyCode, rocYear, this.host, ProcessHandle.current().pid());
	}

	/** Who holds the lock of an agency-year, if anyone. */
	Owner owner(String agencyCode, int rocYear) {
		List<Owner> owners = this.jdbc.query(
				"SELECT owner_host, owner_pid, acquired_at FROM run_lock WHERE agency_code = ? AND roc_year = ?",
				(rs, i) -> new Owner(rs.getString(1), rs.getLong(2), rs.getTimestamp(3).toInstant()), agencyCode, rocYear);
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
