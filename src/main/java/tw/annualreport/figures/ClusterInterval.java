package tw.annualreport.figures;

import java.math.BigInteger;

/**
 * The 95 % interval of a satisfaction rate pooled over several questions (a dimension; the
 * overall rate without an overall question). One respondent's answers are not independent,
 * so the respondent is the unit (cluster) and the rate the ratio estimator r = Σyᵢ ÷ Σxᵢ,
 * yᵢ/xᵢ = respondent i's satisfied/valid answers (SPEC §4 Surveys):
 * <pre>
 * r ± 1.96 √v,  v = Σ(yᵢ − r·xᵢ)² ÷ (n (n − 1) x̄²),  x̄ = Σxᵢ ÷ n
 * </pre>
 * times (N − n) ÷ (N − 1) when the population N is given, clipped to [0, 1]; n counts the
 * respondents with a valid answer among the pooled questions.
 * <p>
 * Streaming: keeps n and exact integer sums of x, y, x², y², xy, never the respondents. With
 * X = Σx, Y = Σy the residual sum is X²·Σ(y − r·x)² = X²·Σy² − 2·X·Y·Σxy + Y²·Σx², an integer
 * computed exactly, so v = that · n ÷ ((n − 1) X⁴) has no cancellation and is never negative.
 */
public final class ClusterInterval {

	private long n;

	private long sumX;

	private long sumY;

	private long sumXX;

	private long sumYY;

	private long sumXY;

	/**
	 * One respondent's answers to the pooled questions.
	 * @param satisfied answers 4 or 5 (yᵢ)
	 * @param valid valid answers 1..5 (xᵢ); a respondent with none is not counted
	 */
	public void add(long satisfied, long valid) {
		if (satisfied < 0 || satisfied > valid) {
			throw new IllegalArgumentException("satisfied " + satisfied + " of " + valid);
		}
		if (valid == 0) {
			return;
		}
		this.n++;
		this.sumX += valid;
		this.sumY += satisfied;
		this.sumXX += valid * valid;
		this.sumYY += satisfied * satisfied;
		this.sumXY += satisfied * valid;
	}

	/** n: respondents with at least one valid answer to the pooled questions. */
	public long respondents() {
		return this.n;
	}

	public long satisfied() {
		return this.sumY;
	}

	public long valid() {
		return this.sumX;
	}

	/**
	 * The interval, or {@code null} when fewer than 2 respondents answered (n − 1 = 0).
	 * @param population 母體數 N, or {@code null}; as for the sampling error ({@link SamplingError})
	 * an N smaller than n is not used, and N = n (a census) leaves no sampling variance
	 */
	public Interval interval95(Long population) {
		if (this.n < 2) {
			return null;
		}
		BigInteger x = BigInteger.valueOf(this.sumX);
		BigInteger y = BigInteger.valueOf(this.sumY);
		BigInteger residuals = x.multiply(x)
			.multiply(BigInteger.valueOf(this.sumYY))
			.subtract(BigInteger.TWO.multiply(x).multiply(y).multiply(BigInteger.valueOf(this.sumXY)))
			.add(y.multiply(y).multiply(BigInteger.valueOf(this.sumXX)));
		double x2 = (double) this.sumX * this.sumX;
		double v = residuals.doubleValue() * this.n / ((this.n - 1) * x2 * x2);
		if (population != null && population >= this.n) {
			v *= (double) (population - this.n) / (population - 1);
		}
		double r = (double) this.sumY / this.sumX;
		double halfWidth = Wilson.Z95 * Math.sqrt(v);
		return new Interval(Math.max(0, r - halfWidth), Math.min(1, r + halfWidth), Interval.Method.CLUSTER);
	}

}
