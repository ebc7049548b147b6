package tw.annualreport.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import tw.annualreport.figures.Rounding;

/**
 * How the report shows figures: percentages and scores with one decimal, α with three, all
 * rounded half up ({@link Rounding}); counts with thousands separators; dates in ROC form
 * (114年1月15日). A missing figure is shown as 「—」.
 */
public final class ReportFormats {

	/** Shown for a figure that cannot be computed. */
	public static final String NONE = "—";

	/** Taiwan's clock: the day a report is dated, the year the console opens on. */
	public static final ZoneId TAIWAN = ZoneId.of("Asia/Taipei");

	private ReportFormats() {
	}

	/** 0.78787 → 78.8% */
	public static String percent(Double ratio) {
		return (ratio == null) ? NONE : grouped(Rounding.percent(ratio, 1)) + "%";
	}

	/** A change of a ratio: +21.9% / -25.9% */
	public static String signedPercent(Double ratio) {
		return (ratio == null) ? NONE : sign(Rounding.percent(ratio, 1)) + "%";
	}

	/** A change of a rate, in percentage points: 0.0477 → -4.8 個百分點 */
	public static String points(Double change) {
		return (change == null) ? NONE : sign(Rounding.percent(change, 1)) + " 個百分點";
	}

	/** A score or mean with one decimal: 88.6 */
	public static String score(Double value) {
		return (value == null) ? NONE : grouped(Rounding.halfUp(value, 1));
	}

	/** A change of a score: +5.4 */
	public static String signedScore(Double value) {
		return (value == null) ? NONE : sign(Rounding.halfUp(value, 1));
	}

	/** Cronbach's α: 0.882 */
	public static String alpha(Double value) {
		return (value == null) ? NONE : Rounding.halfUp(value, 3).toPlainString();
	}

	/** A value as typed (target, actual): 5 / 4.3 / 1,200 — at most two decimals, no trailing zeros. */
	public static String number(Double value) {
		if (value == null) {
			return NONE;
		}
		BigDecimal rounded = Rounding.halfUp(value, 2).stripTrailingZeros();
		return grouped(rounded.scale() < 0 ? rounded.setScale(0) : rounded);
	}

	public static String count(long value) {
		return grouped(BigDecimal.valueOf(value));
	}

	/** 2025-01-15 → 114年1月15日 */
	public static String rocDate(LocalDate date) {
		if (date == null) {
			return NONE;
		}
		return (date.getYear() - 1911) + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	/** 2024-03-10 → 113/03/10, for tables */
	public static String rocShortDate(LocalDate date) {
		if (date == null) {
			return NONE;
		}
		// by hand, not String.format: a sheet of 15,000 records shows as many dates
		StringBuilder shown = new StringBuilder(9).append(date.getYear() - 1911).append('/');
		return twoDigits(twoDigits(shown, date.getMonthValue()).append('/'), date.getDayOfMonth()).toString();
	}

	private static StringBuilder twoDigits(StringBuilder text, int value) {
		return text.append((value < 10) ? "0" : "").append(value);
	}

	private static String sign(BigDecimal value) {
		return (value.signum() > 0 ? "+" : "") + grouped(value);
	}

	private static String grouped(BigDecimal value) {
		DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
		format.setMinimumFractionDigits(Math.max(value.scale(), 0));
		format.setMaximumFractionDigits(Math.max(value.scale(), 0));
		// the value is already rounded to its scale: formatting adds separators only
		return format.format(value);
	}

}
