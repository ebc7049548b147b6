package tw.annualreport.system.schema;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A console account disabled by a bureau officer (when, by whom; a disabled account cannot sign
 * in) and its last sign-in. Safe to run again.
 */
public class V19__console_user_status extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		SchemaChanges changes = new SchemaChanges(context.getConnection());
		changes.addColumnIfMissing("console_user", "disabled_at", "TIMESTAMP NULL");
		changes.addColumnIfMissing("console_user", "disabled_by", "VARCHAR(64) NULL");
		changes.addColumnIfMissing("console_user", "last_login_at", "TIMESTAMP NULL");
	}

}
