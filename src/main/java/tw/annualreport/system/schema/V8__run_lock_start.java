package tw.annualreport.system.schema;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The first of two runs to START wins the lock, not the first to reach the database: a lock row
 * records when its process started, and stays takeable ({@code ACQUIRED}) by an earlier-started
 * run until its job really starts ({@code RUNNING}). Safe to run again.
 */
public class V8__run_lock_start extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		SchemaChanges schema = new SchemaChanges(context.getConnection());
		schema.addColumnIfMissing("run_lock", "owner_started_at", "TIMESTAMP NULL");
		schema.addColumnIfMissing("run_lock", "lock_state", "VARCHAR(10) DEFAULT 'RUNNING' NOT NULL");
	}

}
