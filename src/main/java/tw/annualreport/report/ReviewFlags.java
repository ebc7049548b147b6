package tw.annualreport.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tw.annualreport.figures.MeasureStatus;
import tw.annualreport.improvement.Improvement;
import tw.annualreport.improvement.ImprovementRowProcessor;
import tw.annualreport.report.ReportData.Flag;
import tw.annualreport.report.ReportData.FlagKind;
import tw.annualreport.summary.AgencySummary;

/**
 * 陸、檢討與改進: the shortfalls of the year, in report order, a plan item named by the plan's own
 * numbering (「二(一)2」), its dotted 項次 still joining it to improvements.csv. A measure without any execution
 * record; an indicator below its target (or without an actual); a unit whose mean phone-test
 * score is below the pass threshold; a survey question whose satisfaction rate is below the
 * configured target. Each flag is joined to the officer's improvement of improvements.csv by its item
 * ({@link #join}).
 */
public final class ReviewFlags {

	private ReviewFlags() {
	}

	public static List<Flag> of(AgencySummary summary, double satisfactionTarget) {
		List<Flag> flags = new ArrayList<>();
		for (AgencySummary.PlanNode row : summary.tree()) {
			if (row.leaf() && row.status() == MeasureStatus.NOT_STARTED) {
				flags.add(new Flag(FlagKind.MEASURE_NOT_EXECUTED, summary.reference(row.code()) + " " + row.title(),
						"全年無執行紀錄" + (row.units() == null || row.units().isBlank() ? "" : "（承辦單位：" + row.units() + "）"),
						List.of(row.code(), row.code() + " " + row.title()), null));
			}
		}
		for (AgencySummary.Indicator indicator : summary.indicators()) {
			if (indicator.actual() == null) {
				String missing = indicator.computed() ? "無法計算指標實績：" + indicator.actualReason() : "未填報指標實績";
				flags.add(new Flag(FlagKind.INDICATOR_BELOW_TARGET, summary.reference(indicator.code()) + " " + indicator.name(),
						missing + "（目標 " + ReportFormats.number(indicator.target()) + ReportData.unitAfter(indicator) + "）",
						keys(indicator), null));
			}
			else if (Boolean.FALSE.equals(indicator.targetMet())) {
				flags.add(new Flag(FlagKind.INDICATOR_BELOW_TARGET, summary.reference(indicator.code()) + " " + indicator.name(),
						"目標 " + ReportFormats.number(indicator.target()) + ReportData.unitAfter(indicator) + "，實績 "
								+ ReportData.actualText(indicator) + ReportData.unitAfter(indicator) + "，達成率 "
								+ ReportFormats.percent(indicator.achievement()),
						keys(indicator), null));
			}
		}
		AgencySummary.PhoneTests phone = summary.phoneTests();
		for (AgencySummary.PhoneUnit unit : phone.units()) {
			if (unit.mean() != null && unit.mean() < phone.threshold()) {
				flags.add(new Flag(FlagKind.UNIT_BELOW_PASS, unit.name(),
						"平均 " + ReportFormats.score(unit.mean()) + " 分，低於及格分數 " + ReportFormats.number(phone.threshold())
								+ " 分（受測 " + unit.count() + " 次，通過 " + unit.passed() + " 次）",
						List.of(unit.name()), null));
			}
		}
		for (AgencySummary.Survey survey : summary.surveys()) {
			for (AgencySummary.Question question : survey.questions()) {
				if (question.satisfactionRate() != null && question.satisfactionRate() < satisfactionTarget) {
					flags.add(new Flag(FlagKind.QUESTION_BELOW_TARGET,
							survey.title() + " 第 " + question.no() + " 題 " + question.text(),
							"滿意度 " + ReportFormats.percent(question.satisfactionRate()) + "，低於目標 "
									+ ReportFormats.percent(satisfactionTarget) + "（有效 " + question.valid() + " 份）",
							questionKeys(survey.code(), question.no()), null));
				}
			}
		}
		return flags;
	}

	/**
	 * The flags, each with the improvement whose item names it (its key, e.g. 1.2.3, 保健課,
	 * PUB.Q3, phone.mean, or the item as printed), then the improvements that name no flag, in
	 * their file's order, as items of the agency's own ({@link FlagKind#OWN_ITEM}). An improvement
	 * naming two flags (a measure not executed whose indicator has no actual) goes with both.
	 */
	public static ReportData.Review join(List<Flag> flags, List<Improvement> improvements, double passThreshold,
			double satisfactionTarget) {
		List<Flag> joined = new ArrayList<>(flags.size());
		Set<Improvement> used = new LinkedHashSet<>();
		for (Flag flag : flags) {
			Set<String> keys = new LinkedHashSet<>();
			keys.add(ImprovementRowProcessor.key(flag.item()));
			flag.keys().forEach((key) -> keys.add(ImprovementRowProcessor.key(key)));
			Improvement improvement = improvements.stream()
				.filter((i) -> keys.contains(ImprovementRowProcessor.key(i.item())))
				.findFirst()
				.orElse(null);
			if (improvement != null) {
				used.add(improvement);
			}
			joined.add(new Flag(flag.kind(), flag.item(), flag.detail(), flag.keys(), improvement));
		}
		improvements.stream()
			.filter((i) -> !used.contains(i))
			.forEach((i) -> joined.add(new Flag(FlagKind.OWN_ITEM, i.item(), (i.finding() == null) ? "" : i.finding(),
					List.of(), i)));
		return new ReportData.Review(joined, passThreshold, satisfactionTarget);
	}

	/**
	 * An indicator is named by its measure's 項次 (alone or with its name, as earlier reports printed
	 * it) or, when bound, by its figure (phone.mean).
	 */
	private static List<String> keys(AgencySummary.Indicator indicator) {
		List<String> keys = new ArrayList<>(List.of(indicator.code(), indicator.code() + " " + indicator.name()));
		if (indicator.source() != null) {
			keys.add(indicator.source());
		}
		return keys;
	}

	/** A question as an officer writes it: PUB.Q3, PUB Q3, PUB.3, PUB 第3題. */
	private static List<String> questionKeys(String survey, int no) {
		return List.of(survey + ".Q" + no, survey + "Q" + no, survey + "." + no, survey + "第" + no + "題");
	}

}
