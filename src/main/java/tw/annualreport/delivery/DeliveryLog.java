package tw.annualreport.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The record of every delivery attempt ({@code delivery_attempt}). Each attempt is committed in a
 * transaction of its own, so that it survives the rollback of a failing batch step around it: a
 * failed delivery is exactly the one that must stay on record.
 */
@Component
public class DeliveryLog {

	static final int MAX_TEXT = 2000;

	private static final String SELECT = """
			SELECT id, agency_code, roc_year, kind, attempted_at, recipients, attachments, outcome, error_text
			FROM delivery_attempt WHERE agency_code = ? AND roc_year = ?
			""";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	public DeliveryLog(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Records one attempt, committed at once whatever the caller's transaction does later. */
	public void record(ReportMail mail, List<String> recipients, List<String> attachmentNames, DeliveryOutcome outcome,
			String error) {
		this.ownTransaction.executeWithoutResult((status) -> this.jdbc.update("""
				INSERT INTO delivery_attempt
				(agency_code, roc_year, kind, attempted_at, recipients, attachments, outcome, error_text)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				""", mail.agencyCode(), mail.rocYear(), mail.kind().code(), Timestamp.from(Instant.now()),
				truncate(String.join("; ", recipients)), truncate(String.join("; ", attachmentNames)), outcome.name(),
				(error != null) ? truncate(error) : null));
	}

	/**
	 * Records one notice (a plain-text mail of the submission workflow or a reminder), committed at once.
	 * @param kind what it was, e.g. {@code sent}, {@code returned}, {@code reminder} (at most 10 characters)
	 */
	public void recordNotice(String agencyCode, int rocYear, String kind, List<String> recipients,
			DeliveryOutcome outcome, String error) {
		this.ownTransaction.executeWithoutResult((status) -> this.jdbc.update("""
				INSERT INTO delivery_attempt
				(agency_code, roc_year, kind, attempted_at, recipients, attachments, outcome, error_text)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				""", agencyCode, rocYear, kind, Timestamp.from(Instant.now()), truncate(String.join("; ", recipients)), "",
				outcome.name(), (error != null) ? truncate(error) : null));
	}

	/** The attempts of an agency-year, oldest first. */
	public List<DeliveryAttempt> attempts(String agencyCode, int rocYear) {
		return this.jdbc.query(SELECT + " ORDER BY id", DeliveryLog::attempt, agencyCode, rocYear);
	}

	/** How the latest attempt of an agency-year ended; empty when it was never mailed. */
	public Optional<DeliveryOutcome> lastOutcome(String agencyCode, int rocYear) {
		return this.jdbc.query(SELECT + " ORDER BY id DESC", DeliveryLog::attempt, agencyCode, rocYear)
			.stream()
			.findFirst()
			.map(DeliveryAttempt::outcome);
	}

	private static DeliveryAttempt attempt(ResultSet rs, int row) throws SQLException {
		return new DeliveryAttempt(rs.getLong("id"), rs.getString("agency_code"), rs.getInt("roc_year"),
				rs.getString("kind"), rs.getTimestamp("attempted_at").toInstant(), rs.getString("recipients"),
				rs.getString("attachments"), DeliveryOutcome.valueOf(rs.getString("outcome")),
				rs.getString("error_text"));
	}

	private static String truncate(String text) {
		return (text.length() <= MAX_TEXT) ? text : text.substring(0, MAX_TEXT - 1) + "…";
	}

}
