package tw.annualreport.summary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

import tw.annualreport.privacy.NotPersonal;

/**
 * The bureau's consolidated (彙整) figures of a year, from the stored summaries of its agencies:
 * one row per agency with the key figures ({@link KeyFigure}, the same names as everywhere) and
 * their ranks (1 = best; equal values share a rank), and the bureau-wide figures pooled over the
 * agencies' counts (not averages of rates). Written as the bureau's summary.json by
 * {@link SummaryJson}.
 *
 * @param surveyTitles survey titles by code, of every survey any agency ran
 * @param missing agencies under the bureau without figures for the year
 * @param failed agencies whose run failed this time, with the reason; their figures are left out
 * @param notApproved agencies with figures left out of a final consolidation because their report is not
 * 核定 (a final consolidation takes each agency's report as approved)
 * @param register every agency the bureau expects (its register, silent ones included) and those with
 * data it does not list, each with where its report stands; empty before the register existed
 */
public record BureauSummary(int schemaVersion, Bureau bureau, int year, int gregorianYear,
		Map<String, String> surveyTitles, List<AgencyRow> agencies, Pooled pooled, @NotPersonal List<String> missing,
		List<Failure> failed, @NotPersonal List<String> notApproved, List<Listed> register,
		@JsonInclude(Include.NON_EMPTY) List<BureauPart> bureaus) {

	public BureauSummary {
		notApproved = (notApproved == null) ? List.of() : List.copyOf(notApproved);
		register = (register == null) ? List.of() : List.copyOf(register);
		bureaus = (bureaus == null) ? List.of() : List.copyOf(bureaus);
	}

	/**
	 * A bureau of a city's consolidation (研考會), one level up: its agencies' standings counted, and
	 * its figures pooled from its agencies' counts exactly as its own consolidation pools them.
	 *
	 * @param agencies its agencies included in the city's figures
	 * @param statuses how many of its agencies stand at each status (已核定, 草稿, 未繳交 …)
	 * @param late how many of them are 逾期
	 */
	public record BureauPart(@NotPersonal String code, String name, int agencies,
			@NotPersonal Map<String, Long> statuses, long late, Pooled pooled) {
	}

	/**
	 * A bureau of the city as the city's run knows it: the agencies under it (by code) and their
	 * standings (empty when it keeps no register).
	 */
	public record Group(String code, String name, List<String> agencies, List<Listed> standings) {
	}

	/** The same figures with the city's bureaus, each pooled over its own agencies' counts. */
	public BureauSummary withBureaus(List<Group> groups) {
		List<String> metrics = metrics(this.surveyTitles.keySet());
		List<BureauPart> parts = new ArrayList<>();
		for (Group group : groups) {
			List<AgencyRow> rows = this.agencies.stream().filter((a) -> group.agencies().contains(a.code())).toList();
			Map<String, Long> statuses = new LinkedHashMap<>();
			group.standings().forEach((l) -> statuses.merge(l.status(), 1L, Long::sum));
			long late = group.standings().stream().filter(Listed::late).count();
			parts.add(new BureauPart(group.code(), group.name(), rows.size(), statuses, late,
					pooled(rows, metrics, this.surveyTitles.keySet())));
		}
		return new BureauSummary(this.schemaVersion, this.bureau, this.year, this.gregorianYear, this.surveyTitles,
				this.agencies, this.pooled, this.missing, this.failed, this.notApproved, this.register, parts);
	}

	/**
	 * One agency of the bureau as its register and workflow see it (SPEC §3 agencies.csv).
	 *
	 * @param status 未繳交, 已上傳, 草稿, 已送出, 退回, 已核定 or 失敗
	 * @param late 逾期
	 * @param registered false: it has data but is not in the register (「未列於機關名冊」)
	 * @param due its due date (ISO), {@code sentAt} and {@code decidedAt} when it sent and the bureau
	 * decided (ISO date-time, or null)
	 */
	public record Listed(@NotPersonal String code, String name, @NotPersonal String status, boolean late,
			boolean registered, @NotPersonal String due, @NotPersonal @JsonInclude(Include.NON_NULL) String sentAt,
			@NotPersonal @JsonInclude(Include.NON_NULL) String decidedAt) {
	}

	/** The same figures, with the agencies left out for want of approval and the register's standings. */
	public BureauSummary with(List<String> notApproved, List<Listed> register) {
		return new BureauSummary(this.schemaVersion, this.bureau, this.year, this.gregorianYear, this.surveyTitles,
				this.agencies, this.pooled, this.missing, this.failed, notApproved, register, this.bureaus);
	}

	/** Bumped when a key changes meaning or disappears; additions keep the version. */
	public static final int SCHEMA_VERSION = 1;

	/** An agency (or an agency folder that could not be read) whose run failed, and why. */
	public record Failure(@NotPersonal String code, String reason) {
	}

	public record Bureau(@NotPersonal String code, String name) {
	}

	/**
	 * One agency: each key figure ({@code null} when it has none) and its rank, the counts each is
	 * divided from (those the pooled figures add up; a survey's only when it ran it), each survey's
	 * respondents (n), and its rows read and rejected over all source files.
	 */
	public record AgencyRow(@NotPersonal String code, String name, Map<String, Double> figures, Map<String, Integer> ranks,
			Map<String, KeyFigure.Fraction> counts, Map<String, Long> respondents, long rowsRead, long rowsRejected) {
	}

	/**
	 * The bureau-wide figures, by metric, from the agencies' counts ({@link KeyFigure#pooling}), and
	 * each survey's respondents (n) added up.
	 */
	public record Pooled(int agencies, Map<String, PooledFigure> figures, Map<String, Long> respondents) {

		/** The pooled figure of a metric. */
		public PooledFigure figure(String metric) {
			return this.figures.get(metric);
		}

	}

	/** The agencies' numerators and denominators added up, and their ratio (or why there is none). */
	public record PooledFigure(double numerator, long denominator, Double value,
			@JsonInclude(Include.NON_NULL) String reason) {
	}

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
			Map<String, KeyFigure.Fraction> counts = new LinkedHashMap<>();
			KeyFigure.compared(surveyTitles.keySet()).forEach((figure) -> {
				KeyFigure.Fraction fraction = figure.counts(s);
				if (fraction != null) {
					counts.put(figure.key(), fraction);
				}
			});
			Map<String, Long> respondents = new LinkedHashMap<>();
			s.surveys().forEach((survey) -> respondents.put(survey.code(), survey.respondents()));
			agencies.add(new AgencyRow(s.agency().code(), s.agency().name(), figures, ranks, counts, respondents, read,
					rejected));
		}
		return new BureauSummary(SCHEMA_VERSION, new Bureau(parentCode, parentName), rocYear,
				rocYear + 1911, surveyTitles, agencies, pooled(agencies, metrics, surveyTitles.keySet()), List.copyOf(missing),
				List.copyOf(failed), List.of(), List.of(), List.of());
	}

	/** The compared metrics ({@link KeyFigure#compared}). */
	public static List<String> metrics(Collection<String> surveyCodes) {
		return KeyFigure.compared(surveyCodes).stream().map(KeyFigure.Binding::key).toList();
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
	static Pooled pooled(List<AgencyRow> agencies, List<String> metrics, Set<String> surveyCodes) {
		Map<String, PooledFigure> figures = new LinkedHashMap<>();
		for (String metric : metrics) {
			double numerator = 0;
			long denominator = 0;
			for (AgencyRow agency : agencies) {
				KeyFigure.Fraction counts = agency.counts().get(metric);
				if (counts != null) {
					numerator += counts.numerator();
					denominator += counts.denominator();
				}
			}
			KeyFigure.Fraction sum = new KeyFigure.Fraction(numerator, denominator);
			figures.put(metric, new PooledFigure(numerator, denominator, sum.ratio(), (denominator == 0) ? NO_DATA : null));
		}
		Map<String, Long> respondents = new LinkedHashMap<>();
		for (String code : surveyCodes) {
			respondents.put(code, agencies.stream().mapToLong((a) -> a.respondents().getOrDefault(code, 0L)).sum());
		}
		return new Pooled(agencies.size(), figures, respondents);
	}

}
