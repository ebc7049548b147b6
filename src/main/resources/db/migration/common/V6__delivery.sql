-- Every attempt to mail an agency-year's report (SPEC §6): when, to whom, which files, and how it
-- ended. One row per SMTP attempt, retries included; rows are never updated. A failed delivery
-- can be re-sent from the files on disk (--resend) and is recorded again.

CREATE TABLE IF NOT EXISTS delivery_attempt (
	id BIGINT AUTO_INCREMENT PRIMARY KEY,
	agency_code VARCHAR(32) NOT NULL,
	roc_year INT NOT NULL,
	kind VARCHAR(10) NOT NULL,
	attempted_at TIMESTAMP NOT NULL,
	recipients VARCHAR(2000) NOT NULL,
	attachments VARCHAR(2000) NOT NULL,
	outcome VARCHAR(10) NOT NULL,
	error_text VARCHAR(2000)
);
