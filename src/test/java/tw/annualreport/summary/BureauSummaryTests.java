package tw.annualreport.summary;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The bureau's consolidated figures, from agencies' summaries written by hand here. */
class BureauSummaryTests {

	/** A summary.json with just the keys the consolidation reads (and every count the records require). */
	private static AgencySummary agency(String code, long leaves, long completed, long tests, Double mean, long passed,
			long satisfied, long valid, long closed, long onTime) {
		String json = """
				{"schemaVersion": 1, "year": 113, "gregorianYear": 2024,
				 "agency": {"code": "%s", "name": "%s衛生所"},
				 "measures": {"total": %d, "completed": %d, "inProgress": 0, "notStarted": 0, "completionRate": %s},
				 "phoneTests": {"count": %d, "mean": %s, "passed": %d, "passRate": %s, "threshold": 80},
				 "surveys": [{"code": "PUB", "title": "滿意度調查", "respondents": 10, "satisfied": %d, "valid": %d,
				              "satisfactionRate": %s, "samplingErrorPopulationCorrected": false,
				              "cronbachRespondents": 0}],
				 "cases": {"total": %d, "closed": %d, "open": 0, "onTime": %d, "onTimeRate": %s, "overdueCount": 0}}
				""".formatted(code, code, leaves, completed, ratio(completed, leaves), tests, mean, passed,
				ratio(passed, tests), satisfied, valid, ratio(satisfied, valid), closed, closed, onTime,
				ratio(onTime, closed));
		return SummaryJson.read(json);
	}

	/** The consolidated summary as its summary.json reads. */
	private static JsonNode tree(BureauSummary bureau) {
		return JsonMapper.builder().build().readTree(SummaryJson.write(bureau));
	}

	private static String ratio(long a, long b) {
		return b == 0 ? "null" : Double.toString((double) a / b);
	}

	@Test
	void ranksEveryAgencyOnEveryKeyFigureBestFirstWithTiesSharingARank() {
		JsonNode tree = tree(BureauSummary.of("HB", "衛生局", 113, List.of(
				agency("A", 10, 8, 10, 90.0, 9, 80, 100, 20, 18),
				agency("B", 10, 9, 30, 80.0, 24, 90, 100, 0, 0),
				agency("C", 20, 16, 10, 85.0, 7, 70, 100, 10, 10)), List.of(), List.of()));

		JsonNode a = tree.path("agencies").get(0);
		JsonNode b = tree.path("agencies").get(1);
		JsonNode c = tree.path("agencies").get(2);
		// completion: A 0.8, B 0.9, C 0.8 → B 1, A and C share 2
		assertThat(b.path("ranks").path("measures.completionRate").asInt()).isEqualTo(1);
		assertThat(a.path("ranks").path("measures.completionRate").asInt()).isEqualTo(2);
		assertThat(c.path("ranks").path("measures.completionRate").asInt()).isEqualTo(2);
		// phone mean: A 90, C 85, B 80
		assertThat(a.path("ranks").path("phone.mean").asInt()).isEqualTo(1);
		assertThat(c.path("ranks").path("phone.mean").asInt()).isEqualTo(2);
		assertThat(b.path("ranks").path("phone.mean").asInt()).isEqualTo(3);
		// survey PUB: B 0.9, A 0.8, C 0.7
		assertThat(b.path("ranks").path("survey.PUB.satisfactionRate").asInt()).isEqualTo(1);
		assertThat(c.path("ranks").path("survey.PUB.satisfactionRate").asInt()).isEqualTo(3);
		// cases: B has none, so no figure and no rank; C 1.0 before A 0.9
		assertThat(b.path("figures").path("cases.onTimeRate").isNull()).isTrue();
		assertThat(b.path("ranks").path("cases.onTimeRate").isNull()).isTrue();
		assertThat(c.path("ranks").path("cases.onTimeRate").asInt()).isEqualTo(1);
		assertThat(a.path("ranks").path("cases.onTimeRate").asInt()).isEqualTo(2);
	}

	@Test
	void poolsOverTheAgenciesCountsRatherThanAveragingTheirRates() {
		JsonNode tree = tree(BureauSummary.of("HB", "衛生局", 113, List.of(
				agency("A", 10, 8, 10, 90.0, 9, 80, 100, 20, 18),
				agency("B", 10, 9, 30, 80.0, 24, 90, 100, 0, 0),
				agency("C", 20, 16, 10, 85.0, 7, 70, 100, 10, 10)), List.of(), List.of()));

		JsonNode pooled = tree.path("pooled");
		assertThat(pooled.path("agencies").asInt()).isEqualTo(3);
		// (8 + 9 + 16) / (10 + 10 + 20) = 33/40, not the mean of the rates (0.8333…)
		assertThat(pooled.path("figures").path("measures.completionRate").path("value").asDouble()).isCloseTo(33.0 / 40, within(1e-12));
		// (10×90 + 30×80 + 10×85) / 50 = 4150/50 = 83
		assertThat(pooled.path("figures").path("phone.mean").path("value").asDouble()).isCloseTo(83.0, within(1e-9));
		// (9 + 24 + 7) / 50
		assertThat(pooled.path("figures").path("phone.passRate").path("value").asDouble()).isCloseTo(40.0 / 50, within(1e-12));
		assertThat(pooled.path("figures").path("survey.PUB.satisfactionRate").path("value").asDouble()).isCloseTo(240.0 / 300, within(1e-12));
		// (18 + 0 + 10) / (20 + 0 + 10)
		assertThat(pooled.path("figures").path("cases.onTimeRate").path("value").asDouble()).isCloseTo(28.0 / 30, within(1e-12));
	}

	@Test
	void aBureauWithoutDataHasNoPooledFiguresButSaysWhy() {
		JsonNode tree = tree(BureauSummary.of("HB", "衛生局", 113, List.of(), List.of("X"), List.of()));

		assertThat(tree.path("pooled").path("figures").path("measures.completionRate").path("value").isNull()).isTrue();
		assertThat(tree.path("pooled").path("figures").path("measures.completionRate").path("reason").asString()).isNotBlank();
		assertThat(tree.path("agencies")).isEmpty();
		assertThat(tree.path("missing")).extracting(JsonNode::asString).containsExactly("X");
	}

	/**
	 * Two agencies of very different size: A 10 phone tests averaging 90 with 9 passed, B 40
	 * averaging 70 with 20 passed. Averaging their figures would give 80 and 70 %; the bureau's
	 * are 3,700 points ÷ 50 tests = 74 and 29 ÷ 50 = 58 %. Likewise the survey (A 45 of 50 valid
	 * answers satisfied, B 60 of 150: 105 ÷ 200 = 52.5 %, not 65 %), the measures (A 9 of 10, B 10
	 * of 40: 19 ÷ 50 = 38 %, not 57.5 %) and the cases (A 1 of 2 on time, B 18 of 18: 19 ÷ 20 =
	 * 95 %, not 75 %).
	 */
	@Test
	void theBureauFiguresOfTwoAgenciesOfDifferentSizeAreTheirPooledCountsNotTheMeanOfTheirFigures() {
		BureauSummary bureau = BureauSummary.of("HB", "衛生局", 113, List.of(agency("A", 10, 9, 10, 90.0, 9, 45, 50, 2, 1),
				agency("B", 40, 10, 40, 70.0, 20, 60, 150, 18, 18)), List.of(), List.of());

		BureauSummary.Pooled pooled = bureau.pooled();
		BureauSummary.PooledFigure mean = pooled.figure(KeyFigures.PHONE_MEAN);
		BureauSummary.PooledFigure passRate = pooled.figure(KeyFigures.PHONE_PASS_RATE);
		BureauSummary.PooledFigure survey = pooled.figure(KeyFigures.surveyRate("PUB"));
		assertThat(mean.denominator()).isEqualTo(50);
		assertThat(mean.numerator()).isCloseTo(3700.0, within(1e-9));
		assertThat(mean.value()).isCloseTo(74.0, within(1e-12)).isNotCloseTo(80.0, within(1.0));
		assertThat(passRate.numerator()).isEqualTo(29);
		assertThat(passRate.value()).isCloseTo(0.58, within(1e-12));
		assertThat(survey).satisfies((s) -> {
			assertThat(s.numerator()).isEqualTo(105);
			assertThat(s.denominator()).isEqualTo(200);
			assertThat(s.value()).isCloseTo(0.525, within(1e-12));
		});
		assertThat(pooled.figure(KeyFigures.COMPLETION_RATE).value()).isCloseTo(0.38, within(1e-12));
		assertThat(pooled.figure(KeyFigures.CASES_ON_TIME_RATE).numerator()).isEqualTo(19);
		assertThat(pooled.figure(KeyFigures.CASES_ON_TIME_RATE).value()).isCloseTo(0.95, within(1e-12));
		// each agency keeps the counts it was pooled from
		Map<String, KeyFigure.Fraction> b = bureau.agencies().get(1).counts();
		assertThat(b.get(KeyFigures.PHONE_MEAN).numerator()).isCloseTo(2800.0, within(1e-9));
		assertThat(b.get(KeyFigures.surveyRate("PUB")).denominator()).isEqualTo(150);
	}


	/**
	 * One level up (研考會): bureau HB has A (10 phone tests averaging 90, 9 passed) and B (40
	 * averaging 70, 20 passed); bureau SB has C (10 averaging 60, 10 passed). HB pools to 3,700 ÷ 50
	 * = 74 points and 29 ÷ 50 = 58 %, SB to 60 and 100 %. The city is 4,300 ÷ 60 = 71.67 points and
	 * 39 ÷ 60 = 65 % — not the mean of its bureaus' (67 points, 79 %).
	 */
	@Test
	void aCitysFiguresArePooledFromEveryAgencysCountsNotFromItsBureausRates() {
		BureauSummary.Listed a = listed("A", "已核定", false);
		BureauSummary.Listed b = listed("B", "草稿", true);
		BureauSummary.Listed c = listed("C", "已核定", false);
		BureauSummary.Listed d = listed("D", "未繳交", true);
		BureauSummary city = BureauSummary
			.of("RDEC", "研考會", 113, List.of(agency("A", 10, 9, 10, 90.0, 9, 45, 50, 2, 1),
					agency("B", 40, 10, 40, 70.0, 20, 60, 150, 18, 18), agency("C", 10, 10, 10, 60.0, 10, 30, 40, 0, 0)),
					List.of("D"), List.of())
			.with(List.of(), List.of(a, b, c, d))
			.withBureaus(List.of(new BureauSummary.Group("HB", "衛生局", List.of("A", "B"), List.of(a, b)),
					new BureauSummary.Group("SB", "社會局", List.of("C", "D"), List.of(c, d))));

		BureauSummary.PooledFigure passRate = city.pooled().figure(KeyFigures.PHONE_PASS_RATE);
		BureauSummary.PooledFigure mean = city.pooled().figure(KeyFigures.PHONE_MEAN);
		assertThat(passRate.numerator()).isEqualTo(39);
		assertThat(passRate.denominator()).isEqualTo(60);
		assertThat(passRate.value()).isCloseTo(0.65, within(1e-12));
		assertThat(mean.numerator()).isCloseTo(4300.0, within(1e-9));
		assertThat(mean.value()).isCloseTo(4300.0 / 60, within(1e-12));

		BureauSummary.BureauPart hb = city.bureaus().get(0);
		BureauSummary.BureauPart sb = city.bureaus().get(1);
		assertThat(hb.agencies()).isEqualTo(2);
		assertThat(hb.pooled().figure(KeyFigures.PHONE_PASS_RATE).value()).isCloseTo(0.58, within(1e-12));
		assertThat(hb.pooled().figure(KeyFigures.PHONE_MEAN).value()).isCloseTo(74.0, within(1e-12));
		assertThat(sb.agencies()).isEqualTo(1);
		assertThat(sb.pooled().figure(KeyFigures.PHONE_PASS_RATE).value()).isCloseTo(1.0, within(1e-12));
		assertThat(sb.pooled().figure(KeyFigures.PHONE_MEAN).value()).isCloseTo(60.0, within(1e-12));
		double meanOfBureaus = (0.58 + 1.0) / 2;
		assertThat(passRate.value()).isNotCloseTo(meanOfBureaus, within(0.1));
		assertThat(mean.value()).isNotCloseTo((74.0 + 60.0) / 2, within(1.0));
		// survey: HB 105 ÷ 200, SB 30 ÷ 40; the city 135 ÷ 240 = 56.25 %
		assertThat(city.pooled().figure(KeyFigures.surveyRate("PUB")).value()).isCloseTo(0.5625, within(1e-12));
		assertThat(hb.statuses()).containsExactly(Map.entry("已核定", 1L), Map.entry("草稿", 1L));
		assertThat(sb.statuses()).containsExactly(Map.entry("已核定", 1L), Map.entry("未繳交", 1L));
		assertThat(hb.late()).isEqualTo(1);

		JsonNode tree = tree(city);
		assertThat(tree.path("bureaus")).extracting((n) -> n.path("code").asString()).containsExactly("HB", "SB");
		assertThat(tree.path("bureaus").get(1).path("pooled").path("figures").path(KeyFigures.PHONE_MEAN)
			.path("value").asDouble()).isCloseTo(60.0, within(1e-12));
		// a bureau's own summary.json has no "bureaus"
		assertThat(tree(BureauSummary.of("HB", "衛生局", 113, List.of(), List.of(), List.of())).has("bureaus")).isFalse();
	}

	private static BureauSummary.Listed listed(String code, String status, boolean late) {
		return new BureauSummary.Listed(code, code + "機關", status, late, true, "2025-01-31", null, null);
	}

}
