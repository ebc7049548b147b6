package tw.annualreport.system.schema;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** The names of each agency's plan levels (層級名稱), from agency.csv. Safe to run again. */
public class V11__agency_level_names extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		new SchemaChanges(context.getConnection()).addColumnIfMissing("agency", "level_names", "VARCHAR(100) NULL");
	}

}
