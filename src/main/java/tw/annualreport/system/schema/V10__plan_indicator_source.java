package tw.annualreport.system.schema;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The computed figure a plan indicator takes its actual from (plan.csv 指標來源, e.g.
 * {@code phone.mean}). Safe to run again.
 */
public class V10__plan_indicator_source extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		new SchemaChanges(context.getConnection()).addColumnIfMissing("plan_node", "indicator_source",
				"VARCHAR(200) NULL");
	}

}
