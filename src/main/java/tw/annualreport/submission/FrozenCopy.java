package tw.annualreport.submission;

import java.util.List;

import tw.annualreport.improvement.Improvement;
import tw.annualreport.summary.AgencySummary;

/**
 * What a frozen copy ({@code submitted/<n>/}) keeps for the bureau to consolidate: the summary as sent
 * and the agency's 檢討與改進 entries of the import it was made from, so the consolidation's figures
 * and its review flags (肆) are both the report as sent, whatever the agency ran since.
 *
 * @param improvements {@code null} for a copy frozen before improvements.json was kept
 */
public record FrozenCopy(int copyNumber, AgencySummary summary, List<Improvement> improvements) {

	/** The file of a frozen copy holding its improvements (masked, as every output). */
	public static final String IMPROVEMENTS = "improvements.json";

}
