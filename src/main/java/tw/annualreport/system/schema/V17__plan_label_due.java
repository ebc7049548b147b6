package tw.annualreport.system.schema;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The plan's own numbering of a node (plan.csv 編號: 「一、」, 「(二)」; null for an unnumbered row)
 * and its 完成期限 as the plan writes it. Safe to run again.
 */
public class V17__plan_label_due extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		SchemaChanges changes = new SchemaChanges(context.getConnection());
		changes.addColumnIfMissing("plan_node", "label", "VARCHAR(20) NULL");
		changes.addColumnIfMissing("plan_node", "due", "VARCHAR(100) NULL");
	}

}
