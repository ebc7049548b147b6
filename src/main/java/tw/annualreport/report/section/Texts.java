package tw.annualreport.report.section;

import tw.annualreport.figures.MeasureStatus;
import tw.annualreport.figures.Rounding;

import static tw.annualreport.report.ReportFormats.NONE;
import static tw.annualreport.report.ReportFormats.score;

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

	/** A change of a score in words: 增加 5.4 分 */
	static String change(double value, String unit) {
		return (value >= 0 ? "增加 " : "減少 ") + score(Math.abs(value)) + unit;
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
