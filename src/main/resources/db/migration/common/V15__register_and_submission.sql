-- A bureau's register (機關名冊) of a year: the agencies it expects, with their due date (SPEC §3
-- agencies.csv). Replaced whole when the bureau's agencies.csv is read or edited in the console.
CREATE TABLE IF NOT EXISTS agency_register (
	roc_year INT NOT NULL,
	parent_code VARCHAR(32) NOT NULL,
	code VARCHAR(32) NOT NULL,
	name VARCHAR(200) NOT NULL,
	mail_to VARCHAR(1000),
	due_date DATE NOT NULL,
	updated_at TIMESTAMP NOT NULL,
	updated_by VARCHAR(64) NOT NULL,
	PRIMARY KEY (roc_year, code)
);

-- An agency-year's report as sent to the bureau (送出) and the bureau's decision (核定 / 退回):
-- the current state, and the number of the frozen copy (<out>/<Y>/<code>/submitted/<n>/).
CREATE TABLE IF NOT EXISTS submission (
	roc_year INT NOT NULL,
	agency_code VARCHAR(32) NOT NULL,
	parent_code VARCHAR(32),
	status VARCHAR(10) NOT NULL,
	copy_number INT NOT NULL,
	sent_at TIMESTAMP NOT NULL,
	decided_at TIMESTAMP NULL,
	PRIMARY KEY (roc_year, agency_code)
);

-- Every step of a submission (送出, 退回, 核定): who, when, with what comment. Never updated.
CREATE TABLE IF NOT EXISTS submission_step (
	id BIGINT AUTO_INCREMENT PRIMARY KEY,
	roc_year INT NOT NULL,
	agency_code VARCHAR(32) NOT NULL,
	step VARCHAR(10) NOT NULL,
	copy_number INT NOT NULL,
	actor VARCHAR(64) NOT NULL,
	acted_at TIMESTAMP NOT NULL,
	comment_text VARCHAR(2000)
);

-- The reminders already mailed (繳交提醒, 逾期通知, the bureau's weekly digest), so that each goes once.
CREATE TABLE IF NOT EXISTS reminder_sent (
	roc_year INT NOT NULL,
	agency_code VARCHAR(32) NOT NULL,
	reminder VARCHAR(20) NOT NULL,
	sent_at TIMESTAMP NOT NULL,
	PRIMARY KEY (roc_year, agency_code, reminder)
);
