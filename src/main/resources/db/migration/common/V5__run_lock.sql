-- One run of an agency-year at a time: a run holds the row of its agency-year while it runs.
CREATE TABLE IF NOT EXISTS run_lock (
	agency_code VARCHAR(32) NOT NULL,
	roc_year INT NOT NULL,
	owner_host VARCHAR(200) NOT NULL,
	owner_pid BIGINT NOT NULL,
	acquired_at TIMESTAMP NOT NULL,
	PRIMARY KEY (agency_code, roc_year)
);
