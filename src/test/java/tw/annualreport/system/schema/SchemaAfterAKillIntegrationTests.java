package tw.annualreport.system.schema;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import tw.annualreport.AnnualReportApplication;
import tw.annualreport.support.MariaDb;


/**
 * The same as {@link SchemaAfterAKillTests} on the real MySQL-compatible server (127.0.0.1:3306,
 * root, no password, or MARIADB_URL/MARIADB_USER/MARIADB_PASSWORD), where DDL is not transactional
 * either: killed half way through the second migration, the next start completes the schema.
 */
class SchemaAfterAKillIntegrationTests {

	private static final String DATABASE = "annual_report_schema_it";

	@Test
	void theNextStartCompletesASchemaKilledHalfWay() {
		MariaDb.freshDatabase(DATABASE);
		String url = MariaDb.url(DATABASE);
		InterruptedSchema killed = new InterruptedSchema(url, MariaDb.USER, MariaDb.PASSWORD, "mysql");
		killed.killedDuringImportTables("1", 5, true);

		try (ConfigurableApplicationContext context = SpringApplication.run(AnnualReportApplication.class,
				"--annual-report.cli.enabled=false", "--spring.profiles.active=mysql", "--spring.datasource.url=" + url,
				"--spring.datasource.username=" + MariaDb.USER, "--spring.datasource.password=" + MariaDb.PASSWORD)) {
			SchemaAfterAKillTests.assertSchemaComplete(killed, context.getBean(JdbcTemplate.class));
		}
	}

}
