package tw.annualreport.system.schema;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import tw.annualreport.AnnualReportApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process killed while the embedded database's schema was being created (after the first
 * migration, part of the second run) does not break the database for good: the next start
 * completes the schema, with or without the failed row Flyway may have recorded.
 */
class SchemaAfterAKillTests {

	@TempDir
	Path temp;

	@ParameterizedTest(name = "killed after {1} statements of V2, failed row recorded: {2}")
	@CsvSource({ "1, 1, false", "1, 3, false", "1, 3, true", "1, 11, true" })
	void theNextStartCompletesTheSchema(String applied, int statements, boolean failedRow) {
		String url = "jdbc:h2:file:" + this.temp.resolve("annual-report") + ";WRITE_DELAY=0";
		InterruptedSchema killed = new InterruptedSchema(url, "sa", "", "h2");
		killed.killedDuringImportTables(applied, statements, failedRow);

		try (ConfigurableApplicationContext context = SpringApplication.run(AnnualReportApplication.class,
				"--annual-report.cli.enabled=false", "--spring.datasource.url=" + url)) {
			assertSchemaComplete(killed, context.getBean(JdbcTemplate.class));
		}
	}

	static void assertSchemaComplete(InterruptedSchema schema, JdbcTemplate jdbc) {
		assertThat(schema.complete()).as("every migration applied, none failed").isTrue();
		// the last tables of V2, a column of V7 and of V8 exist and can be used
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM history_figure", Long.class)).isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM import_run WHERE job_instance_id IS NOT NULL", Long.class))
			.isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM run_lock WHERE lock_state = 'RUNNING'", Long.class)).isZero();
	}

}
