package tw.annualreport.system.schema;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** The cover's contact of each agency, from agency.csv (聯絡人, 聯絡電話, 聯絡信箱). Safe to run again. */
public class V9__agency_contact extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		SchemaChanges schema = new SchemaChanges(context.getConnection());
		schema.addColumnIfMissing("agency", "contact_name", "VARCHAR(100) NULL");
		schema.addColumnIfMissing("agency", "contact_phone", "VARCHAR(50) NULL");
		schema.addColumnIfMissing("agency", "contact_mail", "VARCHAR(200) NULL");
	}

}
