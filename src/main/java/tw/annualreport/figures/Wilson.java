package tw.annualreport.figures;

/**
 * Wilson score interval of a proportion (95 %, z = 1.96, the same z as the sampling
 * error). Chosen over the normal approximation because it stays inside [0, 1] for rates
 * near 100 %, which satisfaction rates often are.
 */
public final class Wilson {

	/** 95 % 信心水準. */
	public static final double Z95 = 1.96;

	private Wilson() {
	}

	/** The interval of successes ÷ trials, or {@code null} when there are no trials. */
	public static Interval interval95(long successes, long trials) {
		if (successes < 0 || successes > trials) {
			throw new IllegalArgumentException("successes " + successes + " of " + trials);
		}
		if (trials == 0) {
			return null;
		}
		double n = trials;
		double p = successes / n;
		double z2 = Z95 * Z95;
		double denominator = 1 + z2 / n;
		double centre = (p + z2 / (2 * n)) / denominator;
		double halfWidth = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
		// clamp only the floating-point dust at p = 0 or 1
		return new Interval(Math.max(0, centre - halfWidth), Math.min(1, centre + halfWidth), Interval.Method.WILSON);
	}

}
