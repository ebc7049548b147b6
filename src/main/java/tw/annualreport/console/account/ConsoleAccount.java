package tw.annualreport.console.account;

import java.time.Instant;

/**
 * An officer's account of the web console.
 *
 * @param agencyCode the officer's agency ({@link ConsoleRole#AGENCY}) or bureau ({@link ConsoleRole#BUREAU})
 * @param lockedUntil until when sign-in is refused after too many failures, or null
 * @param disabledAt when a bureau officer disabled the account (it cannot sign in), or null
 * @param disabledBy who disabled it, or null
 * @param lastLogin the last successful sign-in, or null
 */
public record ConsoleAccount(String username, String passwordHash, ConsoleRole role, String agencyCode,
		int failedLogins, Instant lockedUntil, Instant disabledAt, String disabledBy, Instant lastLogin) {

	/** An enabled account that has never signed in. */
	public ConsoleAccount(String username, String passwordHash, ConsoleRole role, String agencyCode, int failedLogins,
			Instant lockedUntil) {
		this(username, passwordHash, role, agencyCode, failedLogins, lockedUntil, null, null, null);
	}

	public boolean lockedAt(Instant now) {
		return this.lockedUntil != null && now.isBefore(this.lockedUntil);
	}

	public boolean disabled() {
		return this.disabledAt != null;
	}

}
