package tw.annualreport.figures;

import java.util.List;

import org.junit.jupiter.api.Test;

import tw.annualreport.figures.SurveyStatistics.DimensionFigures;
import tw.annualreport.figures.SurveyStatistics.GroupFigures;
import tw.annualreport.figures.SurveyStatistics.OverallBasis;
import tw.annualreport.figures.SurveyStatistics.Question;
import tw.annualreport.figures.SurveyStatistics.QuestionFigures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class SurveyStatisticsTests {

	private static final double EPS = 1e-12;

	private static final List<Question> QUESTIONS = List.of(new Question("Q1", "服務禮儀", false),
			new Question("Q2", "服務禮儀", false), new Question("Q3", "整體滿意度", true));

	//        Q1 Q2 Q3  total  gender
	// R1      4  5  4   13    女
	// R2      3  4  3   10    男
	// R3      5  5  4   14    女
	// R4      2  3  3    8    男
	// R5      4  4  5   13    女
	// R6      5  _  9    -    (blank)   counts in n, not complete (no α)
	// R7      _  9  _    -    女        no valid answer: ignored entirely
	private static SurveyStatistics fixture(List<Question> questions, Long population) {
		SurveyStatistics s = new SurveyStatistics(questions, population);
		s.add("戶籍登記", "女", "30-39歲", 4, 5, 4);
		s.add("戶籍登記", "男", "40-49歲", 3, 4, 3);
		s.add("印鑑證明", "女", "30-39歲", 5, 5, 4);
		s.add("印鑑證明", "男", "60歲以上", 2, 3, 3);
		s.add("戶籍登記", "女", "30-39歲", 4, 4, 5);
		s.add("戶籍登記", null, " ", 5, 0, 9);
		s.add("印鑑證明", "女", "30-39歲", 0, 9, 0);
		return s;
	}

	@Test
	void respondentsAreThoseWithAValidAnswer() {
		SurveyStatistics.Result r = fixture(QUESTIONS, null).result();
		assertThat(r.respondents()).isEqualTo(6); // R1..R6, R7 ignored
		// 1.96 × √(0.25 ÷ 6) = 1.96 × 0.204124… = 0.400083…
		assertThat(r.samplingError().value().value()).isCloseTo(0.40008332465458574, within(EPS));
	}

	@Test
	void perQuestionFigures() {
		List<QuestionFigures> q = fixture(QUESTIONS, null).result().questions();
		// Q1: 4,3,5,2,4,5 → valid 6; 1:0 2:1 3:1 4:2 5:2; mean 23/6; satisfied 4/6
		assertThat(q.get(0).valid()).isEqualTo(6);
		assertThat(q.get(0).distribution()).containsExactly(0L, 1L, 1L, 2L, 2L);
		assertThat(q.get(0).mean().value()).isCloseTo(23.0 / 6, within(EPS));
		assertThat(q.get(0).satisfaction().satisfied()).isEqualTo(4);
		assertThat(q.get(0).satisfaction().rate().value()).isCloseTo(2.0 / 3, within(EPS));
		// Q2: 5,4,5,3,4 → valid 5, one blank (R6); mean 21/5 = 4.2; satisfied 4/5
		assertThat(q.get(1).valid()).isEqualTo(5);
		assertThat(q.get(1).notAnswered()).isEqualTo(1);
		assertThat(q.get(1).notApplicable()).isZero();
		assertThat(q.get(1).mean().value()).isCloseTo(4.2, within(EPS));
		assertThat(q.get(1).satisfaction().rate().value()).isCloseTo(0.8, within(EPS));
		// Q3: 4,3,4,3,5 → valid 5, one 9 (R6); mean 19/5 = 3.8; satisfied 3/5
		assertThat(q.get(2).notApplicable()).isEqualTo(1);
		assertThat(q.get(2).mean().value()).isCloseTo(3.8, within(EPS));
		assertThat(q.get(2).satisfaction().rate().value()).isCloseTo(0.6, within(EPS));
		// Wilson of 3/5: p 0.6, d = 1 + 3.8416/5 = 1.76832, centre = (0.6 + 0.38416)/d = 0.556…
		assertThat(q.get(2).satisfaction().interval95().lower()).isCloseTo(0.23071993220883708, within(EPS));
		assertThat(q.get(2).satisfaction().interval95().upper()).isCloseTo(0.8823817688407467, within(EPS));
		assertThat(q.get(2).satisfaction().interval95().method()).isEqualTo(Interval.Method.WILSON);
	}

	@Test
	void dimensionsArePooledInFirstSeenOrder() {
		List<DimensionFigures> d = fixture(QUESTIONS, null).result().dimensions();
		assertThat(d).extracting(DimensionFigures::name).containsExactly("服務禮儀", "整體滿意度");
		assertThat(d.get(0).questions()).containsExactly("Q1", "Q2");
		// Q1 + Q2: satisfied 4 + 4 = 8 of 6 + 5 = 11 valid; mean (23 + 21) ÷ 11 = 4
		assertThat(d.get(0).satisfaction().satisfied()).isEqualTo(8);
		assertThat(d.get(0).satisfaction().valid()).isEqualTo(11);
		assertThat(d.get(0).satisfaction().rate().value()).isCloseTo(8.0 / 11, within(EPS));
		assertThat(d.get(0).mean().value()).isCloseTo(4.0, within(EPS));
		// respondents as clusters, (satisfied, valid) of Q1 + Q2: R1 (2, 2), R2 (1, 2), R3 (2, 2), R4 (0, 2),
		// R5 (2, 2), R6 (1, 1); n 6, r = 8/11; residuals y − r·x: 6/11, −5/11, 6/11, −16/11, 6/11, 3/11,
		// Σ² = 398/121; x̄ = 11/6; v = (398/121) ÷ (6 · 5 · 121/36) = 2388/73205 = 0.03262…; ±0.3540
		double half = 1.96 * Math.sqrt(2388.0 / 73205);
		assertThat(d.get(0).satisfaction().interval95().method()).isEqualTo(Interval.Method.CLUSTER);
		assertThat(d.get(0).satisfaction().interval95().lower()).isCloseTo(8.0 / 11 - half, within(EPS));
		assertThat(d.get(0).satisfaction().interval95().lower()).isCloseTo(0.3732, within(1e-4));
		assertThat(d.get(0).satisfaction().interval95().upper()).isEqualTo(1.0); // 1.081 clipped
		// 整體滿意度 has one question: the respondents are its answers, Wilson of Q3's 3/5
		assertThat(d.get(1).satisfaction().interval95().method()).isEqualTo(Interval.Method.WILSON);
		assertThat(d.get(1).satisfaction().interval95().lower()).isCloseTo(0.23071993220883708, within(EPS));
	}

	@Test
	void aPooledRateHasTheClusterIntervalWithThePopulationCorrection() {
		List<Question> unmarked = List.of(new Question("Q1", "服務禮儀", false), new Question("Q2", "服務禮儀", false),
				new Question("Q3", "整體滿意度", false));
		SurveyStatistics.Result r = fixture(unmarked, 10L).result();
		assertThat(r.overall().basis()).isEqualTo(OverallBasis.POOLED_ALL_QUESTIONS);
		// all questions, (satisfied, valid): R1 (3, 3), R2 (1, 3), R3 (3, 3), R4 (0, 3), R5 (3, 3), R6 (1, 1);
		// r = 11/16; residuals 15/16, −17/16, 15/16, −33/16, 15/16, 5/16, Σ² = 2078/256;
		// x̄ = 16/6; v = (2078/256) ÷ (30 · 256/36) = 74808/1966080, × (10 − 6) ÷ 9
		double half = 1.96 * Math.sqrt(74808.0 / 1966080 * 4 / 9);
		Interval interval = r.overall().satisfaction().interval95();
		assertThat(interval.method()).isEqualTo(Interval.Method.CLUSTER);
		assertThat(interval.lower()).isCloseTo(11.0 / 16 - half, within(EPS));
		assertThat(interval.upper()).isCloseTo(11.0 / 16 + half, within(EPS));
		// the dimension of two questions too, corrected: 2388/73205 × 4/9
		assertThat(r.dimensions().get(0).satisfaction().interval95().lower())
			.isCloseTo(8.0 / 11 - 1.96 * Math.sqrt(2388.0 / 73205 * 4 / 9), within(EPS));
	}

	@Test
	void smallBreakdownGroupsAreMarkedAndTheSmallestHaveNoInterval() {
		List<Question> unmarked = List.of(new Question("Q1", "服務禮儀", false), new Question("Q2", "服務禮儀", false));
		SurveyStatistics s = new SurveyStatistics(unmarked, null);
		// 年齡層 by size: 9, 10, 29, 30 respondents, every third one dissatisfied with Q2
		int[] sizes = { 9, 10, 29, 30 };
		String[] bands = { "20-29歲", "30-39歲", "40-49歲", "50-64歲" };
		for (int b = 0; b < sizes.length; b++) {
			for (int i = 0; i < sizes[b]; i++) {
				s.add("櫃台", "女", bands[b], 4, (i % 3 == 0) ? 2 : 5);
			}
		}
		List<GroupFigures> groups = s.result().byAgeBand();
		assertThat(groups).extracting(GroupFigures::respondents).containsExactly(9L, 10L, 29L, 30L);
		assertThat(groups).extracting(GroupFigures::smallSample).containsExactly(true, true, true, false);
		// under 10: the rate, but no interval, and why
		assertThat(groups.get(0).satisfaction().rate().value()).isCloseTo(15.0 / 18, within(EPS));
		assertThat(groups.get(0).satisfaction().interval95()).isNull();
		assertThat(groups.get(0).satisfaction().interval95Reason()).isEqualTo("樣本數未滿 10 人，不估計信賴區間");
		// 10 and more: the cluster interval (no population correction)
		for (GroupFigures g : groups.subList(1, 4)) {
			assertThat(g.satisfaction().interval95().method()).isEqualTo(Interval.Method.CLUSTER);
			assertThat(g.satisfaction().interval95Reason()).isNull();
		}
		// 30-39歲: (1, 2) × 4 and (2, 2) × 6; r = 16/20 = 0.8; residuals −0.6 × 4, 0.4 × 6, Σ² = 2.4;
		// x̄ = 2; v = 2.4 ÷ (10 · 9 · 4) = 1/150
		assertThat(groups.get(1).satisfaction().interval95().lower()).isCloseTo(0.8 - 1.96 * Math.sqrt(1.0 / 150),
				within(EPS));
		// the whole survey of 78 is not small; a gender everybody gave is one group of 78
		assertThat(s.result().byGender()).singleElement().extracting(GroupFigures::smallSample).isEqualTo(false);
	}

	@Test
	void overallIsTheOverallQuestionWhenMarked() {
		SurveyStatistics.Result r = fixture(QUESTIONS, null).result(0.5);
		assertThat(r.overall().basis()).isEqualTo(OverallBasis.OVERALL_QUESTION);
		assertThat(r.overall().questionNo()).isEqualTo("Q3");
		assertThat(r.overall().satisfaction().rate().value()).isCloseTo(0.6, within(EPS));
		assertThat(r.rateChange().value()).isCloseTo(0.1, within(EPS)); // 0.6 − 0.5
	}

	@Test
	void overallIsPooledOverAllQuestionsOtherwise() {
		List<Question> unmarked = List.of(new Question("Q1", "服務禮儀", false), new Question("Q2", "服務禮儀", false),
				new Question("Q3", "整體滿意度", false));
		SurveyStatistics.Result r = fixture(unmarked, null).result();
		assertThat(r.overall().basis()).isEqualTo(OverallBasis.POOLED_ALL_QUESTIONS);
		assertThat(r.overall().questionNo()).isNull();
		// (4 + 4 + 3) ÷ (6 + 5 + 5) = 11/16
		assertThat(r.overall().satisfaction().rate().value()).isEqualTo(0.6875);
		// breakdown 男 (R2, R4) pooled: Q1 3,2 Q2 4,3 Q3 3,3 → 1 satisfied of 6
		GroupFigures male = r.byGender().get(2);
		assertThat(male.name()).isEqualTo("男");
		assertThat(male.satisfaction().rate().value()).isCloseTo(1.0 / 6, within(EPS));
	}

	@Test
	void cronbachAlphaOnCompleteRespondents() {
		// R1..R5 (R6 has a blank): item variances Q1 5.2/4 = 1.3, Q2 2.8/4 = 0.7, Q3 2.8/4 = 0.7
		// totals 13,10,14,8,13: mean 11.6, Σd² = 1.96+2.56+5.76+12.96+1.96 = 25.2, s² = 6.3
		// α = 3/2 × (1 − 2.7/6.3) = 1.5 × 3.6/6.3 = 6/7 = 0.857142…
		CronbachAlpha.Result a = fixture(QUESTIONS, null).result().cronbachAlpha();
		assertThat(a.alpha().value()).isCloseTo(6.0 / 7, within(EPS));
		assertThat(a.respondents()).isEqualTo(5);
		assertThat(a.items()).isEqualTo(3);
	}

	@Test
	void cronbachAlphaNotComputable() {
		SurveyStatistics one = new SurveyStatistics(List.of(new Question("Q1", "整體", true)), null);
		for (int i = 0; i < 5; i++) {
			one.add("s", "女", "a", 4);
		}
		assertThat(one.result().cronbachAlpha().alpha().reason()).isEqualTo("題數少於 2 題，無法計算信度");

		SurveyStatistics two = new SurveyStatistics(QUESTIONS, null);
		two.add("s", "女", "a", 4, 5, 4);
		two.add("s", "女", "a", 3, 4, 3);
		two.add("s", "女", "a", 3, 9, 3); // not complete
		assertThat(two.result().cronbachAlpha().alpha().reason()).isEqualTo("每題皆有效作答之樣本不足 3 份，無法計算信度");

		SurveyStatistics same = new SurveyStatistics(QUESTIONS, null);
		for (int i = 0; i < 3; i++) {
			same.add("s", "女", "a", 4, 4, 4);
		}
		assertThat(same.result().cronbachAlpha().alpha().reason()).startsWith("總分變異數為 0");
	}

	@Test
	void breakdownsSortedByNameWithBlankGroup() {
		SurveyStatistics.Result r = fixture(QUESTIONS, null).result();
		// String order: 女 U+5973 < 未填 U+672A < 男 U+7537
		assertThat(r.byGender()).extracting(GroupFigures::name).containsExactly("女", "未填", "男");
		// 女 R1, R3, R5: Q3 4, 4, 5 → 3/3
		assertThat(r.byGender().get(0).respondents()).isEqualTo(3);
		assertThat(r.byGender().get(0).satisfaction().rate().value()).isEqualTo(1.0);
		// 未填 R6: Q3 = 9 → no valid answer to the overall question
		assertThat(r.byGender().get(1).respondents()).isEqualTo(1);
		assertThat(r.byGender().get(1).satisfaction().rate().reason()).isEqualTo("無有效回答，無法計算滿意度");
		assertThat(r.byGender().get(1).satisfaction().interval95()).isNull();
		// one respondent: marked, and no interval (under 10)
		assertThat(r.byGender().get(1).smallSample()).isTrue();
		assertThat(r.byGender().get(1).satisfaction().interval95Reason()).isEqualTo("樣本數未滿 10 人，不估計信賴區間");
		// 男 R2, R4: Q3 3, 3 → 0/2
		assertThat(r.byGender().get(2).satisfaction().rate().value()).isZero();
		// 服務項目: 印鑑證明 (R3, R4: Q3 4, 3 → 1/2), 戶籍登記 (R1, R2, R5, R6: 4, 3, 5, 9 → 2/3)
		assertThat(r.byService()).extracting(GroupFigures::name).containsExactly("印鑑證明", "戶籍登記");
		assertThat(r.byService().get(0).satisfaction().rate().value()).isEqualTo(0.5);
		assertThat(r.byService().get(1).respondents()).isEqualTo(4);
		assertThat(r.byService().get(1).satisfaction().rate().value()).isCloseTo(2.0 / 3, within(EPS));
		assertThat(r.byAgeBand()).extracting(GroupFigures::name).containsExactly("30-39歲", "40-49歲", "60歲以上", "未填");
	}

	@Test
	void aBreakdownNobodyGaveIsLeftOut() {
		// a staff survey: no respondent gives a 服務項目; two give a 性別
		SurveyStatistics s = new SurveyStatistics(QUESTIONS, null);
		s.add(null, "女", "", 4, 5, 4);
		s.add(" ", null, null, 3, 4, 3);
		s.add("", "男", "", 5, 5, 4);
		SurveyStatistics.Result r = s.result();
		assertThat(r.respondents()).isEqualTo(3);
		assertThat(r.byService()).isEmpty();
		assertThat(r.byAgeBand()).isEmpty();
		// 女 R1 (Q3 4), 未填 R2 (Q3 3), 男 R3 (Q3 4): a breakdown someone gave keeps its 未填
		assertThat(r.byGender()).extracting(GroupFigures::name).containsExactly("女", "未填", "男");
		assertThat(r.byGender().get(1).respondents()).isEqualTo(1);
	}

	@Test
	void finitePopulationShrinksTheSamplingError() {
		// 0.400083… × √((20 − 6) ÷ 19) = 0.400083… × 0.858395… = 0.343429…
		SurveyStatistics.Result r = fixture(QUESTIONS, 20L).result();
		assertThat(r.population()).isEqualTo(20L);
		assertThat(r.samplingError().populationCorrected()).isTrue();
		assertThat(r.samplingError().value().value()).isCloseTo(0.40008332465458574 * Math.sqrt(14.0 / 19), within(EPS));
	}

	@Test
	void emptySurveyIsNotComputableEverywhere() {
		SurveyStatistics.Result r = new SurveyStatistics(QUESTIONS, null).result(0.9);
		assertThat(r.respondents()).isZero();
		assertThat(r.overall().satisfaction().rate().isComputable()).isFalse();
		assertThat(r.samplingError().value().isComputable()).isFalse();
		assertThat(r.questions().get(0).mean().reason()).isEqualTo("無有效回答，無法計算平均分數");
		assertThat(r.cronbachAlpha().alpha().isComputable()).isFalse();
		assertThat(r.rateChange().isComputable()).isFalse();
		assertThat(r.byGender()).isEmpty();
	}

	@Test
	void rejectsBadCodesAndShapes() {
		SurveyStatistics s = new SurveyStatistics(QUESTIONS, null);
		assertThatIllegalArgumentException().isThrownBy(() -> s.add("s", "女", "a", 4, 6, 4));
		assertThatIllegalArgumentException().isThrownBy(() -> s.add("s", "女", "a", 4, 4));
		assertThatIllegalArgumentException().isThrownBy(() -> new SurveyStatistics(
				List.of(new Question("Q1", "a", true), new Question("Q2", "a", true)), null));
	}

}
