package tw.annualreport.figures;

/**
 * A closed 95 % interval of a proportion (unrounded) and how it was estimated.
 *
 * @param method {@link Method#WILSON} for a single question's rate (one answer per
 * respondent), {@link Method#CLUSTER} for a rate pooled over several questions
 */
public record Interval(double lower, double upper, Method method) {

	/** How an interval was estimated (SPEC §4 Surveys). */
	public enum Method {

		/** Wilson score interval of one answer per respondent ({@link Wilson}). */
		WILSON("wilson"),
		/** Ratio estimator with respondents as clusters ({@link ClusterInterval}). */
		CLUSTER("cluster");

		private final String code;

		Method(String code) {
			this.code = code;
		}

		/** The name summary.json gives it. */
		public String code() {
			return this.code;
		}

	}

}
