-- The job instance an import belongs to: every step of a run, a restart of it, or one agency's
-- partition of a bureau run finds its own import by (agency, year, job instance), with no state
-- shared in the job's execution context.
ALTER TABLE import_run ADD COLUMN job_instance_id BIGINT NULL;

CREATE INDEX import_run_instance ON import_run (job_instance_id, agency_code, roc_year);

-- publishing deletes the other imports of an agency-year
CREATE INDEX import_run_agency_year ON import_run (agency_code, roc_year);
