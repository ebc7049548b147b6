-- The computed figures of agency-years: the whole summary (the same JSON as summary.json, which
-- the report renders and the bureau roll-up reads), and the key figures by metric name for next
-- year's trends and YoY (same names as history.csv: phone.mean, survey.PUB.satisfactionRate …).

CREATE TABLE IF NOT EXISTS agency_summary (
	agency_code VARCHAR(32) NOT NULL,
	roc_year INT NOT NULL,
	import_id BIGINT NOT NULL,
	kind VARCHAR(10) NOT NULL,
	summary_json LONGTEXT NOT NULL,
	computed_at TIMESTAMP NOT NULL,
	PRIMARY KEY (agency_code, roc_year)
);

CREATE TABLE IF NOT EXISTS figure_value (
	agency_code VARCHAR(32) NOT NULL,
	roc_year INT NOT NULL,
	metric VARCHAR(200) NOT NULL,
	figure_value DOUBLE NOT NULL,
	PRIMARY KEY (agency_code, roc_year, metric)
);
