package tw.annualreport.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

import tw.annualreport.privacy.NotPersonal;

/**
 * The bureau's consolidated (彙整) figures of a year, from the stored summaries of its agencies:
 * one row per agency with the key figures ({@link KeyFigures}, the same names as everywhere) and
 * their ranks (1 = best; equal values share a rank), and the bureau-wide figures pooled over the
 * agencies' counts (not averages of rates). Written as the bureau's summary.json by
 * {@link SummaryJson}.
 *
 * @param surveyTitles survey titles by code, of every survey any agency ran
 * @param missing agencies under the bureau without figures for the year
 * @param failed agencies whose run failed this time, with the reason; their figures are left out
 */
public record BureauSummary(int schemaVersion, Bureau bureau, int year, int gregorianYear,
		Map<String, String> surveyTitles, List<AgencyRow> agencies, Pooled pooled, @NotPersonal List<String> missing,
		List<Failure> failed) {

	/** An agency (or an agency folder that could not be read) whose run failed, and why. */
	public record Failure(@NotPersonal String code, String reason) {
	}

	public record Bureau(@NotPersonal String code, String name) {
	}

	/**
	 * One agency: each key figure ({@code null} when it has none) and its rank, and its rows read
	 * and rejected over all source files.
	 */
	public record AgencyRow(@NotPersonal String code, String name, Map<String, Double> figures, Map<String, Integer> ranks,
			Counts counts, long rowsRead, long rowsRejected) {
	}

	/**
	 * An agency's counts behind its figures, the ones the pooled figures add up: measures and
	 * completed, phone tests, their score total and passed, per survey respondents (n), satisfied
	 * and valid answers, cases closed and on time.
	 */
	public record Counts(long measures, long completed, long phoneTests, double phoneScoreTotal, long phonePassed,
			List<PooledSurvey> surveys, long casesClosed, long casesOnTime) {

		static Counts of(AgencySummary s) {
			List<PooledSurvey> surveys = s.surveys()
				.stream()
				.map((v) -> new PooledSurvey(v.code(), v.respondents(), v.satisfied(), v.valid(), ratio(v.satisfied(), v.valid()),
						reason(v.valid())))
				.toList();
			AgencySummary.PhoneTests phone = s.phoneTests();
			// the scores' sum back from the mean: scores have at most 4 decimals, so rounding to 6 makes it exact
			double points = (phone.mean() == null) ? 0
					: BigDecimal.valueOf(phone.mean() * phone.count()).setScale(6, RoundingMode.HALF_UP).doubleValue();
			return new Counts(s.measures().total(), s.measures().completed(), phone.count(), points, phone.passed(), surveys,
					(s.cases() == null) ? 0 : s.cases().closed(), (s.cases() == null) ? 0 : s.cases().onTime());
		}

		/** This survey's counts; none when the agency did not run it. */
		public Optional<PooledSurvey> survey(String code) {
			return this.surveys.stream().filter((v) -> v.code().equals(code)).findFirst();
		}

	}

	/**
	 * The bureau-wide figures from the agencies' counts: completed ÷ measures, phone score total ÷
	 * tests, passed ÷ tests, satisfied ÷ valid answers, on time ÷ closed.
	 */
	public record Pooled(int agencies, long measures, long completed, Double completionRate,
			@JsonInclude(Include.NON_NULL) String completionRateReason, long phoneTests, double phoneScoreTotal,
			Double phoneMean, @JsonInclude(Include.NON_NULL) String phoneMeanReason, long phonePassed,
			Double phonePassRate, @JsonInclude(Include.NON_NULL) String phonePassRateReason, List<PooledSurvey> surveys,
			long casesClosed, long casesOnTime, Double casesOnTimeRate,
			@JsonInclude(Include.NON_NULL) String casesOnTimeRateReason) {
	}

	public record PooledSurvey(@NotPersonal String code, long respondents, long satisfied, long valid, Double satisfactionRate,
			@JsonInclude(Include.NON_NULL) String satisfactionRateReason) {
	}

	/** The key figures compared between agencies besides the surveys'; all are better when higher. */
	static final List<String> METRICS = List.of(KeyFigures.COMPLETION_RATE, KeyFigures.PHONE_MEAN,
			KeyFigures.PHONE_PASS_RATE, KeyFigures.CASES_ON_TIME_RATE);

	private static final String NO_DATA = "各機關皆無資料";

	/**
	 * @param summaries the agencies' summaries, in the order to list them
	 */
	public static BureauSummary of(String parentCode, String parentName, int rocYear, List<AgencySummary> summaries,
			List<String> missing, List<Failure> failed) {
		Map<String, String> surveyTitles = new LinkedHashMap<>();
		summaries.forEach((s) -> s.surveys().forEach((survey) -> surveyTitles.putIfAbsent(survey.code(), survey.title())));
		List<String> metrics = metrics(surveyTitles.keySet());
		Map<String, Map<String, Double>> values = new LinkedHashMap<>();
		for (AgencySummary s : summaries) {
			Map<String, Double> all = KeyFigures.all(s);
			Map<String, Double> row = new LinkedHashMap<>();
			metrics.forEach((metric) -> row.put(metric, all.get(metric)));
			values.put(s.agency().code(), row);
		}
		List<AgencyRow> agencies = new ArrayList<>();
		for (AgencySummary s : summaries) {
			Map<String, Double> figures = values.get(s.agency().code());
			Map<String, Integer> ranks = new LinkedHashMap<>();
			figures.forEach((metric, value) -> ranks.put(metric, rank(values.values(), metric, value)));
			Collection<AgencySummary.FileRows> files = (s.rows() == null) ? List.of() : s.rows().values();
			long read = files.stream().mapToLong(AgencySummary.FileRows::read).sum();
			long rejected = files.stream().mapToLong(AgencySummary.FileRows::rejected).sum();
			agencies.add(new AgencyRow(s.agency().code(), s.agency().name(), figures, ranks, Counts.of(s), read, rejected));
		}
		return new BureauSummary(AgencySummary.SCHEMA_VERSION, new Bureau(parentCode, parentName), rocYear,
				rocYear + 1911, surveyTitles, agencies, pooled(agencies, surveyTitles.keySet()), List.copyOf(missing),
				List.copyOf(failed));
	}

	/** The compared metrics: {@link #METRICS}, then every survey's overall satisfaction. */
	public static List<String> metrics(Collection<String> surveyCodes) {
		List<String> metrics = new ArrayList<>(METRICS);
		surveyCodes.forEach((code) -> metrics.add(KeyFigures.surveyRate(code)));
		return metrics;
	}

	/** Competition ranking (1, 2, 2, 4), higher is better; null for an agency without the figure. */
	static Integer rank(Collection<Map<String, Double>> values, String metric, Double value) {
		if (value == null) {
			return null;
		}
		int better = 0;
		for (Map<String, Double> row : values) {
			Double other = row.get(metric);
			if (other != null && other > value) {
				better++;
			}
		}
		return better + 1;
	}

	/** The bureau-wide figures: every count added up over the agencies, then divided once. */
	static Pooled pooled(List<AgencyRow> agencies, Set<String> surveyCodes) {
		long leaves = 0;
		long completed = 0;
		long tests = 0;
		long passed = 0;
		double points = 0;
		long closed = 0;
		long onTime = 0;
		for (AgencyRow agency : agencies) {
			Counts c = agency.counts();
			leaves += c.measures();
			completed += c.completed();
			tests += c.phoneTests();
			passed += c.phonePassed();
			points += c.phoneScoreTotal();
			closed += c.casesClosed();
			onTime += c.casesOnTime();
		}
		List<PooledSurvey> surveys = new ArrayList<>();
		for (String code : new LinkedHashSet<>(surveyCodes)) {
			long satisfied = 0;
			long valid = 0;
			long respondents = 0;
			for (AgencyRow agency : agencies) {
				var survey = agency.counts().survey(code);
				if (survey.isPresent()) {
					satisfied += survey.get().satisfied();
					valid += survey.get().valid();
					respondents += survey.get().respondents();
				}
			}
			surveys.add(new PooledSurvey(code, respondents, satisfied, valid, ratio(satisfied, valid),
					reason(valid)));
		}
		return new Pooled(agencies.size(), leaves, completed, ratio(completed, leaves), reason(leaves), tests, points,
				ratio(points, tests), reason(tests), passed, ratio(passed, tests), reason(tests), surveys, closed, onTime,
				ratio(onTime, closed), reason(closed));
	}

	private static Double ratio(double numerator, long denominator) {
		return (denominator == 0) ? null : numerator / denominator;
	}

	private static String reason(long denominator) {
		return (denominator == 0) ? NO_DATA : null;
	}

}
