package tw.annualreport.summary;

import java.util.function.Function;

/**
 * The actual of an indicator bound to a computed figure (plan.csv 指標來源): the figure of this
 * summary that {@link KeyFigure} names, in the indicator's unit (a rate in %), so the indicator
 * table shows what 參、肆、伍 show.
 */
final class BoundActuals {

	private final AgencySummary summary;

	private final Function<String, Double> lastYear;

	/**
	 * @param summary the summary the figures are read from (its indicators are not read)
	 * @param lastYear a metric's value last year (stored figures, else history.csv), null when unknown
	 */
	BoundActuals(AgencySummary summary, Function<String, Double> lastYear) {
		this.summary = summary;
		this.lastYear = lastYear;
	}

	/** A figure, or why there is none. */
	record Actual(Double value, String reason) {
	}

	/**
	 * Last year's value of the figure in the indicator's unit, for an indicator whose 前一年度實績 is
	 * blank: the same number 參、肆 compare this year's with. Null when unknown.
	 */
	Double previous(String source) {
		KeyFigure.Binding binding = binding(source);
		if (binding.figure().role() == KeyFigure.Role.MEASURE_SOURCE) {
			return null; // a measure's own 場次/人次 is not kept per year: the plan's 前一年度實績 only
		}
		Double value = this.lastYear.apply(binding.key());
		return (value == null) ? null : binding.figure().scale().actual(value);
	}

	/** The actual a metric name (as stored by the plan import) gives to the indicator of a measure. */
	Actual actual(String source, String measureCode) {
		KeyFigure.Binding binding = binding(source);
		KeyFigure.Value figure = binding.value(this.summary, measureCode);
		if (figure.value() != null) {
			return new Actual(binding.figure().scale().actual(figure.value()), null);
		}
		if (figure.reason() == null) {
			return new Actual(null, null);
		}
		return new Actual(null, "指標來源 " + binding.key() + " 無法計算：" + figure.reason());
	}

	private static KeyFigure.Binding binding(String source) {
		return KeyFigure.parse(source)
			.orElseThrow(() -> new IllegalStateException("指標來源 " + source + " was accepted on import but is unknown"));
	}

}
