package tw.annualreport.system.schema;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The indexes the imports, the delivery log and publishing look rows up by, and the job instance
 * an import belongs to: every step of a run, a restart of it, or one agency's partition of a
 * bureau run finds its own import by (agency, year, job instance), with nothing shared in the
 * job's execution context. Safe to run again ({@link SchemaChanges}).
 */
public class V7__indexes_and_import_job_instance extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		SchemaChanges schema = new SchemaChanges(context.getConnection());
		schema.createIndexIfMissing("import_reject_import", "import_reject", "import_id, file_key");
		schema.createIndexIfMissing("execution_record_measure", "execution_record", "import_id, measure_code");
		schema.createIndexIfMissing("delivery_attempt_agency_year", "delivery_attempt", "agency_code, roc_year");
		schema.addColumnIfMissing("import_run", "job_instance_id", "BIGINT NULL");
		schema.createIndexIfMissing("import_run_instance", "import_run", "job_instance_id, agency_code, roc_year");
		// publishing deletes the other imports of an agency-year
		schema.createIndexIfMissing("import_run_agency_year", "import_run", "agency_code, roc_year");
	}

}
