package tw.annualreport.system.schema;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import tw.annualreport.AnnualReportApplication;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * The same as {@link SchemaAfterAKillTests} on the real MySQL-compatible server (127.0.0.1:3306,
 * root, no password, or MARIADB_URL/MARIADB_USER/MARIADB_PASSWORD), where DDL is not transactional
 * either: killed half way through the second migration, the next start completes the schema.
 */
class SchemaAfterAKillIntegrationTests {

	private static final String SERVER = env("MARIADB_URL", "jdbc:mysql://127.0.0.1:3306/");

	private static final String USER = env("MARIADB_USER", "root");

	private static final String PASSWORD = env("MARIADB_PASSWORD", "");

	private static final String DATABASE = "annual_report_schema_it";

	@Test
	void theNextStartCompletesASchemaKilledHalfWay() {
		freshDatabase();
		String url = SERVER + DATABASE + "?useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=LOCAL";
		InterruptedSchema killed = new InterruptedSchema(url, USER, PASSWORD, "mysql");
		killed.killedDuringImportTables("1", 5, true);

		try (ConfigurableApplicationContext context = SpringApplication.run(AnnualReportApplication.class,
				"--annual-report.cli.enabled=false", "--spring.profiles.active=mysql", "--spring.datasource.url=" + url,
				"--spring.datasource.username=" + USER, "--spring.datasource.password=" + PASSWORD)) {
			SchemaAfterAKillTests.assertSchemaComplete(killed, context.getBean(JdbcTemplate.class));
		}
	}

	private static void freshDatabase() {
		try (Connection connection = DriverManager.getConnection(SERVER, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
			statement.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
		}
		catch (SQLException ex) {
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail("MariaDB/MySQL at " + SERVER + " is required on CI: " + ex.getMessage(), ex);
			}
			abort("MariaDB/MySQL at " + SERVER + " is not reachable (" + ex.getMessage() + ")");
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
