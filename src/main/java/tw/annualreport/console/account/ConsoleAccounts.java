package tw.annualreport.console.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The console's accounts (table {@code console_user}) and their failed sign-ins: after
 * {@value #MAX_FAILURES} failures in a row the account is locked for {@link #LOCK_OUT}.
 */
@Component
public class ConsoleAccounts {

	public static final int MAX_FAILURES = 5;

	public static final Duration LOCK_OUT = Duration.ofMinutes(15);

	private static final String SELECT = """
			SELECT username, password_hash, role, agency_code, failed_logins, locked_until
			FROM console_user WHERE username = ?
			""";

	private static final String INSERT = """
			INSERT INTO console_user (username, password_hash, role, agency_code, failed_logins, created_at)
			VALUES (?, ?, ?, ?, 0, ?)
			""";

	private static final String UPDATE_PASSWORD = """
			UPDATE console_user SET password_hash = ?, role = ?, agency_code = ?, failed_logins = 0, locked_until = NULL
			WHERE username = ?
			""";

	private static final String FAILED = """
			UPDATE console_user SET failed_logins = failed_logins + 1 WHERE username = ?
			""";

	private static final String LOCK = """
			UPDATE console_user SET failed_logins = 0, locked_until = ? WHERE username = ? AND failed_logins >= ?
			""";

	private static final String SUCCEEDED = """
			UPDATE console_user SET failed_logins = 0, locked_until = NULL WHERE username = ?
			""";

	private static final RowMapper<ConsoleAccount> ACCOUNT = (rs, i) -> {
		Timestamp locked = rs.getTimestamp("locked_until");
		return new ConsoleAccount(rs.getString("username"), rs.getString("password_hash"),
				ConsoleRole.valueOf(rs.getString("role")), rs.getString("agency_code"), rs.getInt("failed_logins"),
				locked == null ? null : locked.toInstant());
	};

	private final JdbcTemplate jdbc;

	private final Clock clock = Clock.systemUTC();

	public ConsoleAccounts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<ConsoleAccount> find(String username) {
		return this.jdbc.query(SELECT, ACCOUNT, username).stream().findFirst();
	}

	/** Creates the account, or gives an existing one the new password, role and agency (and unlocks it). */
	public boolean save(String username, String passwordHash, ConsoleRole role, String agencyCode) {
		if (this.jdbc.update(UPDATE_PASSWORD, passwordHash, role.name(), agencyCode, username) > 0) {
			return false;
		}
		this.jdbc.update(INSERT, username, passwordHash, role.name(), agencyCode, Timestamp.from(now()));
		return true;
	}

	/** A wrong password: the fifth in a row locks the account for 15 minutes. */
	public void failed(String username) {
		this.jdbc.update(FAILED, username);
		this.jdbc.update(LOCK, Timestamp.from(now().plus(LOCK_OUT)), username, MAX_FAILURES);
	}

	public void succeeded(String username) {
		this.jdbc.update(SUCCEEDED, username);
	}

	public Instant now() {
		return this.clock.instant();
	}

}
