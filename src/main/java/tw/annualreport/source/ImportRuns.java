package tw.annualreport.source;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports of agency-years and which one is published. An import writes beside the published
 * one; {@link #publish} switches over and drops every other import's rows in one transaction.
 */
@Component
public class ImportRuns {

	/** Every table holding imported rows, from the one list of source files. */
	static final List<String> DATA_TABLES = SourceFile.allTables();

	private final JdbcTemplate jdbc;

	private final SimpleJdbcInsert insertRun;

	public ImportRuns(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.insertRun = new SimpleJdbcInsert(jdbc).withTableName("import_run")
			.usingColumns("agency_code", "roc_year", "source_folder", "started_at", "job_instance_id", "check_only")
			.usingGeneratedKeyColumns("id");
	}

	/**
	 * Starts the import of an agency-year for a job instance, or returns the one it started
	 * before (a restart); nothing is visible until it is published.
	 * @param checkOnly a check's staging import (檢查資料), which is never published
	 */
	public long begin(String agencyCode, int rocYear, Path folder, long jobInstanceId, boolean checkOnly) {
		return importOf(agencyCode, rocYear, jobInstanceId)
			.orElseGet(() -> this.insertRun.executeAndReturnKey(Map.of("agency_code", agencyCode, "roc_year", rocYear,
					"source_folder", folder.toString(), "started_at", Timestamp.from(Instant.now()), "job_instance_id",
					jobInstanceId, "check_only", checkOnly)).longValue());
	}

	/**
	 * Drops the data rows of a check's staging import, keeping its ledger (row counts and rejects)
	 * for the officer to read; the published data are not touched.
	 */
	@Transactional
	public void discard(long importId) {
		if (!checkOnly(importId)) {
			throw new IllegalStateException("匯入 " + importId + " 不是檢查用的匯入，不能捨棄");
		}
		for (String table : DATA_TABLES) {
			// table names come from the one list of source files, never from input
			this.jdbc.update("DELETE FROM " + table + " WHERE import_id = ?", importId);
		}
		this.jdbc.update("UPDATE import_run SET purged_at = ? WHERE id = ?", Timestamp.from(Instant.now()), importId);
	}

	private boolean checkOnly(long importId) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("SELECT check_only FROM import_run WHERE id = ?",
				Boolean.class, importId));
	}

	/** The import a job instance started for an agency-year, if it did. */
	public Optional<Long> importOf(String agencyCode, int rocYear, long jobInstanceId) {
		return this.jdbc.queryForList("""
				SELECT id FROM import_run WHERE job_instance_id = ? AND agency_code = ? AND roc_year = ?
				""", Long.class, jobInstanceId, agencyCode, rocYear).stream().findFirst();
	}

	/**
	 * Makes an import the agency-year's data and removes the rows of every other import of it that
	 * still has rows. Each delete names one import by its indexed key, so it locks only that
	 * import's rows: agencies publishing at once (a bureau run) never wait for each other, and the
	 * cost depends on the agency's own rows, not on how many agencies the database holds.
	 */
	@Transactional
	public void publish(long importId, String agencyCode, int rocYear) {
		if (checkOnly(importId)) {
			// a check reads the files only to show them: what it read is never the agency's data
			throw new IllegalStateException("檢查用的匯入 " + importId + " 不能發布");
		}
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.update("DELETE FROM agency_year WHERE agency_code = ? AND roc_year = ?", agencyCode, rocYear);
		this.jdbc.update("INSERT INTO agency_year (agency_code, roc_year, import_id, published_at) VALUES (?, ?, ?, ?)",
				agencyCode, rocYear, importId, now);
		this.jdbc.update("UPDATE import_run SET published_at = ? WHERE id = ?", now, importId);
		List<Long> superseded = this.jdbc.queryForList("""
				SELECT id FROM import_run
				WHERE agency_code = ? AND roc_year = ? AND id <> ? AND purged_at IS NULL
				""", Long.class, agencyCode, rocYear, importId);
		for (long old : superseded) {
			for (String table : DATA_TABLES) {
				// table names come from the list above, never from input
				this.jdbc.update("DELETE FROM " + table + " WHERE import_id = ?", old);
			}
			this.jdbc.update("UPDATE import_run SET purged_at = ? WHERE id = ?", now, old);
		}
	}

	/** The published import of an agency-year, if it was ever imported. */
	public Optional<Long> published(String agencyCode, int rocYear) {
		return this.jdbc.queryForList("SELECT import_id FROM agency_year WHERE agency_code = ? AND roc_year = ?",
				Long.class, agencyCode, rocYear).stream().findFirst();
	}

}
