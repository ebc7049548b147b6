package tw.annualreport.delivery;

import java.time.Instant;

/**
 * A recorded delivery attempt (a row of {@code delivery_attempt}).
 *
 * @param recipients To and Cc addresses, {@code ; }-separated
 * @param attachments the attached file names as the recipient sees them, {@code ; }-separated
 * @param error the failure, or null when sent
 */
public record DeliveryAttempt(long id, String agencyCode, int rocYear, String kind, Instant attemptedAt,
		String recipients, String attachments, DeliveryOutcome outcome, String error) {
}
