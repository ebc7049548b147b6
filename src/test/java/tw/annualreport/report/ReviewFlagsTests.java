package tw.annualreport.report;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tw.annualreport.figures.IndicatorDirection;
import tw.annualreport.figures.MeasureStatus;
import tw.annualreport.figures.SurveyStatistics.OverallBasis;
import tw.annualreport.report.ReportData.FlagKind;
import tw.annualreport.summary.AgencySummary;
import tw.annualreport.survey.Audience;
import tw.annualreport.system.ReportKind;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewFlagsTests {

	@Test
	void flagsWhatFallsShortAndNothingElse() {
		var item = new AgencySummary.PlanNode("1", null, 1, "便民服務", null, false, null, 1, 10, 2, 1, 0, 1, 0.5, null, "一、",
				null);
		var point = new AgencySummary.PlanNode("1.1", "1", 2, "單一窗口", null, false, null, 1, 10, 2, 1, 0, 1, 0.5, null, "(一)",
				null);
		var notStarted = new AgencySummary.PlanNode("1.1.1", "1.1", 3, "到府服務", "一組", true, MeasureStatus.NOT_STARTED, 0, 0, 1, 0, 0,
				1, 0.0, null, "1、", null);
		var done = new AgencySummary.PlanNode("1.1.2", "1.1", 3, "線上申辦", "二組", true, MeasureStatus.COMPLETED, 1, 10, 1, 1, 0, 0, 1.0,
				null, "2、", null);
		var below = indicator("1.1.2", "線上申辦件數", "件", IndicatorDirection.HIGHER_IS_BETTER, 200.0, 150.0, 160.0, 0.75, false, -0.0625);
		var met = indicator("1.1.3", "等候時間", "分鐘", IndicatorDirection.LOWER_IS_BETTER, 10.0, 8.0, 12.0, 1.25, true, -0.33);
		var missing = indicator("1.1.4", "宣導場次", "場", IndicatorDirection.HIGHER_IS_BETTER, 20.0, null, 18.0, null, null, null);
		var phone = new AgencySummary.PhoneTests(3, 81.0, null, 70.0, 92.0, 2, 0.667, null, List.of(), List.of(), 80, null,
				null, null, List.of(phoneUnit("一組", 2, 86.0, 80.0, 92.0, 2, 1.0), phoneUnit("二組", 1, 79.9, 79.9, 79.9, 0, 0.0)));
		var survey = new AgencySummary.Survey("PUB", "民眾滿意度", Audience.PUBLIC, null, 10, OverallBasis.OVERALL_QUESTION, null, 0.85, null, 0,
				0, null, null, 0.3, null, false, null, null, "題數不足", 0, null, null, null, List.of(),
				List.of(question(1, "環境", "洽公環境", List.of(0L, 0L, 3L, 4L, 3L), 4.0, 0.7),
						question(2, "禮貌", "服務禮儀", List.of(0L, 0L, 2L, 4L, 4L), 4.2, 0.8)),
				List.of(), List.of(), List.of());
		var summary = new AgencySummary(AgencySummary.SCHEMA_VERSION, new AgencySummary.Agency("A", "機關", null, null, null), 113,
				2024, ReportKind.DRAFT, new AgencySummary.Measures(2, 1, 0, 1, 0.5, null), List.of(item, point, notStarted, done),
				List.of(below, met, missing), phone, List.of(survey), null, null, Map.of(), Map.of());

		var flags = ReviewFlags.of(summary, 0.80);

		assertThat(flags).extracting(ReportData.Flag::kind)
			.containsExactly(FlagKind.MEASURE_NOT_EXECUTED, FlagKind.INDICATOR_BELOW_TARGET,
					FlagKind.INDICATOR_BELOW_TARGET, FlagKind.UNIT_BELOW_PASS, FlagKind.QUESTION_BELOW_TARGET);
		// the plan's own numbering, as the plan prints it; the dotted 項次 still joins improvements.csv
		assertThat(flags.get(0).item()).isEqualTo("一(一)1 到府服務");
		assertThat(flags.get(0).keys()).contains("1.1.1");
		assertThat(flags.get(1).detail()).isEqualTo("目標 200 件，實績 150 件，達成率 75.0%");
		assertThat(flags.get(2).detail()).startsWith("未填報指標實績");
		assertThat(flags.get(3).item()).isEqualTo("二組");
		assertThat(flags.get(3).detail()).isEqualTo("平均 79.9 分，低於及格分數 80 分（受測 1 次，通過 0 次）");
		// 0.8 is not below the 0.80 target
		assertThat(flags.get(4).item()).contains("第 1 題");
	}

	@Test
	void improvementsAreJoinedToTheFlagsTheyNameAndTheRestPrintAfterThem() {
		var measure = new ReportData.Flag(FlagKind.MEASURE_NOT_EXECUTED, "1.1.1 到府服務", "全年無執行紀錄", List.of("1.1.1"), null);
		var indicator = new ReportData.Flag(FlagKind.INDICATOR_BELOW_TARGET, "1.2.1 電話禮貌測試平均分數", "目標 90 分",
				List.of("1.2.1", "phone.mean"), null);
		var unit = new ReportData.Flag(FlagKind.UNIT_BELOW_PASS, "二組", "平均 79.9 分", List.of("二組"), null);
		var question = new ReportData.Flag(FlagKind.QUESTION_BELOW_TARGET, "民眾滿意度 第 3 題 等候時間", "滿意度 70.0%",
				List.of("PUB.Q3", "PUBQ3", "PUB.3", "PUB第3題"), null);
		var unanswered = new ReportData.Flag(FlagKind.QUESTION_BELOW_TARGET, "民眾滿意度 第 4 題 服務態度", "滿意度 75.0%",
				List.of("PUB.Q4"), null);
		var byCode = improvement(2, "1.1.1", "排定下年度期程");
		var byFigure = improvement(3, "phone.mean", "加強電話禮貌訓練");
		var byUnit = improvement(4, "二組", "二組每季自主測試");
		var byQuestion = improvement(5, "pub q3", "增設叫號系統");
		var own = new tw.annualreport.improvement.Improvement(6, "停車空間", "民眾反映停車不便", "協調鄰近停車場", "總務",
				java.time.LocalDate.of(2025, 6, 30));

		var review = ReviewFlags.join(List.of(measure, indicator, unit, question, unanswered),
				List.of(own, byQuestion, byUnit, byFigure, byCode), 80, 0.8);

		assertThat(review.flags()).extracting((f) -> f.improvement() == null ? null : f.improvement().action())
			.containsExactly("排定下年度期程", "加強電話禮貌訓練", "二組每季自主測試", "增設叫號系統", null, "協調鄰近停車場");
		assertThat(review.flags().get(5).kind()).isEqualTo(FlagKind.OWN_ITEM);
		assertThat(review.flags().get(5).item()).isEqualTo("停車空間");
		assertThat(review.flags().get(5).detail()).isEqualTo("民眾反映停車不便");
		assertThat(review.withoutImprovement()).containsExactly(review.flags().get(4));
	}

	@Test
	void anImprovementNamingTheItemAsPrintedIsJoinedToo() {
		var measure = new ReportData.Flag(FlagKind.MEASURE_NOT_EXECUTED, "1.1.1 到府服務", "全年無執行紀錄", List.of("1.1.1"), null);

		var review = ReviewFlags.join(List.of(measure), List.of(improvement(2, "1.1.1  到府服務", "排定期程")), 80, 0.8);

		assertThat(review.flags()).singleElement().extracting((f) -> f.improvement().action()).isEqualTo("排定期程");
	}

	private static tw.annualreport.improvement.Improvement improvement(int row, String item, String action) {
		return new tw.annualreport.improvement.Improvement(row, item, null, action, null, null);
	}

	private static AgencySummary.Indicator indicator(String code, String name, String unit, IndicatorDirection direction,
			Double target, Double actual, Double previous, Double achievement, Boolean targetMet, Double yoyGrowth) {
		return new AgencySummary.Indicator(code, name, unit, direction, target, actual, null, null, null, previous,
				achievement, null, targetMet, yoyGrowth, null, null);
	}

	private static AgencySummary.PhoneUnit phoneUnit(String name, long count, Double mean, Double min, Double max,
			long passed, Double passRate) {
		return new AgencySummary.PhoneUnit(name, count, mean, null, min, max, passed, passRate, null, List.of(), List.of());
	}

	private static AgencySummary.Question question(int no, String text, String dimension, List<Long> distribution,
			Double mean, Double satisfactionRate) {
		return new AgencySummary.Question(no, text, dimension, false, 10, 0, 0, distribution, mean, null,
				satisfactionRate, null, 0, null, null);
	}

}
