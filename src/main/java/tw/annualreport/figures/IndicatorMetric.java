package tw.annualreport.figures;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The computed figures an indicator (指標) can take its actual from: plan.csv's 指標來源
 * ({@code phone.mean}, {@code survey.PUB.satisfactionRate} …). The one list of these metric
 * names: the plan's parser and its reject message, the key figures' names and the table in docs/import.md
 * come from it. A bound indicator's actual is the figure itself, in the indicator's unit (a rate
 * in %), so the indicator table says what 參、肆、伍 say.
 */
public enum IndicatorMetric {

	/** 措施完成率 (貳). */
	COMPLETION_RATE("measures.completionRate", Parameter.NONE, "", Scale.RATE),

	/** 電話禮貌測試平均分數 (參). */
	PHONE_MEAN("phone.mean", Parameter.NONE, "", Scale.SCORE),

	/** 電話禮貌測試及格率 (參). */
	PHONE_PASS_RATE("phone.passRate", Parameter.NONE, "", Scale.RATE),

	/** 問卷整體滿意度 (肆). */
	SURVEY_SATISFACTION_RATE("survey.", Parameter.SURVEY, ".satisfactionRate", Scale.RATE),

	/** 全部案件準時結案率 (伍). */
	CASES_ON_TIME_RATE("cases.onTimeRate", Parameter.NONE, "", Scale.RATE),

	/** 全部結案案件平均處理日數 (伍). */
	CASES_MEAN_DAYS("cases.meanDays", Parameter.NONE, "", Scale.DAYS),

	/** 申辦或陳情案件準時結案率 (伍). */
	CASE_TYPE_ON_TIME_RATE("cases.", Parameter.CASE_TYPE, ".onTimeRate", Scale.RATE),

	/** 申辦或陳情結案案件平均處理日數 (伍). */
	CASE_TYPE_MEAN_DAYS("cases.", Parameter.CASE_TYPE, ".meanDays", Scale.DAYS);

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

	/** How the figure becomes an actual in the indicator's unit. */
	public enum Scale {

		/** A ratio (0.9), as a percentage (90) in unit %. */
		RATE("%"),

		/** A score (88.6 分). */
		SCORE("分"),

		/** Days (4.2 日). */
		DAYS("日");

		private final String unit;

		Scale(String unit) {
			this.unit = unit;
		}

		/** The unit an indicator takes when its 指標單位 is blank. */
		public String unit() {
			return this.unit;
		}

		/**
		 * The figure in the indicator's unit. A rate's decimal point is shifted, not multiplied by
		 * 100, so the actual rounds as the figure's percentage does ({@link Rounding#percent}).
		 */
		public double actual(double figure) {
			return (this == RATE) ? BigDecimal.valueOf(figure).movePointRight(2).doubleValue() : figure;
		}

	}

	/** A metric with its parameter: what a plan row's 指標來源 names. */
	public record Binding(IndicatorMetric metric, String parameter) {

		/** The metric name as written in plan.csv and summary.json. */
		public String key() {
			return this.metric.key(this.parameter);
		}

	}

	private final String prefix;

	private final Parameter parameter;

	private final String suffix;

	private final Scale scale;

	IndicatorMetric(String prefix, Parameter parameter, String suffix, Scale scale) {
		this.prefix = prefix;
		this.parameter = parameter;
		this.suffix = suffix;
		this.scale = scale;
	}

	public Parameter parameter() {
		return this.parameter;
	}

	public Scale scale() {
		return this.scale;
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

	/** The binding a 指標來源 names, or empty when it names none (see {@link #validValues()}). */
	public static Optional<Binding> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		for (IndicatorMetric metric : values()) {
			if (metric.parameter == Parameter.NONE && metric.prefix.equals(text)) {
				return Optional.of(new Binding(metric, null));
			}
		}
		for (IndicatorMetric metric : values()) {
			if (metric.parameter != Parameter.NONE && text.length() > metric.prefix.length() + metric.suffix.length()
					&& text.startsWith(metric.prefix) && text.endsWith(metric.suffix)) {
				String value = text.substring(metric.prefix.length(), text.length() - metric.suffix.length());
				if (metric.parameter.accepts(value)) {
					return Optional.of(new Binding(metric, value));
				}
			}
		}
		return Optional.empty();
	}

	/** Every valid 指標來源, for a reject's message: {@code measures.completionRate、phone.mean、…}. */
	public static String validValues() {
		String names = Arrays.stream(values()).map(IndicatorMetric::template).collect(Collectors.joining("、"));
		String parameters = Arrays.stream(Parameter.values())
			.filter((p) -> !p.allowed().isEmpty())
			.map((p) -> p.label() + "為" + String.join("或", p.allowed()))
			.collect(Collectors.joining("；"));
		return names + (parameters.isEmpty() ? "" : "（" + parameters + "）");
	}

}
