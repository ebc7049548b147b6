package tw.annualreport.figures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Streaming statistics of the year's phone-courtesy tests (電話禮貌測試), for the agency and
 * per unit. Memory grows with units, scale items and distinct deduction reasons, never
 * with the number of tests.
 */
public final class PhoneTestStatistics {

	/** Callers' default pass threshold (及格分數). */
	public static final double DEFAULT_PASS_THRESHOLD = 80;

	/**
	 * @param previousMean last year's agency mean, {@code null} when unknown
	 * @param meanChange mean − previousMean (分數差)
	 * @param units per 受測單位, sorted by unit name ({@link String#compareTo}) so the order
	 * does not depend on the order of the input
	 */
	public record Result(double threshold, GroupFigures agency, List<GroupFigures> units, Double previousMean,
			Figure meanChange) {
	}

	/**
	 * @param name the unit, or {@code null} for the whole agency
	 * @param min lowest total, {@code null} when count = 0
	 * @param passRate tests with total ≥ threshold ÷ tests
	 * @param items per scale item, in scale order
	 * @param deductions every reason, ranked: count desc, then reason text ascending
	 */
	public record GroupFigures(String name, long count, Figure mean, Double min, Double max, long passed,
			Figure passRate, List<ItemFigures> items, List<Deduction> deductions) {

		/** The first n of {@link #deductions()} (常見扣分事由). */
		public List<Deduction> topDeductions(int n) {
			return this.deductions.subList(0, Math.min(n, this.deductions.size()));
		}

	}

	/**
	 * @param scored tests in which the item was scored
	 * @param meanShare mean of score ÷ max over those tests (得分率)
	 */
	public record ItemFigures(String code, String label, String part, BigDecimal max, long scored, Figure meanShare) {
	}

	/** @param count tests citing the reason (a reason repeated within one test counts once) */
	public record Deduction(String reason, long count) {
	}

	private static final Comparator<Deduction> RANKING = Comparator.comparingLong(Deduction::count)
		.reversed()
		.thenComparing(Deduction::reason);

	private final PhoneTestScale scale;

	private final double threshold;

	private final Group agency;

	private final Map<String, Group> units = new TreeMap<>();

	public PhoneTestStatistics(PhoneTestScale scale, double threshold) {
		this.scale = Objects.requireNonNull(scale, "scale");
		if (!(threshold >= 0 && threshold <= 100)) {
			throw new IllegalArgumentException("pass threshold must be within 0..100: " + threshold);
		}
		this.threshold = threshold;
		this.agency = new Group();
	}

	/** A valid test, as computed by {@link PhoneTestTotal}. */
	public void add(String unit, PhoneTestTotal test, List<String> deductionReasons) {
		if (!test.isValid()) {
			throw new IllegalArgumentException("rejected test cannot be counted: " + test.message());
		}
		add(unit, test.total(), test.scoredItems(), deductionReasons);
	}

	/**
	 * @param total the test total (0..100)
	 * @param itemScores scores of the scored items only, by item code
	 * @param deductionReasons 扣分事由, blank entries ignored
	 */
	public void add(String unit, double total, Map<String, BigDecimal> itemScores, List<String> deductionReasons) {
		Objects.requireNonNull(unit, "unit");
		if (!(total >= 0 && total <= 100)) {
			throw new IllegalArgumentException("test total must be within 0..100: " + total);
		}
		for (Map.Entry<String, BigDecimal> e : itemScores.entrySet()) {
			BigDecimal max = this.scale.item(e.getKey()).max();
			if (e.getValue() == null || e.getValue().signum() < 0 || e.getValue().compareTo(max) > 0) {
				throw new IllegalArgumentException("score of " + e.getKey() + " outside 0.." + max + ": " + e.getValue());
			}
		}
		Set<String> reasons = new LinkedHashSet<>();
		for (String reason : deductionReasons) {
			if (reason != null && !reason.isBlank()) {
				reasons.add(reason.strip());
			}
		}
		boolean passed = total >= this.threshold;
		this.agency.add(total, passed, itemScores, reasons);
		this.units.computeIfAbsent(unit, (u) -> new Group()).add(total, passed, itemScores, reasons);
	}

	public Result result() {
		return result(null);
	}

	/** @param previousMean last year's agency mean (資料庫或 history.csv), or {@code null} */
	public Result result(Double previousMean) {
		GroupFigures all = this.agency.figures(null);
		List<GroupFigures> perUnit = new ArrayList<>();
		this.units.forEach((name, group) -> perUnit.add(group.figures(name)));
		return new Result(this.threshold, all, List.copyOf(perUnit), previousMean, Yoy.change(all.mean(), previousMean));
	}

	private final class Group {

		long count;

		double sum;

		double min = Double.POSITIVE_INFINITY;

		double max = Double.NEGATIVE_INFINITY;

		long passed;

		// per scale item (same index): how often scored, exact sum of its scores
		final long[] itemScored;

		final BigDecimal[] itemSum;

		// looked up only, never iterated (ranking sorts it)
		final Map<String, Long> reasons = new HashMap<>();

		Group() {
			int items = PhoneTestStatistics.this.scale.items().size();
			this.itemScored = new long[items];
			this.itemSum = new BigDecimal[items];
			Arrays.fill(this.itemSum, BigDecimal.ZERO);
		}

		void add(double total, boolean pass, Map<String, BigDecimal> itemScores, Set<String> testReasons) {
			this.count++;
			this.sum += total;
			this.min = Math.min(this.min, total);
			this.max = Math.max(this.max, total);
			if (pass) {
				this.passed++;
			}
			List<PhoneTestScale.Item> items = PhoneTestStatistics.this.scale.items();
			for (int i = 0; i < items.size(); i++) {
				BigDecimal score = itemScores.get(items.get(i).code());
				if (score != null) {
					this.itemScored[i]++;
					this.itemSum[i] = this.itemSum[i].add(score);
				}
			}
			testReasons.forEach((r) -> this.reasons.merge(r, 1L, Long::sum));
		}

		GroupFigures figures(String name) {
			Figure mean = (this.count == 0) ? Figure.notComputable("無電話禮貌測試資料") : Figure.of(this.sum / this.count);
			List<ItemFigures> items = new ArrayList<>();
			List<PhoneTestScale.Item> scaleItems = PhoneTestStatistics.this.scale.items();
			for (int i = 0; i < scaleItems.size(); i++) {
				PhoneTestScale.Item item = scaleItems.get(i);
				// mean of score/max over the tests = (Σ score) ÷ (tests × max), exact until the
				// last division
				Figure share = (this.itemScored[i] == 0) ? Figure.notComputable("本項目無評分資料")
						: Figure.of(this.itemSum[i]
							.divide(item.max().multiply(BigDecimal.valueOf(this.itemScored[i])), MathContext.DECIMAL128)
							.doubleValue());
				items.add(new ItemFigures(item.code(), item.label(), item.part(), item.max(), this.itemScored[i], share));
			}
			List<Deduction> ranked = new ArrayList<>();
			this.reasons.forEach((reason, n) -> ranked.add(new Deduction(reason, n)));
			ranked.sort(RANKING);
			return new GroupFigures(name, this.count, mean, (this.count == 0) ? null : this.min,
					(this.count == 0) ? null : this.max, this.passed,
					Figure.ratio(this.passed, this.count, "無電話禮貌測試資料"), List.copyOf(items), List.copyOf(ranked));
		}

	}

}
