package tw.annualreport.figures;

import java.util.List;

import org.junit.jupiter.api.Test;

import tw.annualreport.figures.PhoneTestStatistics.Deduction;
import tw.annualreport.figures.PhoneTestStatistics.GroupFigures;
import tw.annualreport.figures.PhoneTestStatistics.ItemFigures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static tw.annualreport.figures.PhoneTestTotalTests.scores;

class PhoneTestStatisticsTests {

	private static final double EPS = 1e-12;

	private static final PhoneTestScale SCALE = PhoneTestScale.municipalDefault();

	// T1 一組 full 25,18,12,20,13 = 88         reasons 態度冷淡, 未報單位
	// T2 一組 unit-only 12,20,13 = 45/55 = 81.8181…  reasons 未報單位 (twice in the cell)
	// T3 二組 full 20,15,10,15,10 = 70          reasons 轉接過久, 態度冷淡
	// T4 二組 unit-only 15,25,15 = 55/55 = 100  reasons none
	private static PhoneTestStatistics fixture() {
		PhoneTestStatistics stats = new PhoneTestStatistics(SCALE, PhoneTestStatistics.DEFAULT_PASS_THRESHOLD);
		stats.add("一組", PhoneTestTotal.of(SCALE, scores("25", "18", "12", "20", "13")), List.of("態度冷淡", "未報單位"));
		stats.add("一組", PhoneTestTotal.of(SCALE, scores(null, null, "12", "20", "13")), List.of("未報單位", " 未報單位", ""));
		stats.add("二組", PhoneTestTotal.of(SCALE, scores("20", "15", "10", "15", "10")), List.of("轉接過久", "態度冷淡"));
		stats.add("二組", PhoneTestTotal.of(SCALE, scores(null, null, "15", "25", "15")), List.of());
		return stats;
	}

	@Test
	void agencyFigures() {
		GroupFigures agency = fixture().result().agency();
		assertThat(agency.name()).isNull();
		assertThat(agency.count()).isEqualTo(4);
		// (88 + 81.8181… + 70 + 100) ÷ 4 = 339.8181… ÷ 4 = 84.9545…
		assertThat(agency.mean().value()).isCloseTo(84.95454545454545, within(EPS));
		assertThat(agency.min()).isEqualTo(70.0);
		assertThat(agency.max()).isEqualTo(100.0);
		// ≥ 80: 88, 81.8, 100 → 3 ÷ 4
		assertThat(agency.passed()).isEqualTo(3);
		assertThat(agency.passRate().value()).isEqualTo(0.75);
	}

	@Test
	void itemSharesAreOverTheTestsThatScoredThem() {
		List<ItemFigures> items = fixture().result().agency().items();
		assertThat(items).extracting(ItemFigures::code)
			.containsExactly("OP_SPEED", "OP_COURTESY", "UNIT_SPEED", "UNIT_COURTESY", "UNIT_ANSWER");
		// OP_SPEED scored in T1, T3: (25 + 20) ÷ (2 × 25) = 0.9
		assertThat(items.get(0).scored()).isEqualTo(2);
		assertThat(items.get(0).meanShare().value()).isCloseTo(0.9, within(EPS));
		// OP_COURTESY: (18 + 15) ÷ 40 = 0.825
		assertThat(items.get(1).meanShare().value()).isCloseTo(0.825, within(EPS));
		// UNIT_SPEED all four: (12 + 12 + 10 + 15) ÷ 60 = 49/60 = 0.81666…
		assertThat(items.get(2).scored()).isEqualTo(4);
		assertThat(items.get(2).meanShare().value()).isCloseTo(0.8166666666666667, within(EPS));
		// UNIT_ANSWER: (13 + 13 + 10 + 15) ÷ 60 = 0.85
		assertThat(items.get(4).meanShare().value()).isCloseTo(0.85, within(EPS));
	}

	@Test
	void deductionsRankedByCountThenReasonText() {
		GroupFigures agency = fixture().result().agency();
		// 態度冷淡 2, 未報單位 2 (counted once per test), 轉接過久 1; tie: "態" U+614B < "未" U+672A
		assertThat(agency.deductions()).containsExactly(new Deduction("態度冷淡", 2), new Deduction("未報單位", 2),
				new Deduction("轉接過久", 1));
		assertThat(agency.topDeductions(2)).extracting(Deduction::reason).containsExactly("態度冷淡", "未報單位");
		assertThat(agency.topDeductions(10)).hasSize(3);
	}

	@Test
	void unitsSortedByNameWithTheirOwnFigures() {
		List<GroupFigures> units = fixture().result().units();
		assertThat(units).extracting(GroupFigures::name).containsExactly("一組", "二組");
		GroupFigures one = units.get(0);
		// (88 + 81.8181…) ÷ 2 = 84.9090…, both pass
		assertThat(one.mean().value()).isCloseTo(84.9090909090909, within(EPS));
		assertThat(one.min()).isCloseTo(81.81818181818181, within(EPS));
		assertThat(one.passRate().value()).isEqualTo(1.0);
		assertThat(one.items().get(0).meanShare().value()).isEqualTo(1.0); // OP_SPEED 25/25, T1 only
		GroupFigures two = units.get(1);
		// (70 + 100) ÷ 2 = 85, one of two ≥ 80
		assertThat(two.mean().value()).isEqualTo(85.0);
		assertThat(two.passRate().value()).isEqualTo(0.5);
		assertThat(two.deductions()).containsExactly(new Deduction("態度冷淡", 1), new Deduction("轉接過久", 1));
	}

	@Test
	void meanChangeAgainstLastYear() {
		PhoneTestStatistics.Result r = fixture().result(82.5);
		// 84.9545… − 82.5 = 2.4545…
		assertThat(r.meanChange().value()).isCloseTo(2.4545454545454533, within(EPS));
		assertThat(r.previousMean()).isEqualTo(82.5);
		assertThat(fixture().result().meanChange().reason()).isEqualTo("無前一年度資料");
	}

	@Test
	void thresholdIsInclusive() {
		PhoneTestStatistics stats = new PhoneTestStatistics(SCALE, 88);
		stats.add("一組", 88.0, scores("25", "18", "12", "20", "13"), List.of());
		assertThat(stats.result().agency().passRate().value()).isEqualTo(1.0);
		assertThat(stats.result().threshold()).isEqualTo(88.0);
	}

	@Test
	void noTestsMeansNothingComputable() {
		PhoneTestStatistics.Result r = new PhoneTestStatistics(SCALE, 80).result(80.0);
		assertThat(r.agency().count()).isZero();
		assertThat(r.agency().mean().reason()).isEqualTo("無電話禮貌測試資料");
		assertThat(r.agency().passRate().reason()).isEqualTo("無電話禮貌測試資料");
		assertThat(r.agency().min()).isNull();
		assertThat(r.agency().items().get(0).meanShare().reason()).isEqualTo("本項目無評分資料");
		assertThat(r.units()).isEmpty();
		assertThat(r.meanChange().reason()).isEqualTo("本年度無電話禮貌測試資料");
	}

	@Test
	void refusesRejectedTestsAndBadInput() {
		PhoneTestStatistics stats = new PhoneTestStatistics(SCALE, 80);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> stats.add("一組", PhoneTestTotal.of(SCALE, scores(null, null, null, null, null)), List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> stats.add("一組", 101, scores(), List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> new PhoneTestStatistics(SCALE, Double.NaN));
	}

}
