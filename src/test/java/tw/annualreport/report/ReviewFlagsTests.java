package tw.annualreport.report;

import java.util.List;

import org.junit.jupiter.api.Test;

import tw.annualreport.report.ReportData.FlagKind;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewFlagsTests {

	@Test
	void flagsWhatFallsShortAndNothingElse() {
		var notStarted = new ReportData.PlanRow("1.1.1", 3, "到府服務", "一組", true, "NOT_STARTED", 0, 0, 1, 0, 0.0,
				List.of(), null);
		var done = new ReportData.PlanRow("1.1.2", 3, "線上申辦", "二組", true, "COMPLETED", 1, 10, 1, 1, 1.0, List.of(),
				null);
		var below = new ReportData.Indicator("1.1.2", "線上申辦件數", "件", false, 200.0, 150.0, null, null, 160.0, 0.75, false, -0.0625);
		var met = new ReportData.Indicator("1.1.3", "等候時間", "分鐘", true, 10.0, 8.0, null, null, 12.0, 1.25, true, -0.33);
		var missing = new ReportData.Indicator("1.1.4", "宣導場次", "場", false, 20.0, null, null, null, 18.0, null, null, null);
		var phone = new ReportData.PhoneTests(3, 81.0, 70.0, 92.0, 2, 0.667, 80, null, null,
				List.of(new ReportData.PhoneUnit("一組", 2, 86.0, 80.0, 92.0, 2, 1.0),
						new ReportData.PhoneUnit("二組", 1, 79.9, 79.9, 79.9, 0, 0.0)),
				List.of(), List.of(), List.of(), List.of());
		var survey = new ReportData.Survey("PUB", "民眾滿意度", "民眾", null, 10, true, 0.85, null, 0.3, false, null, null,
				"題數不足", 0, null, null, List.of(),
				List.of(new ReportData.Question(1, "環境", "洽公環境", false, 10, List.of(0L, 0L, 3L, 4L, 3L), 4.0, 0.7),
						new ReportData.Question(2, "禮貌", "服務禮儀", false, 10, List.of(0L, 0L, 2L, 4L, 4L), 4.2, 0.8)),
				List.of(), List.of(), List.of(), List.of(), List.of());

		var flags = ReviewFlags.of(List.of(notStarted, done), List.of(below, met, missing), phone, List.of(survey), 0.80);

		assertThat(flags).extracting(ReportData.Flag::kind)
			.containsExactly(FlagKind.MEASURE_NOT_EXECUTED, FlagKind.INDICATOR_BELOW_TARGET,
					FlagKind.INDICATOR_BELOW_TARGET, FlagKind.UNIT_BELOW_PASS, FlagKind.QUESTION_BELOW_TARGET);
		assertThat(flags.get(0).item()).isEqualTo("1.1.1 到府服務");
		assertThat(flags.get(1).detail()).isEqualTo("目標 200 件，實績 150 件，達成率 75.0%");
		assertThat(flags.get(2).detail()).startsWith("未填報指標實績");
		assertThat(flags.get(3).item()).isEqualTo("二組");
		assertThat(flags.get(3).detail()).startsWith("平均 79.9 分，低於及格分數 80 分");
		// 0.8 is not below the 0.80 target
		assertThat(flags.get(4).item()).contains("第 1 題");
	}

}
