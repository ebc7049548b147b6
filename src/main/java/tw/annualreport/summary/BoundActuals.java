package tw.annualreport.summary;

import java.util.List;
import java.util.function.Function;

import tw.annualreport.figures.IndicatorMetric;

/**
 * The actual of an indicator bound to a computed figure (plan.csv 指標來源): the figure of this
 * summary that {@link IndicatorMetric} names, in the indicator's unit (a rate in %), so the
 * indicator table shows what 參、肆、伍 show.
 */
final class BoundActuals {

	private final AgencySummary.Measures measures;

	private final AgencySummary.PhoneTests phone;

	private final List<AgencySummary.Survey> surveys;

	private final AgencySummary.Cases cases;

	private final String casesReason;

	private final Function<String, Double> lastYear;

	/** @param lastYear a metric's value last year (stored figures, else history.csv), null when unknown */
	BoundActuals(AgencySummary.Measures measures, AgencySummary.PhoneTests phone, List<AgencySummary.Survey> surveys,
			AgencySummary.Cases cases, String casesReason, Function<String, Double> lastYear) {
		this.measures = measures;
		this.phone = phone;
		this.surveys = surveys;
		this.cases = cases;
		this.casesReason = casesReason;
		this.lastYear = lastYear;
	}

	/** A figure, or why there is none. */
	record Actual(Double value, String reason) {

		static Actual of(Double figure, String reason, IndicatorMetric.Scale scale) {
			return (figure == null) ? new Actual(null, reason) : new Actual(scale.actual(figure), null);
		}

	}

	/**
	 * Last year's value of the figure in the indicator's unit, for an indicator whose 前一年度實績 is
	 * blank: the same number 參、肆 compare this year's with. Null when unknown.
	 */
	Double previous(String source) {
		IndicatorMetric.Binding binding = binding(source);
		Double value = this.lastYear.apply(binding.key());
		return (value == null) ? null : binding.metric().scale().actual(value);
	}

	/** The actual a metric name (as stored by the plan import) gives. */
	Actual actual(String source) {
		IndicatorMetric.Binding binding = binding(source);
		IndicatorMetric metric = binding.metric();
		Actual actual = switch (metric) {
			case COMPLETION_RATE -> Actual.of(this.measures.completionRate(), this.measures.completionRateReason(),
					metric.scale());
			case PHONE_MEAN -> Actual.of(this.phone.mean(), this.phone.meanReason(), metric.scale());
			case PHONE_PASS_RATE -> Actual.of(this.phone.passRate(), this.phone.passRateReason(), metric.scale());
			case SURVEY_SATISFACTION_RATE -> this.surveys.stream()
				.filter((s) -> s.code().equals(binding.parameter()))
				.findFirst()
				.map((s) -> Actual.of(s.satisfactionRate(), s.satisfactionRateReason(), metric.scale()))
				.orElse(new Actual(null, "問卷題目檔（survey_questions）沒有問卷代碼 " + binding.parameter()));
			case CASES_ON_TIME_RATE -> (this.cases == null) ? new Actual(null, this.casesReason)
					: Actual.of(this.cases.onTimeRate(), this.cases.onTimeRateReason(), metric.scale());
			case CASES_MEAN_DAYS -> (this.cases == null) ? new Actual(null, this.casesReason)
					: Actual.of(this.cases.meanDays(), this.cases.meanDaysReason(), metric.scale());
			case CASE_TYPE_ON_TIME_RATE, CASE_TYPE_MEAN_DAYS -> caseType(metric, binding.parameter());
		};
		return (actual.reason() == null) ? actual
				: new Actual(null, "指標來源 " + binding.key() + " 無法計算：" + actual.reason());
	}

	private static IndicatorMetric.Binding binding(String source) {
		return IndicatorMetric.parse(source)
			.orElseThrow(() -> new IllegalStateException("指標來源 " + source + " was accepted on import but is unknown"));
	}

	private Actual caseType(IndicatorMetric metric, String type) {
		if (this.cases == null) {
			return new Actual(null, this.casesReason);
		}
		return this.cases.byType().stream().filter((g) -> g.name().equals(type)).findFirst().map((g) -> {
			boolean rate = metric == IndicatorMetric.CASE_TYPE_ON_TIME_RATE;
			return Actual.of(rate ? g.onTimeRate() : g.meanDays(), rate ? g.onTimeRateReason() : g.meanDaysReason(),
					metric.scale());
		}).orElse(new Actual(null, "本年度沒有" + type + "案件"));
	}

}
