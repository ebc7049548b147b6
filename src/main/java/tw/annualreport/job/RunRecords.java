package tw.annualreport.job;

import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The runs of the annual report job as Spring Batch recorded them, looked up in its tables
 * (BATCH_JOB_INSTANCE, BATCH_JOB_EXECUTION, BATCH_JOB_EXECUTION_PARAMS) by their parameters, so
 * that finding a run costs one query however long the history is; only the executions found
 * are loaded, through the job repository.
 */
@Component
public class RunRecords {

	/** The executions of the job, newest first, with their agency and year parameters. */
	private static final String EXECUTIONS = """
			SELECT e.JOB_EXECUTION_ID
			FROM BATCH_JOB_INSTANCE i
			JOIN BATCH_JOB_EXECUTION e ON e.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID
			JOIN BATCH_JOB_EXECUTION_PARAMS a ON a.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND a.PARAMETER_NAME = :agencyName
			JOIN BATCH_JOB_EXECUTION_PARAMS y ON y.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND y.PARAMETER_NAME = :yearName
			""";

	private static final String LATEST = EXECUTIONS + """
			JOIN BATCH_JOB_EXECUTION_PARAMS k ON k.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND k.PARAMETER_NAME = :kindName
			JOIN BATCH_JOB_EXECUTION_PARAMS f ON f.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND f.PARAMETER_NAME = :fingerprintName
			WHERE i.JOB_NAME = :job AND a.PARAMETER_VALUE = :agency AND y.PARAMETER_VALUE = :year
			  AND k.PARAMETER_VALUE = :kind AND f.PARAMETER_VALUE = :fingerprint
			ORDER BY e.JOB_EXECUTION_ID DESC
			LIMIT 1
			""";

	private static final String PAGE = EXECUTIONS + """
			WHERE i.JOB_NAME IN (:jobs)
			  AND (:anyYear = 1 OR y.PARAMETER_VALUE = :year)
			  AND (:anyAgency = 1 OR a.PARAMETER_VALUE IN (:agencies))
			ORDER BY e.JOB_EXECUTION_ID DESC
			LIMIT :limit
			""";

	private final NamedParameterJdbcTemplate jdbc;

	private final JobRepository jobRepository;

	RunRecords(NamedParameterJdbcTemplate jdbc, JobRepository jobRepository) {
		this.jdbc = jdbc;
		this.jobRepository = jobRepository;
	}

	/**
	 * The last execution of the latest run of these data: of the job instance with the highest
	 * run number, since a run is only followed by the next one once it has completed.
	 */
	public Optional<JobExecution> latest(String job, String agency, int rocYear, String kind, String fingerprint) {
		MapSqlParameterSource params = names().addValue("job", job)
			.addValue("agency", agency)
			.addValue("year", Integer.toString(rocYear))
			.addValue("kind", kind)
			.addValue("fingerprint", fingerprint);
		return this.jdbc.queryForList(LATEST, params, Long.class).stream().findFirst().map(this::load);
	}

	/**
	 * The newest executions of the jobs, agencies (a bureau's runs under its own code) and year
	 * asked for, newest first.
	 * @param rocYear 0 for every year
	 * @param agencies empty for every agency
	 */
	public List<JobExecution> newest(List<String> jobs, int rocYear, List<String> agencies, int limit) {
		MapSqlParameterSource params = names().addValue("jobs", jobs)
			.addValue("anyYear", rocYear == 0 ? 1 : 0)
			.addValue("year", Integer.toString(rocYear))
			.addValue("anyAgency", agencies.isEmpty() ? 1 : 0)
			// IN () is not SQL: an empty list stands for every agency, the placeholder matches none
			.addValue("agencies", agencies.isEmpty() ? List.of("") : agencies)
			.addValue("limit", limit);
		return this.jdbc.queryForList(PAGE, params, Long.class).stream().map(this::load).toList();
	}

	private MapSqlParameterSource names() {
		return new MapSqlParameterSource("agencyName", JobParameterNames.AGENCY)
			.addValue("yearName", JobParameterNames.YEAR)
			.addValue("kindName", JobParameterNames.KIND)
			.addValue("fingerprintName", JobParameterNames.FINGERPRINT);
	}

	private JobExecution load(long executionId) {
		return this.jobRepository.getJobExecution(executionId);
	}

}
