package tw.annualreport.console.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The console's accounts (table {@code console_user}), their failed sign-ins (after
 * {@value #MAX_FAILURES} failures in a row the account is locked for {@link #LOCK_OUT}), their last
 * sign-in, and whether a bureau officer has disabled them.
 */
@Component
public class ConsoleAccounts {

	public static final int MAX_FAILURES = 5;

	public static final Duration LOCK_OUT = Duration.ofMinutes(15);

	private static final String COLUMNS = """
			SELECT username, password_hash, role, agency_code, failed_logins, locked_until, disabled_at, disabled_by,
			       last_login_at
			FROM console_user
			""";

	private static final String SELECT = COLUMNS + "WHERE username = ?";

	private static final String OF_AGENCIES = COLUMNS + "WHERE agency_code IN (:codes) AND role = 'AGENCY' ORDER BY agency_code, username";

	private static final String INSERT = """
			INSERT INTO console_user (username, password_hash, role, agency_code, failed_logins, created_at)
			VALUES (?, ?, ?, ?, 0, ?)
			""";

	/** --add-user again: the new password, role and agency; unlocked and enabled again. */
	private static final String UPDATE_ACCOUNT = """
			UPDATE console_user SET password_hash = ?, role = ?, agency_code = ?, failed_logins = 0, locked_until = NULL,
			       disabled_at = NULL, disabled_by = NULL
			WHERE username = ?
			""";

	private static final String CHANGE_PASSWORD = """
			UPDATE console_user SET password_hash = ? WHERE username = ?
			""";

	private static final String FAILED = """
			UPDATE console_user SET failed_logins = failed_logins + 1 WHERE username = ?
			""";

	private static final String LOCK = """
			UPDATE console_user SET failed_logins = 0, locked_until = ? WHERE username = ? AND failed_logins >= ?
			""";

	private static final String SUCCEEDED = """
			UPDATE console_user SET failed_logins = 0, locked_until = NULL, last_login_at = ? WHERE username = ?
			""";

	private static final String DISABLE = """
			UPDATE console_user SET disabled_at = ?, disabled_by = ? WHERE username = ? AND disabled_at IS NULL
			""";

	private static final String ENABLE = """
			UPDATE console_user SET disabled_at = NULL, disabled_by = NULL, failed_logins = 0, locked_until = NULL
			WHERE username = ?
			""";

	private static final RowMapper<ConsoleAccount> ACCOUNT = (rs, i) -> new ConsoleAccount(rs.getString("username"),
			rs.getString("password_hash"), ConsoleRole.valueOf(rs.getString("role")), rs.getString("agency_code"),
			rs.getInt("failed_logins"), instant(rs.getTimestamp("locked_until")), instant(rs.getTimestamp("disabled_at")),
			rs.getString("disabled_by"), instant(rs.getTimestamp("last_login_at")));

	private final JdbcTemplate jdbc;

	private final Clock clock = Clock.systemUTC();

	public ConsoleAccounts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<ConsoleAccount> find(String username) {
		return this.jdbc.query(SELECT, ACCOUNT, username).stream().findFirst();
	}

	/** The agency officers' accounts of the given agencies, by agency and name. */
	public List<ConsoleAccount> ofAgencies(Collection<String> codes) {
		if (codes.isEmpty()) {
			return List.of();
		}
		return new NamedParameterJdbcTemplate(this.jdbc).query(OF_AGENCIES, new MapSqlParameterSource("codes", codes),
				ACCOUNT);
	}

	/**
	 * Creates the account, or gives an existing one the new password, role and agency (and unlocks
	 * and enables it again: the administrator's answer to 「請洽系統管理者」).
	 * @return whether it was created
	 */
	public boolean save(String username, String passwordHash, ConsoleRole role, String agencyCode) {
		if (this.jdbc.update(UPDATE_ACCOUNT, passwordHash, role.name(), agencyCode, username) > 0) {
			return false;
		}
		this.jdbc.update(INSERT, username, passwordHash, role.name(), agencyCode, Timestamp.from(now()));
		return true;
	}

	/** The officer's own new password (the console's 變更密碼). */
	public void changePassword(String username, String passwordHash) {
		this.jdbc.update(CHANGE_PASSWORD, passwordHash, username);
	}

	/** A wrong password: the fifth in a row locks the account for 15 minutes. */
	public void failed(String username) {
		this.jdbc.update(FAILED, username);
		this.jdbc.update(LOCK, Timestamp.from(now().plus(LOCK_OUT)), username, MAX_FAILURES);
	}

	/** A sign-in: the failures forgotten, the time kept as the last sign-in. */
	public void succeeded(String username) {
		this.jdbc.update(SUCCEEDED, Timestamp.from(now()), username);
	}

	/** Disables the account (it cannot sign in), recording by whom; an account already disabled keeps its record. */
	public void disable(String username, String by) {
		this.jdbc.update(DISABLE, Timestamp.from(now()), by, username);
	}

	/** Enables the account again (and lifts a lock-out). */
	public void enable(String username) {
		this.jdbc.update(ENABLE, username);
	}

	public Instant now() {
		return this.clock.instant();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
