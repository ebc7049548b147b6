package tw.annualreport.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tw.annualreport.figures.IndicatorSource.Scale;

/**
 * The headline figures of an agency-year as the officer and the bureau read them — in the
 * console after a run and in the body of the report mail: 「具體措施完成率 78.8%」 (the measures named as the plan names them),
 * 「電話禮貌測試平均 88.6 分」 … Made from the summary's key figures ({@link KeyFigure}), so the first
 * mail, a re-send and the console all say the same.
 */
public final class Headline {

	private Headline() {
	}

	public static List<String> lines(AgencySummary summary) {
		Map<String, String> titles = KeyFigure.surveyTitles(summary);
		List<String> lines = new ArrayList<>();
		for (KeyFigure.Binding figure : KeyFigure.of(summary)) {
			Double value = figure.value(summary).value();
			if (value != null) {
				lines.add(label(figure.label(titles, summary.agency()), figure.figure().scale()) + " "
						+ figure.figure().scale().text(value));
			}
		}
		return lines;
	}

	/** A score's label without 「分數」, its unit following the value: 「電話禮貌測試平均 88.6 分」. */
	private static String label(String label, Scale scale) {
		return (scale == Scale.SCORE && label.endsWith("分數")) ? label.substring(0, label.length() - 2) : label;
	}

}
