package tw.annualreport.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounding for display only; every stored figure stays unrounded.
 * <p>
 * {@link BigDecimal#valueOf(double)} rounds the shortest decimal text of the double
 * ("2.675"), which is what a reader of the number expects; {@code new BigDecimal(2.675)}
 * would see 2.67499999… and round down.
 */
public final class Rounding {

	private Rounding() {
	}

	/** Half up (away from zero on a tie, as in 四捨五入): -2.5 → -3. */
	public static BigDecimal halfUp(double value, int decimals) {
		return decimal(value).setScale(decimals, RoundingMode.HALF_UP);
	}

	/**
	 * A ratio shown as a percentage: 0.8125 → 81.3 with one decimal. Shifts the decimal
	 * point instead of multiplying the double by 100 (0.145 × 100 = 14.499999…).
	 */
	public static BigDecimal percent(double ratio, int decimals) {
		return decimal(ratio).movePointRight(2).setScale(decimals, RoundingMode.HALF_UP);
	}

	private static BigDecimal decimal(double value) {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException("cannot round " + value);
		}
		return BigDecimal.valueOf(value);
	}

}
