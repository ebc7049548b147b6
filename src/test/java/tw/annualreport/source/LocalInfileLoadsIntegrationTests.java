package tw.annualreport.source;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.unit.DataSize;
import org.springframework.transaction.support.TransactionTemplate;

import tw.annualreport.support.MariaDb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bulk load against the real server: it stores exactly what the batched INSERT stores, the
 * awkward values included, and a row the server would have skipped fails the load and leaves
 * nothing behind. Needs MariaDB/MySQL as {@link MariaDb} says.
 */
class LocalInfileLoadsIntegrationTests {

	private static final String DATABASE = "annual_report_load_it";

	private static final String TABLE = """
			CREATE TABLE %s (import_id BIGINT NOT NULL, code VARCHAR(10) NOT NULL, note VARCHAR(40),
			                 day DATE, amount DECIMAL(8,2), ratio DOUBLE, seq INT NOT NULL, PRIMARY KEY (import_id, code))
			CHARACTER SET utf8mb4
			""";

	private static final String INSERT = """
			INSERT INTO %s (import_id, code, note, day, amount, ratio, seq)
			VALUES (:importId, :code, :note, :day, :amount, :ratio, :seq)
			""";

	@TempDir
	static Path folder;

	static JdbcTemplate jdbc;

	static TransactionTemplate transaction;

	record Row(String code, String note, LocalDate day, BigDecimal amount, Double ratio, int seq) {
	}

	static final List<Row> AWKWARD = List.of(
			new Row("A1", "左營\t區", LocalDate.of(2024, 1, 2), new BigDecimal("12.50"), 0.00001, 1),
			new Row("A2", "第一行\n第二行\r\n", LocalDate.of(2024, 12, 31), new BigDecimal("-3"), 88.0, 2),
			new Row("A3", "C:\\資料\\N 與 \\N", null, null, null, 3),
			new Row("A4", "", LocalDate.of(2024, 2, 29), BigDecimal.ZERO, 1e10, 4),
			new Row("A5", null, null, new BigDecimal("999999.99"), -0.5, 5),
			new Row("𠀋6", "𠀋左營 NULL \\ 'quote' \"double\"", LocalDate.of(2024, 6, 1), new BigDecimal("0.01"), 2.5, 6));

	@BeforeAll
	static void database() {
		MariaDb.freshDatabase(DATABASE);
		DriverManagerDataSource dataSource = new DriverManagerDataSource(MariaDb.url(DATABASE), MariaDb.USER,
				MariaDb.PASSWORD);
		Properties properties = new Properties();
		properties.setProperty("allowLoadLocalInfileInPath", folder.toString());
		dataSource.setConnectionProperties(properties);
		jdbc = new JdbcTemplate(dataSource);
		transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
	}

	@AfterAll
	static void drop() {
		MariaDb.dropDatabase(DATABASE);
	}

	@BeforeEach
	void tables() {
		for (String table : List.of("by_insert", "by_load")) {
			jdbc.execute("DROP TABLE IF EXISTS " + table);
			jdbc.execute(TABLE.formatted(table));
		}
	}

	@Test
	void storesExactlyWhatTheBatchedInsertStores() throws Exception {
		new BatchInserts(new NamedParameterJdbcTemplate(jdbc)).write(INSERT.formatted("by_insert"), 7, AWKWARD);
		loads().write(INSERT.formatted("by_load"), 7, AWKWARD);

		List<Map<String, Object>> inserted = rows("by_insert");
		assertThat(inserted).hasSize(6);
		assertThat(rows("by_load")).isEqualTo(inserted);
		assertThat(jdbc.queryForObject("SELECT note FROM by_load WHERE code = 'A3'", String.class))
			.isEqualTo("C:\\資料\\N 與 \\N");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM by_load WHERE note IS NULL", Integer.class)).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM by_load WHERE note = ''", Integer.class)).isEqualTo(1);
		try (var left = Files.list(folder)) {
			assertThat(left).as("chunk files left in the load folder").isEmpty();
		}
	}

	@Test
	void aValueTheServerWouldCutFailsTheLoadAndTheTransactionKeepsNothing() {
		List<Row> rows = List.of(new Row("B1", "fits", null, null, null, 1),
				new Row("B2", "這段說明比欄位允許的四十個字還要長很多很多很多很多很多很多很多很多很多很多很多很多", null, null, null, 2));

		assertThatIllegalStateException().isThrownBy(() -> loadInOneTransaction(rows))
			.withMessageContaining("by_load")
			.withMessageContaining("note");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM by_load", Integer.class)).isZero();
	}

	@Test
	void aDuplicateKeyTheServerWouldSkipFailsTheLoad() {
		List<Row> rows = List.of(new Row("C1", "first", null, null, null, 1), new Row("C1", "again", null, null, null, 2));

		assertThatIllegalStateException().isThrownBy(() -> loadInOneTransaction(rows))
			.withMessageContaining("2 筆中的 1 筆")
			.withMessageContaining("Duplicate");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM by_load", Integer.class)).isZero();
	}

	@Test
	void theConnectionSendsNoFileOutsideTheLoadFolder() {
		assertThatThrownBy(() -> jdbc.execute("LOAD DATA LOCAL INFILE '/etc/hostname' INTO TABLE by_load (code)"))
			.hasMessageContaining("not under the safe path");
	}

	@Test
	void aLoadFolderOthersMayReadIsNotUsedTheRowsGoByInsertInstead() throws Exception {
		Path open = Files.createDirectories(folder.resolve("open"));
		Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));

		assertThat(writerFor(folder.resolve("private"))).isInstanceOf(LocalInfileLoads.class);
		assertThat(writerFor(open)).isInstanceOf(BatchInserts.class);
		Files.delete(folder.resolve("private"));
		Files.delete(open);
	}

	private static TableWriter writerFor(Path loadFolder) {
		return new TableWriterConfiguration().tableWriter(jdbc, new NamedParameterJdbcTemplate(jdbc),
				new ImportProperties(0.2, DataSize.ofMegabytes(50), loadFolder, 1));
	}

	/** As a chunk loads: in a transaction, which takes back what a failed load stored. */
	private static void loadInOneTransaction(List<Row> rows) {
		transaction.executeWithoutResult((status) -> loads().write(INSERT.formatted("by_load"), 7, rows));
	}

	private static LocalInfileLoads loads() {
		return new LocalInfileLoads(jdbc, LoadFolder.open(folder, Instant.now()));
	}

	private static List<Map<String, Object>> rows(String table) {
		return jdbc.queryForList("SELECT * FROM " + table + " ORDER BY seq");
	}

}
