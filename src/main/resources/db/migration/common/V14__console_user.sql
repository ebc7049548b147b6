-- The officers who sign in to the web console (研考承辦人): a BCrypt hash, never the password;
-- an agency officer's agency or a bureau officer's bureau; failed sign-ins and the lock-out.
CREATE TABLE IF NOT EXISTS console_user (
	username VARCHAR(64) NOT NULL,
	password_hash VARCHAR(100) NOT NULL,
	role VARCHAR(10) NOT NULL,
	agency_code VARCHAR(32) NOT NULL,
	failed_logins INT DEFAULT 0 NOT NULL,
	locked_until TIMESTAMP NULL,
	created_at TIMESTAMP NOT NULL,
	PRIMARY KEY (username)
);
