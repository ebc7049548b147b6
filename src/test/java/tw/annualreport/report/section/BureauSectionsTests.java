package tw.annualreport.report.section;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import tw.annualreport.report.BureauReportData;
import tw.annualreport.report.BureauReportData.AgencyFlag;
import tw.annualreport.report.BureauReportData.Status;
import tw.annualreport.report.BureauReportData.Submission;
import tw.annualreport.report.ReportData.Flag;
import tw.annualreport.report.ReportData.FlagKind;
import tw.annualreport.report.document.Block;
import tw.annualreport.report.document.BlockKind;
import tw.annualreport.summary.AgencySummary;
import tw.annualreport.summary.BureauSummary;
import tw.annualreport.summary.SummaryJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The bureau's consolidated report as its PDF blocks, from two agencies written by hand and one that failed. */
class BureauSectionsTests {

	/** A: 10 phone tests, mean 90, 9 passed; B: 40 tests, mean 70, 20 passed (see BureauSummaryTests). */
	private static final BureauSummary BUREAU = BureauSummary.of("HB", "高雄市政府衛生局", 113,
			List.of(agency("A", "甲衛生所", 10, 90.0, 9, 45, 50), agency("B", "乙衛生所", 40, 70.0, 20, 60, 150)), List.of(),
			List.of(new BureauSummary.Failure("C", "plan.csv 缺少必要欄位「承辦單位」")));

	private static final BureauReportData DATA = new BureauReportData(BUREAU, LocalDate.of(2025, 1, 15),
			List.of(new Submission("A", "甲衛生所", Status.INCLUDED, LocalDateTime.of(2025, 1, 10, 9, 30), 120L, 2L, null),
					new Submission("B", "乙衛生所", Status.INCLUDED, LocalDateTime.of(2025, 1, 11, 14, 5), 300L, 0L, null),
					// the reason as the job records it: the report gives it in the bureau's words
					new Submission("C", "丙衛生所", Status.FAILED, null, null, null,
							"importPlanStep：IllegalStateException：plan.csv 缺少必要欄位「承辦單位」")),
			List.of(new AgencyFlag("B", "乙衛生所", new Flag(FlagKind.UNIT_BELOW_PASS, "保健課", "平均 70.0 分"))), 80, 0.8);

	private static AgencySummary agency(String code, String name, long tests, double mean, long passed, long satisfied,
			long valid) {
		return SummaryJson.read("""
				{"schemaVersion": 1, "year": 113, "gregorianYear": 2024,
				 "agency": {"code": "%s", "name": "%s"},
				 "measures": {"total": 10, "completed": 5, "inProgress": 0, "notStarted": 0, "completionRate": 0.5},
				 "phoneTests": {"count": %d, "mean": %s, "passed": %d, "passRate": %s, "threshold": 80},
				 "surveys": [{"code": "PUB", "title": "民眾滿意度調查", "respondents": %d, "satisfied": %d, "valid": %d,
				              "satisfactionRate": %s, "samplingErrorPopulationCorrected": false, "cronbachRespondents": 0}]}
				""".formatted(code, name, tests, mean, passed, (double) passed / tests, valid / 5, satisfied, valid,
				(double) satisfied / valid));
	}

	private static List<List<String>> rows(List<Block> blocks, String layout) {
		return blocks.stream().filter((b) -> layout.equals(b.layout())).map(Block::cells).toList();
	}

	@Test
	void theSummaryShowsTheBureauFiguresWithTheSumsTheyAreDividedFromAndSaysTheyArePooled() {
		List<Block> blocks = BureauSections.pdf(DATA);

		List<List<String>> pooled = rows(blocks, BureauOverviewSection.POOLED.id());
		// (10×90 + 40×70) ÷ 50 = 74.0, not (90 + 70) ÷ 2 = 80.0; (9 + 20) ÷ 50 = 58.0 %, not 70.0 %
		assertThat(pooled).contains(List.of("電話禮貌測試平均分數", "74.0", "3,700", "50", "受測分數合計 ÷ 受測次數"),
				List.of("電話禮貌測試通過率", "58.0%", "29", "50", "通過次數 ÷ 受測次數"),
				List.of("民眾滿意度調查整體滿意度", "52.5%", "105", "200", "滿意答項 ÷ 有效答項"));
		assertThat(blocks).anySatisfy((b) -> assertThat(b.text()).isNotNull().contains("並非各機關比率之平均"));
	}

	@Test
	void eachAgencyHasItsFiguresAndRanksThenTheBureauRowAndEachFigureItsChartWithTheBureauLine() {
		List<Block> blocks = BureauSections.pdf(DATA);

		List<List<String>> agencies = rows(blocks, BureauFiguresSection.AGENCIES.id());
		assertThat(agencies).containsExactly(List.of("甲衛生所", "50.0%", "1", "90.0", "1", "90.0%", "1", "—", "—", "0"),
				List.of("乙衛生所", "50.0%", "1", "70.0", "2", "50.0%", "2", "—", "—", "0"),
				Arrays.asList("全局（依筆數合計）", "50.0%", null, "74.0", null, "58.0%", null, "—", null, "0"));
		assertThat(rows(blocks, BureauFiguresSection.SURVEY.id())).contains(List.of("乙衛生所", "30", "150", "60", "40.0%", "2"));
		Block phone = blocks.stream()
			.filter((b) -> b.kind() == BlockKind.COMPARE && b.chartTitle().startsWith("電話禮貌測試平均分數"))
			.findFirst()
			.orElseThrow();
		assertThat(phone.reference()).isEqualTo(74.0);
		assertThat(phone.points()).extracting(Block.ChartPoint::category, Block.ChartPoint::value)
			.containsExactly(tuple("甲衛生所　90.0", 90.0), tuple("乙衛生所　70.0", 70.0));
		// the value axis from the data (70-90, the bureau's 74 within), named with its unit
		assertThat(List.of(phone.axisMin(), phone.axisMax())).containsExactly(65.0, 95.0);
		assertThat(phone.caption()).isEqualTo("電話禮貌測試平均分數（分）");
		assertThat(blocks.stream().filter((b) -> b.kind() == BlockKind.COMPARE)).hasSize(5);
	}

	@Test
	void theFailedAgencyIsNamedWithItsReasonAndEveryAgencyHasItsSubmissionRow() {
		List<Block> blocks = BureauSections.pdf(DATA);

		assertThat(blocks).anySatisfy((b) -> {
			assertThat(b.heading()).isEqualTo("未納入彙整（本次產製失敗）");
			assertThat(b.text()).isEqualTo("丙衛生所（C）：plan.csv 缺少必要欄位「承辦單位」");
		});
		assertThat(rows(blocks, BureauSubmissionSection.SUBMISSIONS.id())).containsExactly(
				List.of("A", "甲衛生所", "—", "—", "—", "已繳交", "114/01/10 09:30", "120", "2", "已納入彙整"),
				List.of("B", "乙衛生所", "—", "—", "—", "已繳交", "114/01/11 14:05", "300", "0", "已納入彙整"),
				List.of("C", "丙衛生所", "—", "—", "—", "本次失敗", "未匯入", "—", "—", "plan.csv 缺少必要欄位「承辦單位」"));
		assertThat(rows(blocks, BureauReviewSection.FLAGS.id()))
			.containsExactly(List.of("電話禮貌測試未達及格之單位", "保健課", "平均 70.0 分", "", "", ""));
		assertThat(blocks).anySatisfy((b) -> assertThat(b.heading()).isEqualTo("一、甲衛生所（0 項）"));
	}

	@Test
	void theChartsValueAxisSpansTheAgenciesValuesSoThatSmallDifferencesShow() {
		assertThat(BureauFiguresSection.axis(java.util.Arrays.asList(81.0, 90.0, 86.2))).containsExactly(75.0, 95.0);
		assertThat(BureauFiguresSection.axis(java.util.Arrays.asList(97.0, 99.5, null))).containsExactly(90.0, 100.0);
		assertThat(BureauFiguresSection.axis(java.util.Arrays.asList(12.0, 88.0))).containsExactly(0.0, 100.0);
		assertThat(BureauFiguresSection.axis(java.util.Arrays.asList(50.0, 50.0))).containsExactly(45.0, 55.0);
	}

}
