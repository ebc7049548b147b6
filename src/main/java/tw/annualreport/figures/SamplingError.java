package tw.annualreport.figures;

/**
 * 抽樣誤差 at the 95 % 信心水準 for a proportion in the worst case p = 0.5:
 * 1.96 × √(0.25 ÷ n), times the finite population correction √((N − n) ÷ (N − 1)) when
 * the population N is known and usable.
 *
 * @param value the margin as a proportion (0.049 = ±4.9 個百分點), or not computable
 * @param populationCorrected whether the finite population correction was applied
 * @param note why the correction was not applied or what it meant (Chinese), or
 * {@code null} when there is nothing to say
 */
public record SamplingError(Figure value, boolean populationCorrected, String note) {

	/**
	 * @param n respondents (有效樣本數)
	 * @param population 母體數 N, or {@code null} when unknown
	 */
	public static SamplingError of(long n, Long population) {
		if (n <= 0) {
			return new SamplingError(Figure.notComputable("無有效樣本，無法計算抽樣誤差"), false, null);
		}
		double simple = Wilson.Z95 * Math.sqrt(0.25 / n);
		if (population == null) {
			return new SamplingError(Figure.of(simple), false, null);
		}
		long bigN = population;
		if (bigN < n) {
			// N < n means the population or the sample is wrong; do not let a bad N shrink
			// the margin
			return new SamplingError(Figure.of(simple), false, "母體數（" + bigN + "）小於樣本數（" + n + "），未做有限母體校正");
		}
		if (bigN == n) {
			// a census (普查) has no sampling error; also covers N = n = 1 where N − 1 = 0
			return new SamplingError(Figure.of(0), true, "樣本數等於母體數（普查），無抽樣誤差");
		}
		double correction = Math.sqrt((double) (bigN - n) / (bigN - 1));
		return new SamplingError(Figure.of(simple * correction), true, null);
	}

}
