package tw.annualreport.job;

/**
 * One agency (or a bureau's consolidation) that a run could not complete, and why in one line.
 *
 * @param agency the agency code, or the bureau code for its consolidated report
 * @param reason the one-line reason the officer reads
 */
public record RunFailure(String agency, String reason) {

	@Override
	public String toString() {
		return this.agency + "：" + this.reason;
	}

}
