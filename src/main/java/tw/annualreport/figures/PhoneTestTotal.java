package tw.annualreport.figures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates one phone test and computes its total (測試總分): 100 × (sum of the scored
 * items) ÷ (sum of the maxima of the scored items), so a part tested alone (a call placed
 * straight to a unit) is scaled to 100.
 * <p>
 * Scores are {@link BigDecimal}: testers type decimals such as 12.5, and exact decimals
 * keep the [0, max] check and the sums free of binary rounding; the import parses the
 * cell text straight into it.
 *
 * @param total the unrounded total, {@code null} when rejected
 * @param scoredItems scores of the scored items by code, in scale order (empty when
 * rejected)
 * @param problem why the test is rejected, {@code null} when valid
 * @param subject the offending item code (OUT_OF_RANGE) or part (PART_INCOMPLETE)
 * @param message the reason in Chinese for rejects.csv
 */
public record PhoneTestTotal(Double total, Map<String, BigDecimal> scoredItems, Problem problem, String subject,
		String message) {

	public enum Problem {

		/** 分數超出範圍 */
		OUT_OF_RANGE,
		/** 部分未填完整 */
		PART_INCOMPLETE,
		/** 無任何評分 */
		NOTHING_SCORED

	}

	public boolean isValid() {
		return this.problem == null;
	}

	/**
	 * @param scores score per item code; a missing key or a {@code null} value is a blank
	 * cell
	 * @return the first problem in scale order (range first, then completeness), or the
	 * total
	 * @throws IllegalArgumentException for a code that is not in the scale (a mapping bug)
	 */
	public static PhoneTestTotal of(PhoneTestScale scale, Map<String, BigDecimal> scores) {
		for (String code : scores.keySet()) {
			scale.item(code);
		}
		for (PhoneTestScale.Item item : scale.items()) {
			BigDecimal score = scores.get(item.code());
			if (score != null && (score.signum() < 0 || score.compareTo(item.max()) > 0)) {
				return rejected(Problem.OUT_OF_RANGE, item.code(), item.label() + "分數 " + score.toPlainString()
						+ " 超出範圍 0～" + item.max().toPlainString());
			}
		}
		Map<String, BigDecimal> scored = new LinkedHashMap<>();
		BigDecimal sum = BigDecimal.ZERO;
		BigDecimal maxSum = BigDecimal.ZERO;
		for (Map.Entry<String, List<PhoneTestScale.Item>> part : scale.parts().entrySet()) {
			long filled = part.getValue().stream().filter((i) -> scores.get(i.code()) != null).count();
			if (filled == 0) {
				continue;
			}
			if (filled < part.getValue().size()) {
				return rejected(Problem.PART_INCOMPLETE, part.getKey(), part.getKey() + "部分未填完整（須全部評分或全部空白）");
			}
			for (PhoneTestScale.Item item : part.getValue()) {
				BigDecimal score = scores.get(item.code());
				scored.put(item.code(), score);
				sum = sum.add(score);
				maxSum = maxSum.add(item.max());
			}
		}
		if (scored.isEmpty()) {
			return rejected(Problem.NOTHING_SCORED, null, "未評分任何項目");
		}
		double total = sum.multiply(BigDecimal.valueOf(100)).divide(maxSum, MathContext.DECIMAL128).doubleValue();
		return new PhoneTestTotal(total, Collections.unmodifiableMap(scored), null, null, null);
	}

	private static PhoneTestTotal rejected(Problem problem, String subject, String message) {
		return new PhoneTestTotal(null, Map.of(), problem, subject, message);
	}

}
