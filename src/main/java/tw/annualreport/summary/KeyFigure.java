package tw.annualreport.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import tw.annualreport.figures.IndicatorSource.Scale;

/**
 * The one definition of each key figure: its metric name (the one history.csv, the stored trends,
 * summary.json, plan.csv's 指標來源 and the bureau use), its Chinese label, how it is shown, how it
 * is read from the summary, the two counts the bureau adds up for it, and where it appears. The
 * key figures list, the headline, the bound indicators, the bureau's comparison, its pooled row
 * and its tables are made from this list; a new figure is added here.
 */
public enum KeyFigure {

	/** 措施完成率 (貳). */
	COMPLETION_RATE("measures.completionRate", Parameter.NONE, "", "措施完成率", Scale.RATE, Role.KEY, false,
			(s, p) -> new Value(s.measures().completionRate(), s.measures().completionRateReason()),
			new Pooling("已完成措施數", "措施數", (s, p) -> new Fraction(s.measures().completed(), s.measures().total()))),

	/** 電話禮貌測試平均分數 (參). */
	PHONE_MEAN("phone.mean", Parameter.NONE, "", "電話禮貌測試平均分數", Scale.SCORE, Role.KEY, true,
			(s, p) -> new Value(s.phoneTests().mean(), s.phoneTests().meanReason()),
			new Pooling("受測分數合計", "受測次數", (s, p) -> new Fraction(points(s.phoneTests()), s.phoneTests().count()))),

	/** 電話禮貌測試通過率 (參): tests at or above the pass threshold. */
	PHONE_PASS_RATE("phone.passRate", Parameter.NONE, "", "電話禮貌測試通過率", Scale.RATE, Role.KEY, true,
			(s, p) -> new Value(s.phoneTests().passRate(), s.phoneTests().passRateReason()),
			new Pooling("通過次數", "受測次數", (s, p) -> new Fraction(s.phoneTests().passed(), s.phoneTests().count()))),

	/** A survey's overall satisfaction (肆): 「民眾滿意度調查整體滿意度」. */
	SURVEY_SATISFACTION_RATE("survey.", Parameter.SURVEY, ".satisfactionRate", "整體滿意度", Scale.RATE, Role.KEY, true,
			(s, p) -> survey(s, p).map((v) -> new Value(v.satisfactionRate(), v.satisfactionRateReason()))
				.orElse(new Value(null, "問卷題目檔（survey_questions）沒有問卷代碼 " + p)),
			new Pooling("滿意答項", "有效答項",
					(s, p) -> survey(s, p).map((v) -> new Fraction(v.satisfied(), v.valid())).orElse(null))),

	/** 案件準時結案率 (伍), of all cases. */
	CASES_ON_TIME_RATE("cases.onTimeRate", Parameter.NONE, "", "案件準時結案率", Scale.RATE, Role.KEY, true,
			(s, p) -> (s.cases() == null) ? new Value(null, s.casesReason())
					: new Value(s.cases().onTimeRate(), s.cases().onTimeRateReason()),
			new Pooling("準時結案件數", "結案件數", (s, p) -> (s.cases() == null) ? new Fraction(0, 0)
					: new Fraction(s.cases().onTime(), s.cases().closed()))),

	/** 案件平均處理日數 (伍), of all closed cases; an indicator's source only. */
	CASES_MEAN_DAYS("cases.meanDays", Parameter.NONE, "", "案件平均處理日數", Scale.DAYS, Role.INDICATOR_SOURCE, false,
			(s, p) -> (s.cases() == null) ? new Value(null, s.casesReason())
					: new Value(s.cases().meanDays(), s.cases().meanDaysReason()),
			null),

	/** 申辦或陳情案件準時結案率 (伍); an indicator's source only. */
	CASE_TYPE_ON_TIME_RATE("cases.", Parameter.CASE_TYPE, ".onTimeRate", "案件準時結案率", Scale.RATE,
			Role.INDICATOR_SOURCE, false, (s, p) -> caseType(s, p, (g) -> new Value(g.onTimeRate(), g.onTimeRateReason())),
			null),

	/** 申辦或陳情案件平均處理日數 (伍); an indicator's source only. */
	CASE_TYPE_MEAN_DAYS("cases.", Parameter.CASE_TYPE, ".meanDays", "案件平均處理日數", Scale.DAYS, Role.INDICATOR_SOURCE,
			false, (s, p) -> caseType(s, p, (g) -> new Value(g.meanDays(), g.meanDaysReason())), null),

	/** The indicator's own measure's 場次, summed as the plan tree sums them (貳); an indicator's source only. */
	MEASURE_SESSIONS("measure.sessions", Parameter.NONE, "", "場次", Scale.SESSIONS, Role.MEASURE_SOURCE, false,
			(s, code) -> measure(s, code, AgencySummary.PlanNode::sessions), null),

	/** The indicator's own measure's 人次, summed as the plan tree sums them (貳); an indicator's source only. */
	MEASURE_PARTICIPANTS("measure.participants", Parameter.NONE, "", "人次", Scale.PARTICIPANTS, Role.MEASURE_SOURCE,
			false, (s, code) -> measure(s, code, AgencySummary.PlanNode::participants), null);

	/** Where a figure appears besides the indicators it can be the source of. */
	public enum Role {

		/**
		 * A key figure: stored per year (history, trends, YoY), in the headline, compared and
		 * pooled across the bureau's agencies (higher is better).
		 */
		KEY,

		/** Only the source of an indicator's actual (plan.csv 指標來源). */
		INDICATOR_SOURCE,

		/**
		 * Only the source of an indicator's actual, and a figure of the indicator's own measure (its
		 * 場次 or 人次), not of the agency: read with the measure's 項次.
		 */
		MEASURE_SOURCE

	}

	/** What stands between a metric name's prefix and suffix. */
	public enum Parameter {

		NONE(null, List.of()),

		/** 問卷代碼 of survey_questions. */
		SURVEY("問卷代碼", List.of()),

		/** 類型 of cases. */
		CASE_TYPE("類型", List.of("申辦", "陳情"));

		private final String label;

		private final List<String> allowed;

		Parameter(String label, List<String> allowed) {
			this.label = label;
			this.allowed = allowed;
		}

		public String label() {
			return this.label;
		}

		/** The values it may take; empty = any code. */
		public List<String> allowed() {
			return this.allowed;
		}

		boolean accepts(String value) {
			return !value.isEmpty() && (this.allowed.isEmpty() || this.allowed.contains(value));
		}

	}

	/** A figure's value, or why there is none. */
	public record Value(Double value, String reason) {
	}

	/** The two counts a figure is divided from, which the bureau adds up over its agencies. */
	public record Fraction(double numerator, long denominator) {

		/** numerator ÷ denominator; null when there is nothing to divide by. */
		public Double ratio() {
			return (this.denominator == 0) ? null : this.numerator / this.denominator;
		}

	}

	/**
	 * How the bureau pools a figure.
	 *
	 * @param numerator what the numerators are: 「通過次數」
	 * @param denominator what the denominators are: 「受測次數」
	 * @param counts an agency's counts; null when it has no such figure (a survey it did not run)
	 */
	public record Pooling(String numerator, String denominator, BiFunction<AgencySummary, String, Fraction> counts) {

		/** 「通過次數 ÷ 受測次數」. */
		public String basis() {
			return this.numerator + " ÷ " + this.denominator;
		}

	}

	/** A figure with its parameter (the survey's code, the cases' type): what a metric name names. */
	public record Binding(KeyFigure figure, String parameter) {

		/** The metric name as written in plan.csv and summary.json. */
		public String key() {
			return this.figure.key(this.parameter);
		}

		/** Its value in a summary. */
		public Value value(AgencySummary summary) {
			return this.figure.value.apply(summary, this.parameter);
		}

		/**
		 * Its value for the indicator of a measure: a {@link Role#MEASURE_SOURCE} figure is the
		 * measure's own, any other the agency's.
		 */
		public Value value(AgencySummary summary, String measureCode) {
			return this.figure.value.apply(summary,
					(this.figure.role == Role.MEASURE_SOURCE) ? measureCode : this.parameter);
		}

		/** Its counts in a summary for the bureau's pooling; null when the agency has none. */
		public Fraction counts(AgencySummary summary) {
			return this.figure.pooling.counts().apply(summary, this.parameter);
		}

		/** Its label: 「電話禮貌測試通過率」, 「民眾滿意度調查整體滿意度」 with the survey's title. */
		public String label(Map<String, String> surveyTitles) {
			String name = switch (this.figure.parameter) {
				case NONE -> "";
				case SURVEY -> surveyTitles.getOrDefault(this.parameter, this.parameter);
				case CASE_TYPE -> this.parameter;
			};
			return name + this.figure.label;
		}

		/**
		 * Its label for one agency: the completion rate names the measures as the agency's plan does
		 * (「具體措施完成率」, 「評核重點完成率」), since the plan may not call them 措施.
		 */
		public String label(Map<String, String> surveyTitles, AgencySummary.Agency agency) {
			return (this.figure == COMPLETION_RATE && agency != null) ? agency.measureName() + "完成率" : label(surveyTitles);
		}

	}

	private final String prefix;

	private final Parameter parameter;

	private final String suffix;

	private final String label;

	private final Scale scale;

	private final Role role;

	private final boolean trend;

	private final BiFunction<AgencySummary, String, Value> value;

	private final Pooling pooling;

	/**
	 * @param label the label, after the parameter's name where there is one (a survey's title)
	 * @param trend whether the report shows its trend over the years
	 * @param pooling how the bureau pools it; null for a figure that is not {@link Role#KEY}
	 */
	KeyFigure(String prefix, Parameter parameter, String suffix, String label, Scale scale, Role role, boolean trend,
			BiFunction<AgencySummary, String, Value> value, Pooling pooling) {
		this.prefix = prefix;
		this.parameter = parameter;
		this.suffix = suffix;
		this.label = label;
		this.scale = scale;
		this.role = role;
		this.trend = trend;
		this.value = value;
		this.pooling = pooling;
	}

	public Parameter parameter() {
		return this.parameter;
	}

	/** How it is shown (a rate as %, a score, days) and becomes an indicator's actual. */
	public Scale scale() {
		return this.scale;
	}

	/** A figure without a parameter, read from the summary: null when it could not be computed. */
	public Double valueOf(AgencySummary summary) {
		return new Binding(this, null).value(summary).value();
	}

	public Role role() {
		return this.role;
	}

	/** The label of a figure without a parameter; see {@link Binding#label}. */
	public String label() {
		return this.label;
	}

	/** How the bureau pools it; null unless {@link Role#KEY}. */
	public Pooling pooling() {
		return this.pooling;
	}

	/** The name of the metric for a parameter ({@code null} for a metric without one). */
	public String key(String parameterValue) {
		if (this.parameter == Parameter.NONE) {
			return this.prefix;
		}
		if (parameterValue == null || !this.parameter.accepts(parameterValue)) {
			throw new IllegalArgumentException(this + " needs a " + this.parameter + ", not " + parameterValue);
		}
		return this.prefix + parameterValue + this.suffix;
	}

	/** The name of a metric without a parameter. */
	public String key() {
		return key(null);
	}

	/** The name as documented: {@code survey.<問卷代碼>.satisfactionRate}. */
	public String template() {
		return (this.parameter == Parameter.NONE) ? this.prefix
				: this.prefix + "<" + this.parameter.label() + ">" + this.suffix;
	}

	/** The key figures of a summary in reading order, a survey's for each survey it ran. */
	public static List<Binding> of(AgencySummary summary) {
		List<String> surveys = summary.surveys().stream().map(AgencySummary.Survey::code).toList();
		List<Binding> figures = new ArrayList<>();
		for (KeyFigure figure : values()) {
			if (figure.role == Role.KEY) {
				figures.addAll(figure.bindings(surveys));
			}
		}
		return figures;
	}

	/** The key figures whose trend the report shows, of a summary. */
	public static List<Binding> trends(AgencySummary summary) {
		return of(summary).stream().filter((b) -> b.figure().trend).toList();
	}

	/**
	 * The key figures the bureau compares, in the order of its tables: those without a parameter,
	 * then each survey's.
	 */
	public static List<Binding> compared(Collection<String> surveyCodes) {
		List<Binding> figures = new ArrayList<>(fixed().stream().map((f) -> new Binding(f, null)).toList());
		for (KeyFigure figure : values()) {
			if (figure.role == Role.KEY && figure.parameter == Parameter.SURVEY) {
				figures.addAll(figure.bindings(surveyCodes));
			}
		}
		return figures;
	}

	/** The key figures every agency has one of (no parameter): the bureau's fixed columns. */
	public static List<KeyFigure> fixed() {
		return Arrays.stream(values()).filter((f) -> f.role == Role.KEY && f.parameter == Parameter.NONE).toList();
	}

	/** The survey titles of a summary by code, for {@link Binding#label}. */
	public static Map<String, String> surveyTitles(AgencySummary summary) {
		Map<String, String> titles = new LinkedHashMap<>();
		summary.surveys().forEach((s) -> titles.put(s.code(), s.title()));
		return titles;
	}

	private List<Binding> bindings(Collection<String> surveyCodes) {
		return switch (this.parameter) {
			case NONE -> List.of(new Binding(this, null));
			case SURVEY -> surveyCodes.stream().map((code) -> new Binding(this, code)).toList();
			case CASE_TYPE -> this.parameter.allowed().stream().map((type) -> new Binding(this, type)).toList();
		};
	}

	/** The binding a 指標來源 names, or empty when it names none (see {@link #validValues()}). */
	public static Optional<Binding> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		for (KeyFigure figure : values()) {
			if (figure.parameter == Parameter.NONE && figure.prefix.equals(text)) {
				return Optional.of(new Binding(figure, null));
			}
		}
		for (KeyFigure figure : values()) {
			if (figure.parameter != Parameter.NONE && text.length() > figure.prefix.length() + figure.suffix.length()
					&& text.startsWith(figure.prefix) && text.endsWith(figure.suffix)) {
				String value = text.substring(figure.prefix.length(), text.length() - figure.suffix.length());
				if (figure.parameter.accepts(value)) {
					return Optional.of(new Binding(figure, value));
				}
			}
		}
		return Optional.empty();
	}

	/** Every valid 指標來源, for a reject's message: {@code measures.completionRate、phone.mean、…}. */
	public static String validValues() {
		String names = Arrays.stream(values()).map(KeyFigure::template).collect(Collectors.joining("、"));
		String parameters = Arrays.stream(Parameter.values())
			.filter((p) -> !p.allowed().isEmpty())
			.map((p) -> p.label() + "為" + String.join("或", p.allowed()))
			.collect(Collectors.joining("；"));
		return names + (parameters.isEmpty() ? "" : "（" + parameters + "）");
	}

	private static Optional<AgencySummary.Survey> survey(AgencySummary s, String code) {
		return s.surveys().stream().filter((v) -> v.code().equals(code)).findFirst();
	}

	private static Value caseType(AgencySummary s, String type,
			Function<AgencySummary.CaseGroup, Value> figure) {
		if (s.cases() == null) {
			return new Value(null, s.casesReason());
		}
		return s.cases().byType().stream().filter((g) -> g.name().equals(type)).findFirst().map(figure)
			.orElse(new Value(null, "本年度沒有" + type + "案件"));
	}

	/** A figure of the measure a code names, from the plan tree. */
	private static Value measure(AgencySummary s, String code, ToLongFunction<AgencySummary.PlanNode> figure) {
		return s.tree().stream().filter((n) -> n.code().equals(code)).findFirst()
			.map((n) -> new Value((double) figure.applyAsLong(n), null))
			.orElse(new Value(null, "工作計畫沒有項次 " + code));
	}

	/** The scores' sum back from the mean: scores have at most 4 decimals, so rounding to 6 makes it exact. */
	private static double points(AgencySummary.PhoneTests phone) {
		return (phone.mean() == null) ? 0
				: BigDecimal.valueOf(phone.mean() * phone.count()).setScale(6, RoundingMode.HALF_UP).doubleValue();
	}

}
