-- A schedule that is failing now (排程警示), so that its recovery is told to the operators once.
CREATE TABLE IF NOT EXISTS schedule_alert (
	schedule_name VARCHAR(32) NOT NULL,
	failing_since TIMESTAMP NOT NULL,
	reason VARCHAR(2000) NOT NULL,
	PRIMARY KEY (schedule_name)
);
