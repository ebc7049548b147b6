package tw.annualreport.report.section;

import java.math.BigDecimal;

import tw.annualreport.figures.MeasureStatus;
import tw.annualreport.figures.Rounding;
import tw.annualreport.summary.AgencySummary.Indicator;

import static tw.annualreport.report.ReportFormats.NONE;
import static tw.annualreport.report.ReportFormats.signedPercent;

/** Wording shared by the sections' texts (figures are formatted by ReportFormats). */
final class Texts {

	static final String[] ORDINALS = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };

	private Texts() {
	}

	/** 「一、」, 「二、」 … */
	static String ordinal(int index) {
		return ORDINALS[Math.min(index, ORDINALS.length - 1)] + "、";
	}

	/** The label of a measure's or an execution's status; empty when there is none. */
	static String status(MeasureStatus status) {
		return (status == null) ? "" : status.label();
	}

	/**
	 * A change of a score in words, from the two scores as printed (one decimal), so that a reader
	 * can check it against them: 83.24 → 88.56 reads 83.2 → 88.6, 「增加 5.4 分」; 「持平」 when they
	 * print alike.
	 */
	static String scoreChange(double previous, double current, String unit) {
		return change(Rounding.halfUp(current, 1).subtract(Rounding.halfUp(previous, 1)), unit);
	}

	/**
	 * A change of a rate in percentage points, from the two rates as printed (one decimal): 0.8953 →
	 * 0.8476 prints 89.5% → 84.8%, 「減少 4.7 個百分點」 (not the unrounded 4.8).
	 */
	static String rateChange(double previous, double current) {
		return change(Rounding.percent(current, 1).subtract(Rounding.percent(previous, 1)), " 個百分點");
	}

	private static String change(BigDecimal difference, String unit) {
		if (difference.signum() == 0) {
			return "持平";
		}
		return (difference.signum() > 0 ? "增加 " : "減少 ") + difference.abs().toPlainString() + unit;
	}

	/**
	 * An indicator's growth as the indicator table prints it: a lower-is-better indicator's says
	 * whether it improved, since 「+25.9%」 alone reads as good (「+25.9%（退步）」, 「-34.9%（進步）」).
	 */
	static String growth(Indicator i) {
		String growth = signedPercent(i.yoyGrowth());
		if (!i.lowerIsBetter() || i.yoyGrowth() == null || Rounding.percent(i.yoyGrowth(), 1).signum() == 0) {
			return growth;
		}
		return growth + ((i.yoyGrowth() < 0) ? "（進步）" : "（退步）");
	}

	/** A margin of error as percentage points: 0.0517 → 5.2 個百分點 */
	static String percentPoints(Double ratio) {
		return (ratio == null) ? NONE : Rounding.percent(ratio, 1).toPlainString() + " 個百分點";
	}

	static String nz(String text) {
		return (text == null) ? "" : text;
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
