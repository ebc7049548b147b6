package tw.annualreport.system.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database left as a process killed while creating the schema leaves it: the migrations up to
 * a version applied, then the next one half done (some of its statements run, none recorded),
 * optionally with the failed row Flyway writes when a migration breaks off.
 */
final class InterruptedSchema {

	private final DriverManagerDataSource dataSource;

	private final String vendor;

	InterruptedSchema(String url, String user, String password, String vendor) {
		this.dataSource = new DriverManagerDataSource(url, user, password);
		this.vendor = vendor;
	}

	private Flyway flyway(String target) {
		return Flyway.configure()
			.dataSource(this.dataSource)
			.locations("classpath:db/migration/common", "classpath:db/migration/" + this.vendor,
					"classpath:tw/annualreport/system/schema")
			.target(target)
			.load();
	}

	/** Whether every migration there is has been applied, successfully. */
	boolean complete() {
		var info = flyway("latest").info();
		return info.pending().length == 0 && info.applied().length >= 7
				&& java.util.Arrays.stream(info.applied()).allMatch((m) -> m.getState().isApplied() && !m.getState().isFailed());
	}

	/** Applies every migration up to {@code applied}, then the first {@code statements} of V2. */
	void killedDuringImportTables(String applied, int statements, boolean failedRowRecorded) {
		flyway(applied).migrate();
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		List<String> v2 = statements("db/migration/common/V2__import_tables.sql");
		v2.subList(0, statements).forEach(jdbc::execute);
		if (failedRowRecorded) {
			String table = quoted("flyway_schema_history");
			int rank = jdbc.queryForObject("SELECT MAX(" + quoted("installed_rank") + ") + 1 FROM " + table, Integer.class);
			jdbc.update("INSERT INTO " + table + " (" + String.join(", ", Stream.of("installed_rank", "version",
					"description", "type", "script", "checksum", "installed_by", "execution_time", "success")
				.map(this::quoted)
				.toList()) + ") VALUES (?, '2', 'import tables', 'SQL', 'V2__import_tables.sql', 0, 'killed', 0, FALSE)",
					rank);
		}
	}

	/** Flyway's own names: quoted lower case on H2. */
	private String quoted(String name) {
		String quote = this.vendor.equals("h2") ? "\"" : "`";
		return quote + name + quote;
	}

	JdbcTemplate jdbc() {
		return new JdbcTemplate(this.dataSource);
	}

	private static List<String> statements(String resource) {
		try (InputStream in = InterruptedSchema.class.getClassLoader().getResourceAsStream(resource)) {
			String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
			return Arrays.stream(sql.split(";")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
