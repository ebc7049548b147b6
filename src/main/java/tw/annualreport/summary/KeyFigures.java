package tw.annualreport.summary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The key figures of an agency-year by metric name, as {@link KeyFigure} defines them: the one set
 * of names that history.csv, the stored trends and YoY, the bureau's comparison and the headline
 * use ({@code phone.mean}, {@code survey.PUB.satisfactionRate} …).
 */
public final class KeyFigures {

	public static final String COMPLETION_RATE = KeyFigure.COMPLETION_RATE.key();

	public static final String PHONE_MEAN = KeyFigure.PHONE_MEAN.key();

	public static final String PHONE_PASS_RATE = KeyFigure.PHONE_PASS_RATE.key();

	public static final String CASES_ON_TIME_RATE = KeyFigure.CASES_ON_TIME_RATE.key();

	private KeyFigures() {
	}

	/** {@code survey.<code>.satisfactionRate}: a survey's overall satisfaction. */
	public static String surveyRate(String surveyCode) {
		return KeyFigure.SURVEY_SATISFACTION_RATE.key(surveyCode);
	}

	/** Every key metric of the summary, in reading order, with its value ({@code null} when not computable). */
	public static Map<String, Double> all(AgencySummary s) {
		Map<String, Double> figures = new LinkedHashMap<>();
		KeyFigure.of(s).forEach((figure) -> figures.put(figure.key(), figure.value(s).value()));
		return figures;
	}

	/** The key figures that could be computed: what is stored per year for later trends. */
	public static Map<String, Double> computed(AgencySummary s) {
		Map<String, Double> figures = new LinkedHashMap<>();
		all(s).forEach((metric, value) -> {
			if (value != null) {
				figures.put(metric, value);
			}
		});
		return figures;
	}

	/** The metrics whose trend the report shows. */
	public static List<String> trendMetrics(AgencySummary s) {
		return KeyFigure.trends(s).stream().map(KeyFigure.Binding::key).toList();
	}

}
