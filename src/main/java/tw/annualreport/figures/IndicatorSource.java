package tw.annualreport.figures;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A computed figure an indicator (指標) can take its actual from, as plan.csv's 指標來源 names it
 * ({@code phone.mean}, {@code survey.PUB.satisfactionRate} …), and how it becomes an actual. The
 * list of them is the key figures' one definition ({@code summary.KeyFigure}); the plan import
 * gets it as a {@link Catalogue}, because the summary reads the plan and the plan may not read
 * the summary back.
 *
 * @param key the name as written in plan.csv and summary.json
 */
public record IndicatorSource(String key, Scale scale) {

	/** The 指標來源 there are: what the plan import checks a row's against. */
	public interface Catalogue {

		/** The source a 指標來源 names, or empty when it names none (see {@link #validValues()}). */
		Optional<IndicatorSource> parse(String text);

		/** Every valid 指標來源, for a reject's message: {@code measures.completionRate、phone.mean、…}. */
		String validValues();

	}

	/** Whether the figure is the indicator's own measure's 場次 or 人次 rather than the agency's. */
	public boolean ofMeasure() {
		return this.scale.counted();
	}

	/** How a figure is shown, and how it becomes an actual in the indicator's unit. */
	public enum Scale {

		/** A ratio (0.9), shown and taken as a percentage (90) in unit %. */
		RATE("%"),

		/** A score (88.6 分). */
		SCORE("分"),

		/** Days (4.2 日). */
		DAYS("日"),

		/** A measure's 場次, a whole number (38 場次). */
		SESSIONS("場次"),

		/** A measure's 人次, a whole number (436 人次). */
		PARTICIPANTS("人次");

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

		/** Whether the figure is a count (場次, 人次), shown without decimals. */
		public boolean counted() {
			return this == SESSIONS || this == PARTICIPANTS;
		}

		/** The figure with one decimal and its unit, as a sentence reads it: 「78.8%」, 「88.6 分」, 「38 場次」. */
		public String text(double figure) {
			if (counted()) {
				return Rounding.halfUp(figure, 0).toPlainString() + " " + this.unit;
			}
			return (this == RATE) ? Rounding.percent(figure, 1).toPlainString() + "%"
					: Rounding.halfUp(figure, 1).toPlainString() + " " + this.unit;
		}

	}

}
