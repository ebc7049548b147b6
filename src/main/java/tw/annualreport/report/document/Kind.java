package tw.annualreport.report.document;

import java.time.LocalDate;

import tw.annualreport.report.ReportFormats;

/**
 * How a cell value is shown: in the PDF as text formatted by {@link ReportFormats} (half-up
 * rounding), in a sheet as the unrounded number with its Excel format. A missing figure is
 * 「—」 in both.
 */
public enum Kind {

	/** Text as given; {@code null} is empty. */
	TEXT(null),

	/** A count with thousands separators: 1,234. */
	COUNT("#,##0"),

	/** A whole number without separators (ranks, numbering): 12. */
	INTEGER("0"),

	/** A value as typed (targets, actuals): at most two decimals, whole numbers without. */
	NUMBER("#,##0.0#"),

	/** A ratio as a percentage with one decimal: 78.8%. */
	PERCENT("0.0%"),

	/** A change of a ratio with its sign: +21.9%. */
	SIGNED_PERCENT("0.0%"),

	/** A score or mean with one decimal: 88.6. */
	SCORE("0.0"),

	/** Cronbach's α with three decimals: 0.882. */
	ALPHA("0.000"),

	/**
	 * A date in short ROC form: text in the PDF (113/03/10), a date cell shown so in a sheet; a date
	 * not given (a 預定完成日期 left to fill in) is empty.
	 */
	DATE(null);

	private final String pattern;

	Kind(String pattern) {
		this.pattern = pattern;
	}

	/** The sheet's number format; {@code null} for text. */
	public String pattern() {
		return this.pattern;
	}

	/** The kind whose sheet format is {@code pattern} (a {@code null} pattern is text). */
	public static Kind ofPattern(String pattern) {
		if (pattern == null) {
			return TEXT;
		}
		for (Kind kind : values()) {
			if (pattern.equals(kind.pattern)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("no cell kind has the number format " + pattern);
	}

	String pdf(Object value) {
		return switch (this) {
			case TEXT -> (value == null) ? "" : value.toString();
			case DATE -> (value == null) ? "" : ReportFormats.rocShortDate((LocalDate) value);
			case COUNT -> (value == null) ? ReportFormats.NONE : ReportFormats.count(number(value).longValue());
			case INTEGER -> (value == null) ? ReportFormats.NONE : Long.toString(number(value).longValue());
			case NUMBER -> ReportFormats.number(decimal(value));
			case PERCENT -> ReportFormats.percent(decimal(value));
			case SIGNED_PERCENT -> ReportFormats.signedPercent(decimal(value));
			case SCORE -> ReportFormats.score(decimal(value));
			case ALPHA -> ReportFormats.alpha(decimal(value));
		};
	}

	/**
	 * A {@link String} (a text cell), a {@link Cells.Num} (a numeric cell with its format) or a
	 * {@link Cells.Day} (a date cell).
	 */
	Object sheet(Object value) {
		if (this == DATE && value instanceof LocalDate date) {
			return new Cells.Day(date);
		}
		if (this == TEXT || this == DATE) {
			return pdf(value);
		}
		if (value == null) {
			return ReportFormats.NONE;
		}
		double number = number(value).doubleValue();
		// a value as typed keeps the look of whole numbers: 1,200 rather than 1,200.0
		String format = (this == NUMBER && number == Math.rint(number)) ? COUNT.pattern : this.pattern;
		return new Cells.Num(number, format);
	}

	private static Number number(Object value) {
		if (value instanceof Number n) {
			return n;
		}
		throw new IllegalArgumentException("a numeric cell needs a number: " + value);
	}

	private static Double decimal(Object value) {
		return (value == null) ? null : number(value).doubleValue();
	}

}
