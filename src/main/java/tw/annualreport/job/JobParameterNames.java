package tw.annualreport.job;

import java.nio.file.Path;

import org.springframework.batch.core.job.JobExecution;

import tw.annualreport.system.OutputFolder;

/**
 * The parameters of an annual report job: set by the launcher, read by the steps only through
 * {@link RunBinding}. Identifying (they make the job instance): agency,
 * year, kind (draft/final), the data fingerprint and the run number. The others only steer a run.
 */
public final class JobParameterNames {

	public static final String AGENCY = "agency";

	/** ROC year, e.g. 113. */
	public static final String YEAR = "year";

	/** {@code draft} or {@code final}. */
	public static final String KIND = "kind";

	/** SHA-256 of the input files, or of the published import when run from the database. */
	public static final String FINGERPRINT = "fingerprint";

	/** 1 for the first run of these data, +1 for each deliberate re-run after a completed one. */
	public static final String RUN = "run";

	/** The agency's source folder; absent when the job works from the database as it stands. */
	public static final String INPUT = "input";

	public static final String OUT = "out";

	public static final String FORMATS = "formats";

	public static final String MAIL = "mail";

	private JobParameterNames() {
	}

	/** {@code <out>/<year>/<agency>/}. */
	public static Path outputFolder(JobExecution jobExecution) {
		var params = jobExecution.getJobParameters();
		return OutputFolder.of(Path.of(params.getString(OUT)), Math.toIntExact(params.getLong(YEAR)),
				params.getString(AGENCY));
	}

}
