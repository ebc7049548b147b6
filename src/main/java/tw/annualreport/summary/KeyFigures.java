package tw.annualreport.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tw.annualreport.figures.IndicatorMetric;

/**
 * The key figures of an agency-year by metric name: the one set of names that history.csv, the
 * stored trends and YoY, the bureau's comparison and the headline use ({@code phone.mean},
 * {@code survey.PUB.satisfactionRate} …).
 */
public final class KeyFigures {

	public static final String COMPLETION_RATE = IndicatorMetric.COMPLETION_RATE.key();

	public static final String PHONE_MEAN = IndicatorMetric.PHONE_MEAN.key();

	public static final String PHONE_PASS_RATE = IndicatorMetric.PHONE_PASS_RATE.key();

	public static final String CASES_ON_TIME_RATE = IndicatorMetric.CASES_ON_TIME_RATE.key();

	private KeyFigures() {
	}

	/** {@code survey.<code>.satisfactionRate}: a survey's overall satisfaction. */
	public static String surveyRate(String surveyCode) {
		return IndicatorMetric.SURVEY_SATISFACTION_RATE.key(surveyCode);
	}

	/** Every key metric of the summary, in reading order, with its value ({@code null} when not computable). */
	public static Map<String, Double> all(AgencySummary s) {
		Map<String, Double> figures = new LinkedHashMap<>();
		figures.put(COMPLETION_RATE, s.measures().completionRate());
		figures.put(PHONE_MEAN, s.phoneTests().mean());
		figures.put(PHONE_PASS_RATE, s.phoneTests().passRate());
		s.surveys().forEach((survey) -> figures.put(surveyRate(survey.code()), survey.satisfactionRate()));
		figures.put(CASES_ON_TIME_RATE, (s.cases() == null) ? null : s.cases().onTimeRate());
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
		List<String> metrics = new ArrayList<>(List.of(PHONE_MEAN, PHONE_PASS_RATE));
		s.surveys().forEach((survey) -> metrics.add(surveyRate(survey.code())));
		metrics.add(CASES_ON_TIME_RATE);
		return metrics;
	}

}
