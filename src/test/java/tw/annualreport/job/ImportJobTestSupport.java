package tw.annualreport.job;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One Spring context (in-memory H2, command-line runner off) shared by every job test class
 * that extends this. Tests share the database, so each uses its own agency code.
 */
@SpringBootTest(properties = { "annual-report.cli.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:it-${random.uuid};DB_CLOSE_DELAY=-1",
		"logging.level.tw.annualreport=WARN" })
@SpringBatchTest
abstract class ImportJobTestSupport {

	static final long YEAR = 113;

	/** Every table of imported rows and the order its rows are compared in. */
	static final Map<String, String> DATA_TABLES = new LinkedHashMap<>();

	static {
		DATA_TABLES.put("agency", "code");
		DATA_TABLES.put("plan_node", "seq");
		DATA_TABLES.put("execution_record", "row_no");
		DATA_TABLES.put("phone_test", "row_no");
		DATA_TABLES.put("phone_test_score", "test_id, item_code");
		DATA_TABLES.put("survey_question", "survey_code, question_no");
		DATA_TABLES.put("survey_response", "survey_code, response_id");
		DATA_TABLES.put("survey_answer", "survey_code, response_id, question_no");
		DATA_TABLES.put("case_record", "row_no");
		DATA_TABLES.put("history_figure", "figure_year, metric");
	}

	// no helper here may return a JobExecution: @SpringBatchTest's JobScopeTestExecutionListener
	// takes any such method of the test class for a job-scope factory and fails on its arguments

	@Autowired
	JobOperatorTestUtils jobOperatorTestUtils;

	@Autowired
	JdbcTemplate jdbc;

	/** The parameters the launcher gives a first run of this folder (SPEC §6). */
	static JobParameters parameters(String agency, Path input, Path out) {
		return parameters(agency, YEAR, input, out, AnnualReportLauncher.fingerprint(input), 1);
	}

	static JobParameters parameters(String agency, long year, Path input, Path out, String fingerprint, long run) {
		return new JobParametersBuilder().addString(JobParameterNames.AGENCY, agency)
			.addLong(JobParameterNames.YEAR, year)
			.addString(JobParameterNames.KIND, "draft")
			.addString(JobParameterNames.FINGERPRINT, fingerprint)
			.addLong(JobParameterNames.RUN, run)
			.addString(JobParameterNames.INPUT, input.toAbsolutePath().toString(), false)
			.addString(JobParameterNames.OUT, out.toAbsolutePath().toString(), false)
			.addString(JobParameterNames.FORMATS, "json", false)
			.addString(JobParameterNames.MAIL, "false", false)
			.toJobParameters();
	}

	/** The import id of the run: the import its job instance made for its agency-year. */
	long importIdOf(JobExecution execution) {
		return importIdOf(this.jdbc, execution);
	}

	static long importIdOf(JdbcTemplate jdbc, JobExecution execution) {
		return jdbc.queryForObject("SELECT id FROM import_run WHERE job_instance_id = ? AND agency_code = ?",
				Long.class, execution.getJobInstance().getInstanceId(),
				execution.getJobParameters().getString(JobParameterNames.AGENCY));
	}

	Long published(String agency) {
		List<Long> ids = this.jdbc.queryForList("SELECT import_id FROM agency_year WHERE agency_code = ? AND roc_year = ?",
				Long.class, agency, YEAR);
		return ids.isEmpty() ? null : ids.get(0);
	}

	/** Row count of every data table for one import. */
	Map<String, Long> counts(long importId) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : DATA_TABLES.keySet()) {
			counts.put(table, this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE import_id = ?",
					Long.class, importId));
		}
		return counts;
	}

	/** Every row of every data table of one import, without the import id, in a stable order. */
	Map<String, List<Map<String, Object>>> snapshot(long importId) {
		Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
		DATA_TABLES.forEach((table, order) -> {
			List<Map<String, Object>> tableRows = this.jdbc
				.queryForList("SELECT * FROM " + table + " WHERE import_id = ? ORDER BY " + order, importId);
			tableRows.forEach((row) -> row.keySet().removeIf((column) -> column.equalsIgnoreCase("import_id")));
			rows.put(table, tableRows);
		});
		return rows;
	}

	/** Rows, in any data table, of imports of this agency other than the given one. */
	long rowsOfOtherImports(String agency, long importId) {
		long rows = 0;
		for (String table : DATA_TABLES.keySet()) {
			rows += this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE import_id <> ? AND import_id IN"
					+ " (SELECT id FROM import_run WHERE agency_code = ?)", Long.class, importId, agency);
		}
		return rows;
	}

	/** read, accepted, rejected of every file of an import, by file key. */
	Map<String, List<Long>> fileCounts(long importId) {
		Map<String, List<Long>> counts = new LinkedHashMap<>();
		this.jdbc.query("SELECT file_key, rows_read, rows_accepted, rows_rejected FROM import_file WHERE import_id = ?"
				+ " ORDER BY file_key", (rs) -> {
					counts.put(rs.getString(1), List.of(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
				}, importId);
		return counts;
	}

	static String failureReason(JobExecution execution) {
		return AnnualReportLauncher.failureReason(execution);
	}

}
