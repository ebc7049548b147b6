package tw.annualreport.console.account;

import java.time.Instant;

/**
 * An officer's account of the web console.
 *
 * @param agencyCode the officer's agency ({@link ConsoleRole#AGENCY}) or bureau ({@link ConsoleRole#BUREAU})
 * @param lockedUntil until when sign-in is refused after too many failures, or null
 */
public record ConsoleAccount(String username, String passwordHash, ConsoleRole role, String agencyCode,
		int failedLogins, Instant lockedUntil) {

	public boolean lockedAt(Instant now) {
		return this.lockedUntil != null && now.isBefore(this.lockedUntil);
	}

}
