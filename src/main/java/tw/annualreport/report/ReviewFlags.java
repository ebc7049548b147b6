package tw.annualreport.report;

import java.util.ArrayList;
import java.util.List;

import tw.annualreport.figures.MeasureStatus;
import tw.annualreport.report.ReportData.Flag;
import tw.annualreport.report.ReportData.FlagKind;
import tw.annualreport.summary.AgencySummary;

/**
 * 陸、檢討與改進: the shortfalls of the year, in report order. A measure without any execution
 * record; an indicator below its target (or without an actual); a unit whose mean phone-test
 * score is below the pass threshold; a survey question whose satisfaction rate is below the
 * configured target.
 */
public final class ReviewFlags {

	private ReviewFlags() {
	}

	public static List<Flag> of(AgencySummary summary, double satisfactionTarget) {
		List<Flag> flags = new ArrayList<>();
		for (AgencySummary.PlanNode row : summary.tree()) {
			if (row.leaf() && row.status() == MeasureStatus.NOT_STARTED) {
				flags.add(new Flag(FlagKind.MEASURE_NOT_EXECUTED, row.code() + " " + row.title(),
						"全年無執行紀錄" + (row.units() == null || row.units().isBlank() ? "" : "（承辦單位：" + row.units() + "）")));
			}
		}
		for (AgencySummary.Indicator indicator : summary.indicators()) {
			if (indicator.actual() == null) {
				String missing = indicator.computed() ? "無法計算指標實績：" + indicator.actualReason() : "未填報指標實績";
				flags.add(new Flag(FlagKind.INDICATOR_BELOW_TARGET, indicator.code() + " " + indicator.name(),
						missing + "（目標 " + ReportFormats.number(indicator.target()) + ReportData.unitAfter(indicator) + "）"));
			}
			else if (Boolean.FALSE.equals(indicator.targetMet())) {
				flags.add(new Flag(FlagKind.INDICATOR_BELOW_TARGET, indicator.code() + " " + indicator.name(),
						"目標 " + ReportFormats.number(indicator.target()) + ReportData.unitAfter(indicator) + "，實績 "
								+ ReportData.actualText(indicator) + ReportData.unitAfter(indicator) + "，達成率 "
								+ ReportFormats.percent(indicator.achievement())));
			}
		}
		AgencySummary.PhoneTests phone = summary.phoneTests();
		for (AgencySummary.PhoneUnit unit : phone.units()) {
			if (unit.mean() != null && unit.mean() < phone.threshold()) {
				flags.add(new Flag(FlagKind.UNIT_BELOW_PASS, unit.name(),
						"平均 " + ReportFormats.score(unit.mean()) + " 分，低於及格分數 " + ReportFormats.number(phone.threshold())
								+ " 分（受測 " + unit.count() + " 次，通過率 " + ReportFormats.percent(unit.passRate()) + "）"));
			}
		}
		for (AgencySummary.Survey survey : summary.surveys()) {
			for (AgencySummary.Question question : survey.questions()) {
				if (question.satisfactionRate() != null && question.satisfactionRate() < satisfactionTarget) {
					flags.add(new Flag(FlagKind.QUESTION_BELOW_TARGET,
							survey.title() + " 第 " + question.no() + " 題 " + question.text(),
							"滿意度 " + ReportFormats.percent(question.satisfactionRate()) + "，低於目標 "
									+ ReportFormats.percent(satisfactionTarget) + "（有效 " + question.valid() + " 份）"));
				}
			}
		}
		return flags;
	}
}
