package tw.annualreport.job;

import java.nio.file.Path;
import java.time.LocalDateTime;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Past runs written straight into the job repository, as a long history leaves them, without
 * running the job: a job instance with the launcher's identifying parameters and one finished
 * execution.
 */
public final class RecordedRuns {

	private RecordedRuns() {
	}

	/** A draft run that ended with this status. */
	public static long record(JobRepository jobRepository, String agency, long rocYear, String fingerprint, long run,
			Path out, BatchStatus status) {
		return record(jobRepository, agency, rocYear, "draft", fingerprint, run, out, status);
	}

	/** A run of this kind ({@code draft}, {@code final}) that ended with this status. */
	public static long record(JobRepository jobRepository, String agency, long rocYear, String kind, String fingerprint,
			long run, Path out, BatchStatus status) {
		JobParameters parameters = new JobParametersBuilder().addString(JobParameterNames.AGENCY, agency)
			.addLong(JobParameterNames.YEAR, rocYear)
			.addString(JobParameterNames.KIND, kind)
			.addString(JobParameterNames.FINGERPRINT, fingerprint)
			.addLong(JobParameterNames.RUN, run)
			.addString(JobParameterNames.OUT, out.toAbsolutePath().toString(), false)
			.addString(JobParameterNames.FORMATS, "json", false)
			.addString(JobParameterNames.MAIL, "false", false)
			.toJobParameters();
		JobInstance instance = jobRepository.createJobInstance(AnnualReportJobConfiguration.JOB_NAME, parameters);
		JobExecution execution = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
		LocalDateTime now = LocalDateTime.now();
		execution.setStartTime(now);
		execution.setEndTime(now);
		execution.setStatus(status);
		execution.setExitStatus(new ExitStatus(status.name()));
		jobRepository.update(execution);
		return execution.getId();
	}

}
