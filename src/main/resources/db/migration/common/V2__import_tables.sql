-- The imported source data of agency-years (SPEC §3). Every row belongs to one import; an
-- agency-year shows the import published last (agency_year.import_id). A re-import writes a new
-- import beside the old one and switches over in one transaction, so readers never see half
-- old and half new data, and a failed import leaves the previous data untouched.

CREATE TABLE IF NOT EXISTS import_run (
	id BIGINT AUTO_INCREMENT PRIMARY KEY,
	agency_code VARCHAR(32) NOT NULL,
	roc_year INT NOT NULL,
	source_folder VARCHAR(1000),
	started_at TIMESTAMP NOT NULL,
	published_at TIMESTAMP NULL
);

CREATE TABLE IF NOT EXISTS agency_year (
	agency_code VARCHAR(32) NOT NULL,
	roc_year INT NOT NULL,
	import_id BIGINT NOT NULL,
	published_at TIMESTAMP NOT NULL,
	PRIMARY KEY (agency_code, roc_year)
);

CREATE TABLE IF NOT EXISTS import_file (
	import_id BIGINT NOT NULL,
	file_key VARCHAR(40) NOT NULL,
	source_name VARCHAR(300),
	rows_read BIGINT NOT NULL,
	rows_accepted BIGINT NOT NULL,
	rows_rejected BIGINT NOT NULL,
	status VARCHAR(20) NOT NULL,
	PRIMARY KEY (import_id, file_key)
);

CREATE TABLE IF NOT EXISTS import_reject (
	id BIGINT AUTO_INCREMENT PRIMARY KEY,
	import_id BIGINT NOT NULL,
	file_key VARCHAR(40) NOT NULL,
	source_name VARCHAR(300),
	sheet VARCHAR(100),
	row_no INT NOT NULL,
	column_name VARCHAR(100),
	cell_value VARCHAR(500),
	reason_code VARCHAR(40) NOT NULL,
	reason_text VARCHAR(1000) NOT NULL
);

CREATE TABLE IF NOT EXISTS agency (
	import_id BIGINT NOT NULL,
	code VARCHAR(32) NOT NULL,
	name VARCHAR(200) NOT NULL,
	parent_code VARCHAR(32),
	parent_name VARCHAR(200),
	mail_to VARCHAR(1000),
	PRIMARY KEY (import_id, code)
);

CREATE TABLE IF NOT EXISTS plan_node (
	import_id BIGINT NOT NULL,
	code VARCHAR(20) NOT NULL,
	parent_code VARCHAR(20),
	node_level INT NOT NULL,
	seq INT NOT NULL,
	title VARCHAR(2000) NOT NULL,
	units VARCHAR(500),
	indicator_name VARCHAR(300),
	indicator_unit VARCHAR(40),
	direction VARCHAR(10),
	target_value DECIMAL(20, 6),
	previous_value DECIMAL(20, 6),
	PRIMARY KEY (import_id, code)
);

CREATE TABLE IF NOT EXISTS execution_record (
	import_id BIGINT NOT NULL,
	row_no INT NOT NULL,
	measure_code VARCHAR(20) NOT NULL,
	exec_date DATE NOT NULL,
	unit VARCHAR(200),
	description VARCHAR(4000),
	sessions INT NOT NULL,
	participants INT NOT NULL,
	actual_value DECIMAL(20, 6),
	status VARCHAR(20) NOT NULL,
	evidence VARCHAR(1000),
	PRIMARY KEY (import_id, row_no)
);

CREATE TABLE IF NOT EXISTS phone_test (
	import_id BIGINT NOT NULL,
	test_id VARCHAR(60) NOT NULL,
	row_no INT NOT NULL,
	test_date DATE NOT NULL,
	unit VARCHAR(200) NOT NULL,
	tester VARCHAR(100),
	total DOUBLE NOT NULL,
	deductions VARCHAR(1000),
	note VARCHAR(1000),
	PRIMARY KEY (import_id, test_id)
);

CREATE TABLE IF NOT EXISTS phone_test_score (
	import_id BIGINT NOT NULL,
	test_id VARCHAR(60) NOT NULL,
	item_code VARCHAR(40) NOT NULL,
	score DECIMAL(10, 4) NOT NULL,
	max_score DECIMAL(10, 4) NOT NULL,
	PRIMARY KEY (import_id, test_id, item_code)
);

CREATE TABLE IF NOT EXISTS survey_question (
	import_id BIGINT NOT NULL,
	survey_code VARCHAR(40) NOT NULL,
	survey_title VARCHAR(300) NOT NULL,
	audience VARCHAR(20) NOT NULL,
	population INT,
	question_no INT NOT NULL,
	question_text VARCHAR(1000) NOT NULL,
	dimension VARCHAR(100),
	overall BOOLEAN NOT NULL,
	PRIMARY KEY (import_id, survey_code, question_no)
);

CREATE TABLE IF NOT EXISTS survey_response (
	import_id BIGINT NOT NULL,
	survey_code VARCHAR(40) NOT NULL,
	response_id VARCHAR(60) NOT NULL,
	row_no INT NOT NULL,
	response_date DATE,
	service VARCHAR(200),
	gender VARCHAR(20),
	age_band VARCHAR(40),
	comment_text VARCHAR(4000),
	PRIMARY KEY (import_id, survey_code, response_id)
);

-- one row per answered question: 1..5, or 9 = not applicable; blank/0 (not answered) is not stored
CREATE TABLE IF NOT EXISTS survey_answer (
	import_id BIGINT NOT NULL,
	survey_code VARCHAR(40) NOT NULL,
	response_id VARCHAR(60) NOT NULL,
	question_no INT NOT NULL,
	answer INT NOT NULL,
	PRIMARY KEY (import_id, survey_code, response_id, question_no)
);

CREATE TABLE IF NOT EXISTS case_record (
	import_id BIGINT NOT NULL,
	case_id VARCHAR(60) NOT NULL,
	row_no INT NOT NULL,
	case_type VARCHAR(20) NOT NULL,
	channel VARCHAR(100),
	category VARCHAR(200),
	received_date DATE NOT NULL,
	limit_days INT NOT NULL,
	closed_date DATE,
	PRIMARY KEY (import_id, case_id)
);

CREATE TABLE IF NOT EXISTS history_figure (
	import_id BIGINT NOT NULL,
	figure_year INT NOT NULL,
	metric VARCHAR(200) NOT NULL,
	figure_value DOUBLE NOT NULL,
	PRIMARY KEY (import_id, figure_year, metric)
);
