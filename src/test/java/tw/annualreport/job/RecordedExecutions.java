package tw.annualreport.job;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The job executions of a database as Spring Batch recorded them, read with plain SQL, so that
 * the tests see what a later process would see (no object the crashed run still holds).
 */
public record RecordedExecutions(List<Execution> executions) {

	/** One job execution: its status, its steps in the order they ran, its identifying parameters. */
	public record Execution(long id, long instanceId, String status, Map<String, String> steps,
			Map<String, String> identifying) {

		/** The steps that completed, sorted by name. */
		public Set<String> completedSteps() {
			Set<String> names = new TreeSet<>();
			this.steps.forEach((name, status) -> {
				if (status.equals("COMPLETED")) {
					names.add(name);
				}
			});
			return names;
		}

	}

	/** The executions of the database at a JDBC URL, oldest first. */
	public static RecordedExecutions of(String url) {
		return of(jdbc(url));
	}

	/** The executions of a process's own {@code ./data} H2 file database, oldest first. */
	public static RecordedExecutions inWorkingDirectory(Path dir) {
		return of(databaseIn(dir));
	}

	/** The URL of the H2 file database the jar keeps in {@code ./data} of its working directory. */
	public static String databaseIn(Path dir) {
		return "jdbc:h2:file:" + dir.resolve("data").resolve("annual-report").toAbsolutePath() + ";AUTO_SERVER=TRUE";
	}

	public static RecordedExecutions of(JdbcTemplate jdbc) {
		List<Execution> executions = jdbc.query("""
				SELECT JOB_EXECUTION_ID, JOB_INSTANCE_ID, STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID
				""", (rs, i) -> new Execution(rs.getLong(1), rs.getLong(2), rs.getString(3), new LinkedHashMap<>(),
				new LinkedHashMap<>()));
		for (Execution execution : executions) {
			jdbc.query("""
					SELECT STEP_NAME, STATUS FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ?
					ORDER BY STEP_EXECUTION_ID
					""", (rs) -> {
				execution.steps().put(rs.getString(1), rs.getString(2));
			}, execution.id());
			jdbc.query("""
					SELECT PARAMETER_NAME, PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS
					WHERE JOB_EXECUTION_ID = ? AND IDENTIFYING = 'Y' ORDER BY PARAMETER_NAME
					""", (rs) -> {
				execution.identifying().put(rs.getString(1), rs.getString(2));
			}, execution.id());
		}
		return new RecordedExecutions(executions);
	}

	public static JdbcTemplate jdbc(String url) {
		return new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));
	}

	public Execution only() {
		if (this.executions.size() != 1) {
			throw new AssertionError("one execution expected: " + this.executions);
		}
		return this.executions.get(0);
	}

	public Execution get(int index) {
		return this.executions.get(index);
	}

	public int size() {
		return this.executions.size();
	}

}
