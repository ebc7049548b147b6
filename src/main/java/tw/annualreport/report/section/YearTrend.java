package tw.annualreport.report.section;

import java.util.List;

import tw.annualreport.report.document.Align;
import tw.annualreport.report.document.Cell;
import tw.annualreport.report.document.Column;
import tw.annualreport.report.document.Kind;
import tw.annualreport.report.document.Table;
import tw.annualreport.summary.AgencySummary.YearValue;

/** A rate over the years in the PDF (a survey's overall satisfaction, the cases' on-time rate). */
final class YearTrend {

	static final Table TABLE = Table.of("trend", Column.pdf("年度", Kind.TEXT, Align.CENTER, 115),
			Column.pdf("數值", Kind.PERCENT, Align.RIGHT, 200), Column.pdf("說明", Kind.TEXT, Align.LEFT, 200));

	private YearTrend() {
	}

	/** One row a year, 「本年度」 beside the report's year. */
	static List<List<Cell>> rows(List<YearValue> values, int rocYear) {
		return values.stream().map((v) -> TABLE.row(v.year() + " 年", v.value(), (v.year() == rocYear) ? "本年度" : "")).toList();
	}

}
