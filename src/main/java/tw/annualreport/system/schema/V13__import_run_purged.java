package tw.annualreport.system.schema;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * When an import's rows were removed by a later publish ({@code import_run.purged_at}), so that
 * publishing touches only the imports that still have rows. Safe to run again.
 */
public class V13__import_run_purged extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		SchemaChanges schema = new SchemaChanges(context.getConnection());
		schema.addColumnIfMissing("import_run", "purged_at", "TIMESTAMP NULL");
	}

}
