package tw.annualreport.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import tw.annualreport.figures.Rounding;

/**
 * The headline figures of an agency-year as the officer and the bureau read them — in the
 * console after a run and in the body of the report mail: 「措施完成率 78.8%」,
 * 「電話禮貌測試平均 88.6 分」 … Made from the summary, so the first mail, a re-send and the console
 * all say the same.
 */
public final class Headline {

	private Headline() {
	}

	public static List<String> lines(AgencySummary summary) {
		List<String> lines = new ArrayList<>();
		add(lines, "措施完成率 ", percent(summary.measures().completionRate()));
		add(lines, "電話禮貌測試平均 ", score(summary.phoneTests().mean()));
		add(lines, "電話禮貌測試及格率 ", percent(summary.phoneTests().passRate()));
		summary.surveys()
			.stream()
			.sorted(Comparator.comparing(AgencySummary.Survey::code))
			.forEach((survey) -> add(lines, survey.title() + "整體滿意度 ", percent(survey.satisfactionRate())));
		add(lines, "案件準時結案率 ", percent((summary.cases() == null) ? null : summary.cases().onTimeRate()));
		return lines;
	}

	private static void add(List<String> lines, String label, String value) {
		if (value != null) {
			lines.add(label + value);
		}
	}

	private static String percent(Double ratio) {
		return (ratio != null) ? Rounding.percent(ratio, 1).toPlainString() + "%" : null;
	}

	private static String score(Double mean) {
		return (mean != null) ? Rounding.halfUp(mean, 1).toPlainString() + " 分" : null;
	}

}
