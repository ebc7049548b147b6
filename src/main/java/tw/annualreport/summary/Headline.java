package tw.annualreport.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tw.annualreport.figures.Rounding;

/**
 * The headline figures of an agency-year as the officer and the bureau read them — in the
 * console after a run and in the body of the report mail: 「措施完成率 78.8%」,
 * 「電話禮貌測試平均 88.6 分」 … Made from the key figures ({@link SummaryCalculator#keyFigures}),
 * so the first mail, a re-send and the console all say the same.
 */
public final class Headline {

	private static final String SURVEY_PREFIX = "survey.";

	private static final String SURVEY_SUFFIX = ".satisfactionRate";

	private Headline() {
	}

	/**
	 * @param keyFigures by metric name ({@code measures.completionRate}, {@code phone.mean} …)
	 * @param surveyTitles survey titles by survey code
	 */
	public static List<String> lines(Map<String, Double> keyFigures, Map<String, String> surveyTitles) {
		List<String> lines = new ArrayList<>();
		add(lines, "措施完成率 ", percent(keyFigures.get("measures.completionRate")));
		add(lines, "電話禮貌測試平均 ", score(keyFigures.get("phone.mean")));
		add(lines, "電話禮貌測試及格率 ", percent(keyFigures.get("phone.passRate")));
		keyFigures.keySet()
			.stream()
			.filter((metric) -> metric.startsWith(SURVEY_PREFIX) && metric.endsWith(SURVEY_SUFFIX))
			.sorted()
			.forEach((metric) -> {
				String code = metric.substring(SURVEY_PREFIX.length(), metric.length() - SURVEY_SUFFIX.length());
				add(lines, surveyTitles.getOrDefault(code, "問卷 " + code + " ") + "整體滿意度 ",
						percent(keyFigures.get(metric)));
			});
		add(lines, "案件準時結案率 ", percent(keyFigures.get("cases.onTimeRate")));
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
