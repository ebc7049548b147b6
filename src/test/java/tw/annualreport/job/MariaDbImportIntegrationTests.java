package tw.annualreport.job;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import tw.annualreport.AnnualReportApplication;
import tw.annualreport.source.BatchInserts;
import tw.annualreport.source.LocalInfileLoads;
import tw.annualreport.source.TableWriter;
import tw.annualreport.support.MariaDb;
import tw.annualreport.support.RejectsCsv;
import tw.annualreport.support.SampleFolders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same build against the real MySQL-compatible server (SPEC §6): the schema is migrated by
 * the application, and the sample KHH-ZY imports into exactly the same rows as on H2, Chinese
 * text included (utf8mb4, no mojibake) — bulk-loaded there, inserted on H2 — and the run lookups'
 * SQL finds the same runs on both. Needs MariaDB/MySQL on 127.0.0.1:3306 (root, no password, or
 * MARIADB_URL/MARIADB_USER/MARIADB_PASSWORD); skipped without it unless CI=true.
 */
class MariaDbImportIntegrationTests {

	/** The one job these runs are of. */
	private static final List<String> JOBS = List.of(AnnualReportJobConfiguration.JOB_NAME);

	private static final String SERVER = MariaDb.SERVER;

	private static final String USER = MariaDb.USER;

	private static final String PASSWORD = MariaDb.PASSWORD;

	private static final String DATABASE = "annual_report_it";

	private static final Map<String, String> TABLES = new LinkedHashMap<>(ImportJobTestSupport.DATA_TABLES);

	static {
		TABLES.put("import_file", "file_key");
		// a file's problems in the order its step wrote them; the files' steps run side by side
		TABLES.put("import_reject", "file_key, id");
	}

	@TempDir
	static Path temp;

	static ConfigurableApplicationContext mariaDb;

	static ConfigurableApplicationContext h2;

	@BeforeAll
	static void freshDatabase() throws SQLException {
		MariaDb.freshDatabase(DATABASE);
		mariaDb = context("--spring.profiles.active=mysql", "--spring.datasource.url=" + SERVER + DATABASE
				+ "?useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=LOCAL",
				"--spring.datasource.username=" + USER, "--spring.datasource.password=" + PASSWORD);
		h2 = context("--spring.datasource.url=jdbc:h2:mem:it-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
	}

	@AfterAll
	static void close() {
		if (mariaDb != null) {
			mariaDb.close();
		}
		if (h2 != null) {
			h2.close();
		}
	}

	private static ConfigurableApplicationContext context(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.add("--annual-report.cli.enabled=false");
		all.add("--logging.level.tw.annualreport=WARN");
		return new SpringApplicationBuilder(AnnualReportApplication.class).web(WebApplicationType.NONE)
			.run(all.toArray(String[]::new));
	}

	private static JobExecution importSample(ConfigurableApplicationContext context, Path input, Path out) throws Exception {
		return context.getBean(JobOperator.class)
			.start(context.getBean(Job.class), ImportJobTestSupport.parameters("KHH-ZY", input, out));
	}

	@Test
	void theSampleImportsIntoExactlyTheSameRowsOnMariaDbAsOnH2() throws Exception {
		Path input = SampleFolders.copy("113/KHH-ZY", temp.resolve("in/KHH-ZY"));
		JobExecution onMariaDb = importSample(mariaDb, input, temp.resolve("out-mariadb"));
		JobExecution onH2 = importSample(h2, input, temp.resolve("out-h2"));

		// MariaDB takes the rows by LOAD DATA LOCAL INFILE, H2 by batched INSERTs: the same rows either way
		assertThat(mariaDb.getBean(TableWriter.class)).isInstanceOf(LocalInfileLoads.class);
		assertThat(h2.getBean(TableWriter.class)).isInstanceOf(BatchInserts.class);
		assertThat(onMariaDb.getStatus()).as(ImportJobTestSupport.failureReason(onMariaDb)).isEqualTo(BatchStatus.COMPLETED);
		assertThat(onH2.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		JdbcTemplate maria = mariaDb.getBean(JdbcTemplate.class);
		JdbcTemplate embedded = h2.getBean(JdbcTemplate.class);
		long mariaImport = ImportJobTestSupport.importIdOf(maria, onMariaDb);
		long h2Import = ImportJobTestSupport.importIdOf(embedded, onH2);
		for (Map.Entry<String, String> table : TABLES.entrySet()) {
			List<List<String>> expected = rows(embedded, table.getKey(), table.getValue(), h2Import);
			List<List<String>> actual = rows(maria, table.getKey(), table.getValue(), mariaImport);
			assertThat(actual).as(table.getKey()).isNotEmpty().containsExactlyElementsOf(expected);
		}
		assertThat(maria.queryForObject("SELECT name FROM agency WHERE import_id = ?", String.class, mariaImport))
			.isEqualTo("高雄市左營區衛生所");
		assertThat(maria.queryForObject("SELECT COUNT(*) FROM survey_answer WHERE import_id = ?", Long.class, mariaImport))
			.isEqualTo(4418L);
		assertThat(RejectsCsv.read(temp.resolve("out-mariadb/113/KHH-ZY/rejects.csv")))
			.isEqualTo(RejectsCsv.read(temp.resolve("out-h2/113/KHH-ZY/rejects.csv")))
			.hasSize(6);
	}

	@Test
	void theDatabaseAndItsTablesStoreFourByteUtf8() {
		JdbcTemplate maria = mariaDb.getBean(JdbcTemplate.class);
		List<String> charsets = maria.queryForList("SELECT DISTINCT CHARACTER_SET_NAME FROM information_schema.COLUMNS"
				+ " WHERE TABLE_SCHEMA = ? AND CHARACTER_SET_NAME IS NOT NULL", String.class, DATABASE);
		assertThat(charsets).containsOnly("utf8mb4");
		// a character outside the BMP (𠀋, CJK extension B, used in some names) survives the round trip
		maria.update("INSERT INTO agency (import_id, code, name) VALUES (-1, 'UTF8MB4', ?)", "𠀋左營");
		assertThat(maria.queryForObject("SELECT name FROM agency WHERE import_id = -1", String.class)).isEqualTo("𠀋左營");
		maria.update("DELETE FROM agency WHERE import_id = -1");
	}

	@Test
	void runLookupsFindTheSameRunsOnMariaDbAsOnH2() {
		for (ConfigurableApplicationContext context : List.of(mariaDb, h2)) {
			JobRepository jobRepository = context.getBean(JobRepository.class);
			RunRecords runs = context.getBean(RunRecords.class);
			Path out = temp.resolve("out-runs");
			List<Long> ids = LongStream.rangeClosed(1, 12)
				.mapToObj((run) -> RecordedRuns.record(jobRepository, "LOOKUP-A", 113, "data", run, out,
						BatchStatus.COMPLETED))
				.toList();
			long other = RecordedRuns.record(jobRepository, "LOOKUP-B", 112, "data", 1, out, BatchStatus.FAILED);

			assertThat(runs.latest(AnnualReportJobConfiguration.JOB_NAME, "LOOKUP-A", 113, "draft", "data")).map(JobExecution::getId).contains(ids.get(11));
			assertThat(runs.latest(AnnualReportJobConfiguration.JOB_NAME, "LOOKUP-A", 113, "final", "data")).isEmpty();
			assertThat(runs.latest(AnnualReportJobConfiguration.JOB_NAME, "LOOKUP-A", 113, "draft", "other data")).isEmpty();
			assertThat(runs.latest(AnnualReportJobConfiguration.JOB_NAME, "LOOKUP-B", 112, "draft", "data")).map(JobExecution::getStatus)
				.contains(BatchStatus.FAILED);
			assertThat(runs.newest(JOBS, 113, List.of("LOOKUP-A"), 5)).extracting(JobExecution::getId)
				.containsExactly(ids.get(11), ids.get(10), ids.get(9), ids.get(8), ids.get(7));
			assertThat(runs.newest(JOBS, 112, List.of(), 5)).extracting(JobExecution::getId).containsExactly(other);
			assertThat(runs.newest(JOBS, 0, List.of("LOOKUP-B", "LOOKUP-A"), 100)).hasSize(13);
		}
	}

	/** Every column but the generated ids, each value in one vendor-neutral text form. */
	private static List<List<String>> rows(JdbcTemplate jdbc, String table, String order, long importId) {
		return jdbc.query("SELECT * FROM " + table + " WHERE import_id = ? ORDER BY " + order, (rs, i) -> {
			List<String> row = new ArrayList<>();
			var meta = rs.getMetaData();
			for (int c = 1; c <= meta.getColumnCount(); c++) {
				String column = meta.getColumnLabel(c).toLowerCase();
				if (column.equals("import_id") || column.equals("id")) {
					continue;
				}
				row.add(column + "=" + text(rs.getObject(c)));
			}
			return row;
		}, importId);
	}

	private static String text(Object value) {
		if (value instanceof BigDecimal number) {
			return number.stripTrailingZeros().toPlainString();
		}
		if (value instanceof java.sql.Date date) {
			return date.toLocalDate().toString();
		}
		if (value instanceof LocalDate date) {
			return date.toString();
		}
		if (value instanceof Number number && !(value instanceof Double) && !(value instanceof Float)) {
			return Long.toString(number.longValue());
		}
		if (value instanceof Boolean bool) {
			return bool ? "1" : "0";
		}
		return String.valueOf(value);
	}

}
