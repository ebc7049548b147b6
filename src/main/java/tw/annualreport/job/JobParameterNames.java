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

	/** Who started the run ({@link RunStarter}); absent in runs of older versions. */
	public static final String STARTED_BY = "startedBy";

	private JobParameterNames() {
	}

	/**
	 * The parameters as step-scoped beans receive them ({@code @Value}), bound late by Spring
	 * Batch per step execution: the agency job's and the bureau job's bindings read the same ones.
	 */
	public static final class Bound {

		public static final String AGENCY = "#{jobParameters['" + JobParameterNames.AGENCY + "']}";

		public static final String YEAR = "#{jobParameters['" + JobParameterNames.YEAR + "']}";

		public static final String KIND = "#{jobParameters['" + JobParameterNames.KIND + "']}";

		public static final String INPUT = "#{jobParameters['" + JobParameterNames.INPUT + "']}";

		public static final String OUT = "#{jobParameters['" + JobParameterNames.OUT + "']}";

		public static final String FORMATS = "#{jobParameters['" + JobParameterNames.FORMATS + "']}";

		public static final String MAIL = "#{jobParameters['" + JobParameterNames.MAIL + "']}";

		public static final String STARTED_BY = "#{jobParameters['" + JobParameterNames.STARTED_BY + "']}";

		/** A new bean per step execution, without a proxy (the bound values are records). */
		public static final String STEP_SCOPE = "step";

		private Bound() {
		}

	}

	/** {@code <out>/<year>/<agency>/}. */
	public static Path outputFolder(JobExecution jobExecution) {
		var params = jobExecution.getJobParameters();
		return OutputFolder.of(Path.of(params.getString(OUT)), Math.toIntExact(params.getLong(YEAR)),
				params.getString(AGENCY));
	}

}
