package tw.annualreport.system.schema;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Marks an import made by a check (檢查資料, {@code import_run.check_only}): read into staging to
 * show the officer the row accounting and rejects, never published. Safe to run again.
 */
public class V18__import_run_check_only extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		SchemaChanges schema = new SchemaChanges(context.getConnection());
		schema.addColumnIfMissing("import_run", "check_only", "BOOLEAN DEFAULT FALSE NOT NULL");
	}

}
