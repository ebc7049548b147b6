package tw.annualreport.figures;

/**
 * A figure that is either a number or the reason it cannot be computed, so the report
 * can print 「—」 and say why instead of a misleading 0.
 *
 * @param value the unrounded value, or {@code null} when not computable
 * @param reason why the value is missing (Chinese, shown in the report), or {@code null}
 * when there is a value
 */
public record Figure(Double value, String reason) {

	public Figure {
		if ((value == null) == (reason == null)) {
			throw new IllegalArgumentException("exactly one of value and reason must be given");
		}
		if (value != null && !Double.isFinite(value)) {
			throw new IllegalArgumentException("figure must be finite: " + value);
		}
	}

	public static Figure of(double value) {
		return new Figure(value, null);
	}

	public static Figure notComputable(String reason) {
		return new Figure(null, reason);
	}

	/** numerator ÷ denominator, or the given reason when the denominator is 0. */
	public static Figure ratio(long numerator, long denominator, String reasonWhenZero) {
		return (denominator == 0) ? notComputable(reasonWhenZero) : of((double) numerator / denominator);
	}

	public boolean isComputable() {
		return this.value != null;
	}

}
