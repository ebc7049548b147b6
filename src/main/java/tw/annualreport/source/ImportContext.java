package tw.annualreport.source;

import java.nio.file.Path;

import org.springframework.batch.core.step.StepExecution;

/**
 * What every import step needs to know about its run: the import it writes into (kept in the
 * job's execution context so a restart writes into the same one), the agency, the ROC year and
 * the agency's source folder.
 */
public record ImportContext(long importId, String agencyCode, int rocYear, Path folder) {

	/** Key of the import id in the job execution context. */
	public static final String IMPORT_ID = "importId";

	public static ImportContext of(StepExecution step) {
		var params = step.getJobExecution().getJobParameters();
		return new ImportContext(step.getJobExecution().getExecutionContext().getLong(IMPORT_ID),
				params.getString("agency"), Math.toIntExact(params.getLong("year")),
				Path.of(params.getString("input")));
	}

}
