-- improvements.csv (檢討與改進, optional): the officer's improvement per review flag of 陸 (or per
-- item of the agency's own), joined to the flags by item when the report is rendered.
CREATE TABLE IF NOT EXISTS improvement (
	import_id BIGINT NOT NULL,
	row_no INT NOT NULL,
	item VARCHAR(300) NOT NULL,
	finding VARCHAR(2000),
	improve_action VARCHAR(2000) NOT NULL,
	units VARCHAR(200),
	due_date DATE,
	PRIMARY KEY (import_id, row_no)
);
