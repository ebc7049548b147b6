package tw.annualreport.summary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static tw.annualreport.summary.AnnualReportJobRuns.csv;
import static tw.annualreport.summary.AnnualReportJobRuns.element;

/**
 * A small agency-year written by hand, run through the whole job (import → figures →
 * summary.json), and every key figure of summary.json compared with the value worked out by
 * hand in the comments (SPEC §4 definitions). Report year 113 = 2024, year end 2024-12-31.
 */
// the same properties as the other job tests on the default in-memory database: one shared context (docs/tests.md)
@SpringBootTest(properties = "annual-report.cli.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SummaryJsonEndToEndTests {

	private static final String AGENCY = "TST-E2E";

	private static final int YEAR = 113;

	private static final double EXACT = 1e-12;

	@TempDir
	static Path temp;

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job annualReportJob;

	private JsonNode summary;

	@BeforeAll
	void runJobOnHandMadeAgency() {
		Path input = temp.resolve("in").resolve(AGENCY);
		Path out = temp.resolve("out");
		writeAgencyFolder(input);
		AnnualReportJobRuns.runCompleted(this.jobOperator, this.annualReportJob,
				AnnualReportJobRuns.parameters(AGENCY, YEAR, input, out, 1));
		this.summary = AnnualReportJobRuns.readSummary(out, AGENCY, YEAR);
	}

	static void writeAgencyFolder(Path input) {
		csv(input, "agency", List.of("機關代碼,機關名稱,上級機關代碼,上級機關名稱,收件信箱",
				AGENCY + ",測試區公所,TST-P,測試市政府,office@example.org"));
		// 8 nodes; leaves: 1.1.1 (高 indicator), 1.1.2 (低 indicator), 1.2.1, and 2.1 (a level-2 leaf)
		csv(input, "plan", List.of("項次,名稱,承辦單位,指標名稱,指標單位,指標方向,目標值,前一年度實績",
				"1,便民服務,研考,,,,,", "1.1,簡化流程,研考,,,,,", "1.1.1,線上申辦,一組,線上申辦件數,件,高,200,160",
				"1.1.2,臨櫃等候,二組,平均等候時間,分鐘,低,10,12", "1.2,主動服務,一組,,,,,", "1.2.1,到府服務,一組,,,,,",
				"2,服務品質,二組,,,,,", "2.1,電話禮貌訓練,二組,,,,,"));
		// row 8 is dated in 112: rejected (date outside the report year)
		csv(input, "executions", List.of("措施項次,執行日期,承辦單位,執行情形,場次,人次,指標實績,狀態,佐證",
				"1.1.1,113/03/10,一組,上線,2,40,120,執行中,", "1.1.1,113/09/20,一組,推廣,3,65,230,已完成,",
				"1.1.1,113/06/01,一組,說明會,1,,,進行中,", "1.1.2,113/05/05,二組,調整,,,11,執行中,",
				"1.1.2,113/11/30,二組,抽查,1,12,8,進行中,", "2.1,113/04/15,二組,訓練,4,80,,完成,",
				"2.1,112/12/30,二組,去年的,9,999,,已完成,"));
		// maxima: OP_SPEED 25, OP_COURTESY 20, UNIT_SPEED 15, UNIT_COURTESY 25, UNIT_ANSWER 15; T9 is rejected
		csv(input, "phone_tests", List.of(
				"測試編號,測試日期,受測單位,測試人員,OP_SPEED,OP_COURTESY,UNIT_SPEED,UNIT_COURTESY,UNIT_ANSWER,扣分事由,備註",
				"T1,113/02/01,一組,甲,25,20,15,25,15,,", "T2,113/03/01,一組,甲,20,18,12,20,10,未報單位名稱；語氣冷淡,",
				"T3,113/04/01,二組,乙,15,16,10,18,11,鈴響超過3聲未接;未報單位名稱、語氣冷淡,",
				"T4,113/05/01,二組,乙,,,12,22,11,未報單位名稱,直撥業務單位",
				"T5,113/06/01,人事,丙,22,17,13,21,12,語氣冷淡；答話內容不完整,",
				"T9,113/07/01,人事,丙,22,17,16,21,12,,UNIT_SPEED above its maximum 15"));
		csv(input, "survey_questions", List.of("問卷代碼,問卷名稱,對象,母體數,題號,題目,構面,整體題",
				"PUB,民眾滿意度調查,民眾,200,1,環境整潔,服務品質,", "PUB,民眾滿意度調查,民眾,200,2,人員禮貌,服務品質,",
				"PUB,民眾滿意度調查,民眾,200,3,整體而言滿意,整體滿意度,Y", "STAFF,同仁滿意度調查,內部同仁,,1,工作環境,內部環境,",
				"STAFF,同仁滿意度調查,內部同仁,,2,教育訓練,內部環境,"));
		// PUB: P05 answers nothing (not a respondent); 9 = not applicable; blank/0 = not answered.
		// STAFF: only S1 and S3 answer both questions validly, so α is not computable.
		csv(input, "survey_responses", List.of("問卷代碼,回覆編號,填答日期,服務項目,性別,年齡層,Q1,Q2,Q3,意見",
				"PUB,P01,113/03/01,戶籍,女,30-39歲,5,4,5,", "PUB,P02,113/03/02,戶籍,男,30-39歲,4,4,4,",
				"PUB,P03,113/03/03,印鑑,女,40-49歲,3,9,4,", "PUB,P04,113/03/04,印鑑,男,40-49歲,2,3,2,",
				"PUB,P05,113/03/05,戶籍,女,50-59歲,,,,", "PUB,P06,113/03/06,戶籍,,50-59歲,9,5,,",
				"PUB,P07,113/03/07,印鑑,男,30-39歲,1,0,3,", "STAFF,S1,113/04/01,,,,4,5,,", "STAFF,S2,113/04/02,,,,3,9,,",
				"STAFF,S3,113/04/03,,,,5,4,,", "STAFF,S4,113/04/04,,,,,2,,"));
		csv(input, "cases", List.of("案件編號,類型,來源管道,業務類別,收件日期,處理期限日數,結案日期",
				"C1,申辦,臨櫃,戶政,113/03/01,5,113/03/04", "C2,陳情,市長信箱,環境,113/05/10,10,113/05/25",
				"C3,申辦,網路,戶政,113/07/01,7,113/07/08", "C4,陳情,1999,環境,113/11/01,30,",
				"C5,申辦,電話,戶政,113/12/20,14,114/01/02"));
		csv(input, "history", List.of("年度,項目,數值", "111,phone.mean,82", "112,phone.mean,84.5",
				"112,survey.PUB.satisfactionRate,0.55"));
	}

	@Test
	void agencyAndYearComeFromAgencyCsvAndTheJobParameters() {
		assertThat(this.summary.get("agency").get("code").asString()).isEqualTo(AGENCY);
		assertThat(this.summary.get("agency").get("name").asString()).isEqualTo("測試區公所");
		assertThat(this.summary.get("year").intValue()).isEqualTo(113);
	}

	@Test
	void measureStatusCountsFollowTheLeafRecords() {
		JsonNode measures = this.summary.get("measures");
		// 1.1.1 has an 已完成 record → completed; 1.1.2 has only 執行中/進行中 → in progress;
		// 1.2.1 has none → not started; 2.1 has 完成 → completed (its 112 record was rejected)
		assertThat(measures.get("total").longValue()).isEqualTo(4);
		assertThat(measures.get("completed").longValue()).isEqualTo(2);
		assertThat(measures.get("inProgress").longValue()).isEqualTo(1);
		assertThat(measures.get("notStarted").longValue()).isEqualTo(1);
		// 2 ÷ 4
		assertThat(measures.get("completionRate").doubleValue()).isCloseTo(0.5, within(EXACT));
		assertThat(node("1.1.1").get("status").asString()).isEqualTo("COMPLETED");
		assertThat(node("1.1.2").get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(node("1.2.1").get("status").asString()).isEqualTo("NOT_STARTED");
		assertThat(node("2.1").get("status").asString()).isEqualTo("COMPLETED");
	}

	@Test
	void sessionsAndParticipantsAreSummedPerLeafAndRolledUpToEveryAncestor() {
		// 1.1.1: 場次 2 + 3 + 1 = 6, 人次 40 + 65 + (blank = 0) = 105
		assertSessions("1.1.1", 6, 105);
		// 1.1.2: 場次 (blank) + 1 = 1, 人次 (blank) + 12 = 12
		assertSessions("1.1.2", 1, 12);
		assertSessions("1.2.1", 0, 0);
		// 2.1: 4 / 80 (the rejected 112 row's 9 / 999 must not count)
		assertSessions("2.1", 4, 80);
		// 1.1 = 1.1.1 + 1.1.2 = 7 / 117; 1.2 = 0 / 0; 1 = 7 / 117; 2 = 2.1 = 4 / 80
		assertSessions("1.1", 7, 117);
		assertSessions("1.2", 0, 0);
		assertSessions("1", 7, 117);
		assertSessions("2", 4, 80);
		// level 1 item 1: leaves 1.1.1, 1.1.2, 1.2.1, one completed → 1 ÷ 3
		assertThat(node("1").get("leaves").longValue()).isEqualTo(3);
		assertThat(node("1").get("completionRate").doubleValue()).isCloseTo(1.0 / 3, within(EXACT));
	}

	@Test
	void indicatorsUseTheLatestDatedActualInBothDirections() {
		JsonNode higher = element(this.summary.get("indicators"), "code", "1.1.1");
		// latest dated record with a 指標實績: 113/09/20 → 230 (the 06/01 record has none)
		assertThat(higher.get("actual").doubleValue()).isEqualTo(230.0);
		assertThat(higher.get("actualDate").asString()).isEqualTo("2024-09-20");
		// 高: actual ÷ target = 230 ÷ 200 = 1.15; growth (230 − 160) ÷ 160 = 70 ÷ 160 = 0.4375
		assertThat(higher.get("achievement").doubleValue()).isCloseTo(1.15, within(EXACT));
		assertThat(higher.get("targetMet").booleanValue()).isTrue();
		assertThat(higher.get("yoyGrowth").doubleValue()).isCloseTo(0.4375, within(EXACT));
		JsonNode lower = element(this.summary.get("indicators"), "code", "1.1.2");
		// latest: 113/11/30 → 8; 低: target ÷ actual = 10 ÷ 8 = 1.25; growth (8 − 12) ÷ 12 = −1/3
		assertThat(lower.get("direction").asString()).isEqualTo("LOWER_IS_BETTER");
		assertThat(lower.get("actual").doubleValue()).isEqualTo(8.0);
		assertThat(lower.get("achievement").doubleValue()).isCloseTo(1.25, within(EXACT));
		assertThat(lower.get("yoyGrowth").doubleValue()).isCloseTo(-1.0 / 3, within(EXACT));
		assertThat(this.summary.get("indicators")).hasSize(2);
	}

	@Test
	void phoneTestAgencyFiguresMatchTheHandComputation() {
		JsonNode phone = this.summary.get("phoneTests");
		// totals: T1 100; T2 (20+18+12+20+10) = 80; T3 (15+16+10+18+11) = 70;
		// T4 unit part only: 100 × 45 ÷ 55 = 900/11 = 81.8181…; T5 (22+17+13+21+12) = 85
		assertThat(phone.get("count").longValue()).isEqualTo(5);
		// mean = (100 + 80 + 70 + 900/11 + 85) ÷ 5 = (335 + 900/11) ÷ 5 = 4585/55 = 917/11 = 83.6363…
		assertThat(phone.get("mean").doubleValue()).isCloseTo(917.0 / 11, within(EXACT));
		assertThat(phone.get("min").doubleValue()).isCloseTo(70.0, within(EXACT));
		assertThat(phone.get("max").doubleValue()).isCloseTo(100.0, within(EXACT));
		// ≥ 80: T1, T2 (exactly 80 passes), T4, T5 → 4 ÷ 5
		assertThat(phone.get("passed").longValue()).isEqualTo(4);
		assertThat(phone.get("passRate").doubleValue()).isCloseTo(0.8, within(EXACT));
		assertThat(phone.get("threshold").doubleValue()).isEqualTo(80.0);
		// history.csv: 112 phone.mean = 84.5; change = 917/11 − 84.5
		assertThat(phone.get("previousMean").doubleValue()).isEqualTo(84.5);
		assertThat(phone.get("meanChange").doubleValue()).isCloseTo(917.0 / 11 - 84.5, within(EXACT));
	}

	@Test
	void phoneTestItemSharesCountOnlyTheTestsThatScoredTheItem() {
		JsonNode items = this.summary.get("phoneTests").get("items");
		// OP_SPEED scored by T1, T2, T3, T5: (25 + 20 + 15 + 22) ÷ (4 × 25) = 82 ÷ 100
		assertShare(items, "OP_SPEED", 4, 82.0 / 100);
		// OP_COURTESY: (20 + 18 + 16 + 17) ÷ (4 × 20) = 71 ÷ 80
		assertShare(items, "OP_COURTESY", 4, 71.0 / 80);
		// UNIT_SPEED, all 5: (15 + 12 + 10 + 12 + 13) ÷ (5 × 15) = 62 ÷ 75
		assertShare(items, "UNIT_SPEED", 5, 62.0 / 75);
		// UNIT_COURTESY: (25 + 20 + 18 + 22 + 21) ÷ (5 × 25) = 106 ÷ 125
		assertShare(items, "UNIT_COURTESY", 5, 106.0 / 125);
		// UNIT_ANSWER: (15 + 10 + 11 + 11 + 12) ÷ (5 × 15) = 59 ÷ 75
		assertShare(items, "UNIT_ANSWER", 5, 59.0 / 75);
	}

	@Test
	void deductionReasonsAreCountedOncePerTestAndRankedByCountThenText() {
		// 未報單位名稱: T2, T3, T4 = 3; 語氣冷淡: T2, T3, T5 = 3; 答話內容不完整: T5 = 1;
		// 鈴響超過3聲未接: T3 = 1. Ties by text: 未 U+672A < 語 U+8A9E; 答 U+7B54 < 鈴 U+9234.
		// T3 mixes the separators ; 、 and they all split.
		List<String> ranked = new ArrayList<>();
		List<Long> counts = new ArrayList<>();
		for (JsonNode d : this.summary.get("phoneTests").get("topDeductions")) {
			ranked.add(d.get("reason").asString());
			counts.add(d.get("count").longValue());
		}
		assertThat(ranked).containsExactly("未報單位名稱", "語氣冷淡", "答話內容不完整", "鈴響超過3聲未接");
		assertThat(counts).containsExactly(3L, 3L, 1L, 1L);
	}

	@Test
	void phoneTestUnitsAreSortedByNameWithTheirOwnFigures() {
		JsonNode units = this.summary.get("phoneTests").get("units");
		// String order: 一 U+4E00 < 二 U+4E8C < 人 U+4EBA
		assertThat(units).hasSize(3);
		assertThat(units.get(0).get("name").asString()).isEqualTo("一組");
		assertThat(units.get(1).get("name").asString()).isEqualTo("二組");
		assertThat(units.get(2).get("name").asString()).isEqualTo("人事");
		// 一組: T1 100, T2 80 → mean 90, both pass
		assertThat(units.get(0).get("mean").doubleValue()).isCloseTo(90.0, within(EXACT));
		assertThat(units.get(0).get("passRate").doubleValue()).isCloseTo(1.0, within(EXACT));
		// 二組: T3 70, T4 900/11 → mean (70 + 900/11) ÷ 2 = 1670/22; min 70, max 900/11; 1 of 2 pass
		assertThat(units.get(1).get("mean").doubleValue()).isCloseTo(1670.0 / 22, within(EXACT));
		assertThat(units.get(1).get("min").doubleValue()).isCloseTo(70.0, within(EXACT));
		assertThat(units.get(1).get("max").doubleValue()).isCloseTo(900.0 / 11, within(EXACT));
		assertThat(units.get(1).get("passRate").doubleValue()).isCloseTo(0.5, within(EXACT));
		// 人事: T5 85 (T9 was rejected)
		assertThat(units.get(2).get("count").longValue()).isEqualTo(1);
		assertThat(units.get(2).get("mean").doubleValue()).isCloseTo(85.0, within(EXACT));
	}

	@Test
	void surveyWithAnOverallQuestionUsesItsRateWithWilsonIntervalAndCorrectedSamplingError() {
		JsonNode pub = survey("PUB");
		// respondents with ≥ 1 valid answer: P01, P02, P03, P04, P06, P07 = 6 (P05 all blank)
		assertThat(pub.get("respondents").longValue()).isEqualTo(6);
		assertThat(pub.get("overallBasis").asString()).isEqualTo("OVERALL_QUESTION");
		// Q3 valid answers 5, 4, 4, 2, 3 (P06 blank) → satisfied 3 of 5 = 0.6
		assertThat(pub.get("satisfied").longValue()).isEqualTo(3);
		assertThat(pub.get("valid").longValue()).isEqualTo(5);
		assertThat(pub.get("satisfactionRate").doubleValue()).isCloseTo(0.6, within(EXACT));
		// Wilson, p = 0.6, n = 5, z² = 3.8416: denominator 1 + 3.8416/5 = 1.76832;
		// centre (0.6 + 3.8416/10) = 0.98416; half width 1.96 × √(0.24/5 + 3.8416/100) = 1.96 × √0.086416
		double half = 1.96 * Math.sqrt(0.086416);
		assertThat(pub.get("interval95").get("lower").doubleValue()).isCloseTo((0.98416 - half) / 1.76832, within(EXACT));
		assertThat(pub.get("interval95").get("upper").doubleValue()).isCloseTo((0.98416 + half) / 1.76832, within(EXACT));
		assertThat(pub.get("interval95").get("method").asString()).isEqualTo("wilson");
		assertThat(pub.has("wilson95")).isFalse();
		assertThat(summary.get("schemaVersion").intValue()).isEqualTo(2);
		// 1.96 × √(0.25 ÷ 6) × √((200 − 6) ÷ (200 − 1)) = 0.4001… × 0.98734… = 0.39494…
		assertThat(pub.get("samplingError").doubleValue())
			.isCloseTo(1.96 * Math.sqrt(0.25 / 6) * Math.sqrt(194.0 / 199), within(EXACT));
		assertThat(pub.get("samplingErrorPopulationCorrected").booleanValue()).isTrue();
		assertThat(pub.get("population").longValue()).isEqualTo(200);
		// history.csv 112: 0.55 → change 0.6 − 0.55
		assertThat(pub.get("previousRate").doubleValue()).isEqualTo(0.55);
		assertThat(pub.get("rateChange").doubleValue()).isCloseTo(0.6 - 0.55, within(EXACT));
	}

	@Test
	void cronbachAlphaUsesOnlyRespondentsWhoAnsweredEveryQuestion() {
		JsonNode pub = survey("PUB");
		// complete: P01 (5,4,5), P02 (4,4,4), P04 (2,3,2); P03 has a 9, P06 a 9 and a blank, P07 a 0.
		// sample variances (n − 1): Q1 {5,4,2} mean 11/3, Σd² = 16/9+1/9+25/9 = 42/9 → 7/3;
		// Q2 {4,4,3} → Σd² = 1/9+1/9+4/9 = 6/9 → 1/3; Q3 {5,4,2} → 7/3;
		// totals {14,12,7} mean 11, Σd² = 9+1+16 = 26 → 13.
		// α = 3/2 × (1 − (7/3 + 1/3 + 7/3) ÷ 13) = 3/2 × (1 − 5/13) = 3/2 × 8/13 = 12/13
		assertThat(pub.get("cronbachRespondents").longValue()).isEqualTo(3);
		assertThat(pub.get("cronbachAlpha").doubleValue()).isCloseTo(12.0 / 13, within(EXACT));
		assertThat(pub.has("cronbachAlphaReason")).isFalse();
	}

	@Test
	void questionsHaveDistributionMeanAndRateOverValidAnswersOnly() {
		JsonNode questions = survey("PUB").get("questions");
		// Q1 answers 5,4,3,2,(9),1 → valid 5, not applicable 1, not answered 0; distribution 1..5 = 1,1,1,1,1;
		// mean 15/5 = 3; satisfied {5,4} = 2 → 0.4
		assertQuestion(questions.get(0), 5, 1, 0, List.of(1L, 1L, 1L, 1L, 1L), 3.0, 0.4);
		// Q2 answers 4,4,(9),3,5,(0) → valid 4, NA 1, not answered 1; distribution 0,0,1,2,1; mean 16/4 = 4;
		// satisfied 3 → 0.75
		assertQuestion(questions.get(1), 4, 1, 1, List.of(0L, 0L, 1L, 2L, 1L), 4.0, 0.75);
		// Q3 answers 5,4,4,2,(blank),3 → valid 5, NA 0, not answered 1; distribution 0,1,1,2,1;
		// mean 18/5 = 3.6; satisfied 3 → 0.6
		assertQuestion(questions.get(2), 5, 0, 1, List.of(0L, 1L, 1L, 2L, 1L), 3.6, 0.6);
		assertThat(questions.get(2).get("overall").booleanValue()).isTrue();
	}

	@Test
	void dimensionsArePooledOverTheirQuestions() {
		JsonNode dimensions = survey("PUB").get("dimensions");
		JsonNode quality = element(dimensions, "name", "服務品質");
		// Q1 + Q2: satisfied 2 + 3 = 5 of valid 5 + 4 = 9; mean (15 + 16) ÷ 9 = 31/9
		assertThat(quality.get("satisfied").longValue()).isEqualTo(5);
		assertThat(quality.get("valid").longValue()).isEqualTo(9);
		assertThat(quality.get("satisfactionRate").doubleValue()).isCloseTo(5.0 / 9, within(EXACT));
		assertThat(quality.get("mean").doubleValue()).isCloseTo(31.0 / 9, within(EXACT));
		// respondents as clusters, (satisfied, valid) of Q1 + Q2: P01 (2, 2), P02 (2, 2), P03 (0, 1), P04 (0, 2),
		// P06 (1, 1), P07 (0, 1); r = 5/9; residuals 8/9, 8/9, −5/9, −10/9, 4/9, −5/9: Σ² = 294/81;
		// x̄ = 1.5; v = (294/81) ÷ (6 · 5 · 2.25) × (200 − 6) ÷ 199
		double half = 1.96 * Math.sqrt(294.0 / 81 / 67.5 * 194 / 199);
		assertThat(quality.get("interval95").get("method").asString()).isEqualTo("cluster");
		assertThat(quality.get("interval95").get("lower").doubleValue()).isCloseTo(5.0 / 9 - half, within(EXACT));
		assertThat(5.0 / 9 + half).isCloseTo(1.0043, within(1e-4));
		assertThat(quality.get("interval95").get("upper").doubleValue()).isEqualTo(1.0); // clipped
		JsonNode overall = element(dimensions, "name", "整體滿意度");
		// one question: Wilson, the same as the overall rate's
		assertThat(overall.get("interval95")).isEqualTo(survey("PUB").get("interval95"));
		assertThat(overall.get("satisfactionRate").doubleValue()).isCloseTo(0.6, within(EXACT));
		assertThat(overall.get("mean").doubleValue()).isCloseTo(3.6, within(EXACT));
	}

	@Test
	void breakdownGroupsUnderTenRespondentsAreMarkedAndHaveNoInterval() {
		JsonNode byService = survey("PUB").get("byService");
		// 戶籍: P01, P02, P06; 印鑑: P03, P04, P07 (P05 is no respondent)
		JsonNode registry = element(byService, "name", "戶籍");
		assertThat(registry.get("respondents").longValue()).isEqualTo(3);
		assertThat(registry.get("smallSample").booleanValue()).isTrue();
		assertThat(registry.get("interval95").isNull()).isTrue();
		assertThat(registry.get("interval95Reason").asString()).isEqualTo("樣本數未滿 10 人，不估計信賴區間");
		// the rate is still there: Q3 5, 4 (P06 blank) → 2 of 2
		assertThat(registry.get("satisfactionRate").doubleValue()).isEqualTo(1.0);
	}

	@Test
	void surveyWithFewerThanThreeCompleteRespondentsHasNoAlphaButSaysWhy() {
		JsonNode staff = survey("STAFF");
		// S1 (4,5), S2 (3,9), S3 (5,4), S4 (blank,2): all four have a valid answer
		assertThat(staff.get("respondents").longValue()).isEqualTo(4);
		// complete: S1, S3 = 2 < 3
		assertThat(staff.get("cronbachAlpha").isNull()).isTrue();
		assertThat(staff.get("cronbachAlphaReason").asString()).isEqualTo("每題皆有效作答之樣本不足 3 份，無法計算信度");
		assertThat(staff.get("cronbachRespondents").longValue()).isEqualTo(2);
		// no overall question → pooled: Q1 {4,3,5} 2 satisfied, Q2 {5,4,2} 2 satisfied → 4 ÷ 6
		assertThat(staff.get("overallBasis").asString()).isEqualTo("POOLED_ALL_QUESTIONS");
		assertThat(staff.get("satisfactionRate").doubleValue()).isCloseTo(4.0 / 6, within(EXACT));
		// its interval: respondents as clusters, S1 (2, 2), S2 (0, 1), S3 (2, 2), S4 (0, 1); r = 2/3;
		// residuals ±2/3, Σ² = 16/9; x̄ = 1.5; v = (16/9) ÷ (4 · 3 · 2.25) = 16/243; upper 1.170 clipped
		assertThat(staff.get("interval95").get("method").asString()).isEqualTo("cluster");
		assertThat(staff.get("interval95").get("lower").doubleValue())
			.isCloseTo(2.0 / 3 - 1.96 * Math.sqrt(16.0 / 243), within(EXACT));
		assertThat(staff.get("interval95").get("upper").doubleValue()).isEqualTo(1.0);
		// no population: 1.96 × √(0.25 ÷ 4) = 1.96 × 0.25 = 0.49
		assertThat(staff.get("samplingError").doubleValue()).isCloseTo(0.49, within(EXACT));
		assertThat(staff.get("samplingErrorPopulationCorrected").booleanValue()).isFalse();
		// no 112 figure for STAFF
		assertThat(staff.get("rateChange").isNull()).isTrue();
		assertThat(staff.get("rateChangeReason").asString()).isEqualTo("無前一年度資料");
	}

	@Test
	void casesAreJudgedAsTheyStoodAtYearEnd() {
		JsonNode cases = this.summary.get("cases");
		// closed by 2024-12-31: C1 3 days (limit 5), C2 15 days (limit 10, late), C3 7 days (limit 7, on time)
		// C5 closed 2025-01-02 counts as open at year end; C4 open
		assertThat(cases.get("total").longValue()).isEqualTo(5);
		assertThat(cases.get("closed").longValue()).isEqualTo(3);
		assertThat(cases.get("open").longValue()).isEqualTo(2);
		// on time 2 of 3
		assertThat(cases.get("onTimeRate").doubleValue()).isCloseTo(2.0 / 3, within(EXACT));
		// mean (3 + 15 + 7) ÷ 3 = 25/3; median of {3, 7, 15} = 7
		assertThat(cases.get("meanDays").doubleValue()).isCloseTo(25.0 / 3, within(EXACT));
		assertThat(cases.get("medianDays").doubleValue()).isCloseTo(7.0, within(EXACT));
		// C4 due 2024-11-01 + 30 = 2024-12-01 < year end → overdue by 30 days;
		// C5 due 2024-12-20 + 14 = 2025-01-03 → open but not overdue
		JsonNode overdue = cases.get("overdue");
		assertThat(overdue).hasSize(1);
		assertThat(overdue.get(0).get("id").asString()).isEqualTo("C4");
		assertThat(overdue.get(0).get("due").asString()).isEqualTo("2024-12-01");
		assertThat(overdue.get(0).get("daysOverdue").longValue()).isEqualTo(30);
		assertThat(cases.get("overdueCount").longValue()).isEqualTo(1);
	}

	@Test
	void rowCountsAddUpPerFileWithTheRejectedRowsLeftOut() {
		JsonNode rows = this.summary.get("rows");
		assertRows(rows, "plan", 8, 8, 0);
		// the 112/12/30 record
		assertRows(rows, "executions", 7, 6, 1);
		// T9: UNIT_SPEED 16 > 15
		assertRows(rows, "phone_tests", 6, 5, 1);
		assertRows(rows, "survey_questions", 5, 5, 0);
		// P05 answers nothing but is a valid row
		assertRows(rows, "survey_responses", 11, 11, 0);
		assertRows(rows, "cases", 5, 5, 0);
		assertRows(rows, "history", 3, 3, 0);
	}

	@Test
	void trendsJoinHistoryWithThisYear() {
		JsonNode phoneMean = this.summary.get("trends").get("phone.mean");
		assertThat(phoneMean).hasSize(3);
		assertThat(phoneMean.get(0).get("year").intValue()).isEqualTo(111);
		assertThat(phoneMean.get(0).get("value").doubleValue()).isEqualTo(82.0);
		assertThat(phoneMean.get(1).get("value").doubleValue()).isEqualTo(84.5);
		assertThat(phoneMean.get(2).get("year").intValue()).isEqualTo(113);
		assertThat(phoneMean.get(2).get("value").doubleValue()).isCloseTo(917.0 / 11, within(EXACT));
	}

	private JsonNode node(String code) {
		return element(this.summary.get("tree"), "code", code);
	}

	private JsonNode survey(String code) {
		return element(this.summary.get("surveys"), "code", code);
	}

	private void assertSessions(String code, long sessions, long participants) {
		assertThat(node(code).get("sessions").longValue()).as("場次 of " + code).isEqualTo(sessions);
		assertThat(node(code).get("participants").longValue()).as("人次 of " + code).isEqualTo(participants);
	}

	private static void assertShare(JsonNode items, String code, long scored, double share) {
		JsonNode item = element(items, "code", code);
		assertThat(item.get("scored").longValue()).as(code + " scored").isEqualTo(scored);
		assertThat(item.get("meanShare").doubleValue()).as(code + " meanShare").isCloseTo(share, within(EXACT));
	}

	private static void assertQuestion(JsonNode q, long valid, long notApplicable, long notAnswered,
			List<Long> distribution, double mean, double rate) {
		assertThat(q.get("valid").longValue()).isEqualTo(valid);
		assertThat(q.get("notApplicable").longValue()).isEqualTo(notApplicable);
		assertThat(q.get("notAnswered").longValue()).isEqualTo(notAnswered);
		List<Long> actual = new ArrayList<>();
		q.get("distribution").forEach((n) -> actual.add(n.longValue()));
		assertThat(actual).isEqualTo(distribution);
		assertThat(q.get("mean").doubleValue()).isCloseTo(mean, within(EXACT));
		assertThat(q.get("satisfactionRate").doubleValue()).isCloseTo(rate, within(EXACT));
	}

	private static void assertRows(JsonNode rows, String file, long read, long accepted, long rejected) {
		JsonNode counts = rows.get(file);
		assertThat(counts).as("rows." + file).isNotNull();
		assertThat(counts.get("read").longValue()).as(file + " read").isEqualTo(read);
		assertThat(counts.get("accepted").longValue()).as(file + " accepted").isEqualTo(accepted);
		assertThat(counts.get("rejected").longValue()).as(file + " rejected").isEqualTo(rejected);
	}

}
