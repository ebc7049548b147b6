package tw.annualreport.figures;

/**
 * Cronbach's α (信度係數) streamed with exact integer sums, memory O(k).
 * <p>
 * With m respondents, item sums S_i = Σx_i, Q_i = Σx_i², and total T = Σ_i x_i per
 * respondent, the sample variance (m − 1 denominator) is s² = (m·Q − S²) ÷ (m(m − 1)). The
 * m(m − 1) cancels in Σs²_i ÷ s²_T, so α = k/(k − 1) · (1 − Σ_i(m·Q_i − S_i²) ÷ (m·Q_T −
 * S_T²)) is exact in {@code long} up to that one division.
 */
public final class CronbachAlpha {

	/**
	 * @param alpha the coefficient, or not computable with the reason
	 * @param respondents complete respondents used (listwise)
	 * @param items k, the number of questions
	 */
	public record Result(Figure alpha, long respondents, int items) {
	}

	private final int k;

	private final long[] itemSum;

	private final long[] itemSquares;

	private long m;

	private long totalSum;

	private long totalSquares;

	public CronbachAlpha(int items) {
		this.k = items;
		this.itemSum = new long[items];
		this.itemSquares = new long[items];
	}

	/** One respondent who answered every question validly (listwise). */
	public void add(int[] answers) {
		if (answers.length != this.k) {
			throw new IllegalArgumentException("expected " + this.k + " answers, got " + answers.length);
		}
		long total = 0;
		for (int i = 0; i < this.k; i++) {
			long x = answers[i];
			this.itemSum[i] += x;
			this.itemSquares[i] += x * x;
			total += x;
		}
		this.m++;
		this.totalSum += total;
		this.totalSquares += total * total;
	}

	public Result result() {
		if (this.k < 2) {
			return new Result(Figure.notComputable("題數少於 2 題，無法計算信度"), this.m, this.k);
		}
		if (this.m < 3) {
			return new Result(Figure.notComputable("每題皆有效作答之樣本不足 3 份，無法計算信度"), this.m, this.k);
		}
		long itemVariances = 0; // Σ_i m(m − 1)·s²_i
		for (int i = 0; i < this.k; i++) {
			itemVariances = Math.addExact(itemVariances, scaledVariance(this.itemSum[i], this.itemSquares[i]));
		}
		long totalVariance = scaledVariance(this.totalSum, this.totalSquares); // m(m − 1)·s²_T
		if (totalVariance == 0) {
			return new Result(Figure.notComputable("總分變異數為 0（所有人總分相同），無法計算信度"), this.m, this.k);
		}
		double alpha = (double) this.k / (this.k - 1) * (1 - (double) itemVariances / totalVariance);
		return new Result(Figure.of(alpha), this.m, this.k);
	}

	private long scaledVariance(long sum, long squares) {
		return Math.subtractExact(Math.multiplyExact(this.m, squares), Math.multiplyExact(sum, sum));
	}

}
