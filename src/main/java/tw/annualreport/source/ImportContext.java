package tw.annualreport.source;

import java.nio.file.Path;

/**
 * What every import step needs to know about its run: the import it writes into, the agency,
 * the ROC year and the agency's source folder. A step-scoped bean bound from the job's parameters
 * (job/RunBinding); the import id is the one {@link ImportRuns} keeps for this agency-year and
 * job instance, so a restart, or a partition of a multi-agency run, writes into its own import.
 */
public record ImportContext(long importId, String agencyCode, int rocYear, Path folder) {

}
