package tw.annualreport.report.section;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tw.annualreport.report.ReportData;
import tw.annualreport.report.document.Align;
import tw.annualreport.report.document.Block.ChartPoint;
import tw.annualreport.report.document.Cell;
import tw.annualreport.report.document.Column;
import tw.annualreport.report.document.Kind;
import tw.annualreport.report.document.PdfDocument;
import tw.annualreport.report.document.SheetLayout;
import tw.annualreport.report.document.Table;
import tw.annualreport.report.document.Workbook;
import tw.annualreport.summary.AgencySummary;
import tw.annualreport.summary.AgencySummary.YearValue;
import tw.annualreport.summary.KeyFigures;

import static tw.annualreport.report.ReportFormats.number;
import static tw.annualreport.report.ReportFormats.percent;
import static tw.annualreport.report.ReportFormats.score;
import static tw.annualreport.report.section.Texts.scoreChange;
import static tw.annualreport.report.section.Texts.nz;

/**
 * 參、電話禮貌測試結果: per unit (the same table in the PDF and the sheet), the trend, per scale
 * item and the top deduction reasons (tied reasons share a rank in the PDF).
 */
final class PhoneTestSection implements Section {

	static final String TITLE = "參、電話禮貌測試結果";

	static final Table UNITS = Table.of("phone.units", new Column("受測單位", Kind.TEXT, Align.LEFT, 125, 150),
			new Column("測試次數", Kind.COUNT, Align.RIGHT, 55, 120), new Column("平均分數", Kind.SCORE, Align.RIGHT, 60, 75),
			new Column("最低分數", Kind.SCORE, Align.RIGHT, 55, 75), new Column("最高分數", Kind.SCORE, Align.RIGHT, 55, 75),
			new Column("通過次數", Kind.COUNT, Align.RIGHT, 55, 75), new Column("通過率", Kind.PERCENT, Align.RIGHT, 55, 75),
			new Column("備註", Kind.TEXT, Align.CENTER, 55, 90));

	static final Table ITEMS = Table.of("phone.items", Column.pdf("部分", Kind.TEXT, Align.CENTER, 70),
			Column.pdf("評分項目", Kind.TEXT, Align.LEFT, 165), Column.pdf("配分", Kind.NUMBER, Align.RIGHT, 60),
			Column.pdf("受測次數", Kind.COUNT, Align.RIGHT, 70), Column.pdf("平均得分率", Kind.PERCENT, Align.RIGHT, 75),
			Column.pdf("平均得分", Kind.SCORE, Align.RIGHT, 75));

	static final Table DEDUCTIONS = Table.of("phone.deductions", Column.pdf("名次", Kind.INTEGER, Align.CENTER, 50),
			Column.pdf("扣分事由", Kind.TEXT, Align.LEFT, 365), Column.pdf("次數", Kind.COUNT, Align.RIGHT, 100));

	/** The sheet's view of {@link #ITEMS}: the item first. */
	static final Table ITEM_SCORES = ITEMS.view("phone.itemScores", List.of(1, 0, 2, 3, 4, 5),
			Column.sheet("評分項目", Kind.TEXT), Column.sheet("部分", Kind.TEXT), Column.sheet("配分", Kind.NUMBER),
			Column.sheet("受測次數", Kind.COUNT), Column.sheet("平均得分率", Kind.PERCENT), Column.sheet("平均得分", Kind.SCORE));

	static final Table DEDUCTION_COUNTS = Table.of("phone.deductionCounts", Column.sheet("扣分事由", Kind.TEXT),
			Column.sheet("次數", Kind.COUNT));

	static final Table YEARS = Table.of("phone.years", Column.sheet("年度", Kind.TEXT), Column.sheet("平均分數", Kind.SCORE),
			Column.sheet("通過率", Kind.PERCENT));

	static final SheetLayout SHEET = SheetLayout.of("phone", "參、電話禮貌測試", UNITS, ITEM_SCORES, DEDUCTION_COUNTS, YEARS);

	@Override
	public Definition definition() {
		return new Definition(TITLE, List.of(UNITS, ITEMS, DEDUCTIONS), List.of(SHEET));
	}

	@Override
	public void writePdf(ReportData d, PdfDocument pdf) {
		AgencySummary.PhoneTests p = d.summary().phoneTests();
		if (p.count() == 0) {
			pdf.paragraph(null, "本年度無電話禮貌測試紀錄。");
			return;
		}
		pdf.paragraph(null, "本年度共測試 " + p.count() + " 次，平均 " + score(p.mean()) + " 分（最低 " + score(p.min()) + " 分、最高 "
				+ score(p.max()) + " 分），達及格分數 " + number(p.threshold()) + " 分者 " + p.passed() + " 次，通過率 "
				+ percent(p.passRate()) + "。"
				+ ((p.meanChange() == null) ? "" : "前一年度平均 " + score(p.previousMean()) + " 分，本年度" + scoreChange(p.previousMean(), p.mean(), " 分") + "。")
				+ "測試總分 = 100 × 受測項目得分合計 ÷ 受測項目配分合計（直撥業務單位之測試不含總機部分）。");
		pdf.table("一、各單位測試結果", UNITS, units(p, ""));
		List<YearValue> meanTrend = d.trend(KeyFigures.PHONE_MEAN);
		if (!meanTrend.isEmpty()) {
			scoreTrend(pdf, "近年電話禮貌測試平均分數", "平均分數", meanTrend);
		}
		pdf.table("二、各評分項目得分", ITEMS, p.items().stream().map((i) -> item(ITEMS, i)).toList());
		if (!p.topDeductions().isEmpty()) {
			List<List<Cell>> rows = new ArrayList<>();
			int rank = 0;
			long previous = -1;
			int position = 0;
			for (AgencySummary.Deduction dd : p.topDeductions()) {
				position++;
				if (dd.count() != previous) {
					rank = position;
					previous = dd.count();
				}
				rows.add(DEDUCTIONS.row(rank, dd.reason(), dd.count()));
			}
			pdf.table("三、主要扣分事由", DEDUCTIONS, rows);
		}
	}

	@Override
	public void writeSheets(ReportData d, Workbook workbook) {
		AgencySummary.PhoneTests p = d.summary().phoneTests();
		Workbook.Rows sheet = workbook.sheet(SHEET, TITLE);
		sheet.table(UNITS, units(p, "及格分數 " + number(p.threshold()) + " 分"));
		sheet.blank().title("各評分項目得分");
		sheet.table(ITEM_SCORES, p.items().stream().map((i) -> item(ITEM_SCORES, i)).toList());
		sheet.blank().title("主要扣分事由");
		sheet.table(DEDUCTION_COUNTS,
				p.topDeductions().stream().map((dd) -> DEDUCTION_COUNTS.row(dd.reason(), dd.count())).toList());
		sheet.blank().title("歷年趨勢");
		Map<Integer, Double[]> years = new TreeMap<>();
		d.trend(KeyFigures.PHONE_MEAN).forEach((v) -> years.computeIfAbsent(v.year(), (y) -> new Double[2])[0] = v.value());
		d.trend(KeyFigures.PHONE_PASS_RATE).forEach((v) -> years.computeIfAbsent(v.year(), (y) -> new Double[2])[1] = v.value());
		List<List<Cell>> rows = new ArrayList<>();
		years.forEach((year, values) -> rows.add(YEARS.row(year + " 年", values[0], values[1])));
		sheet.table(YEARS, rows);
	}

	/** Each unit, then the whole agency with {@code totalNote}. */
	private static List<List<Cell>> units(AgencySummary.PhoneTests p, String totalNote) {
		List<List<Cell>> rows = new ArrayList<>();
		for (AgencySummary.PhoneUnit u : p.units()) {
			rows.add(UNITS.row(u.name(), u.count(), u.mean(), u.min(), u.max(), u.passed(), u.passRate(),
					(u.mean() != null && u.mean() < p.threshold()) ? "平均未達及格" : ""));
		}
		rows.add(UNITS.row("全機關", p.count(), p.mean(), p.min(), p.max(), p.passed(), p.passRate(), totalNote));
		return rows;
	}

	/** A scale item in {@link #ITEMS} or its view. */
	private static List<Cell> item(Table table, AgencySummary.PhoneItem i) {
		return table.row(nz(i.part()), i.label(), i.max(), i.scored(), i.meanShare(), meanScore(i));
	}

	private static Double meanScore(AgencySummary.PhoneItem item) {
		return (item.meanShare() == null) ? null : item.meanShare() * item.max().doubleValue();
	}

	/** A line chart of scores by year; the axis spans the data with a margin, in steps of 5 (within 0-100). */
	private static void scoreTrend(PdfDocument pdf, String title, String series, List<YearValue> values) {
		List<ChartPoint> points = new ArrayList<>();
		double min = 100;
		double max = 0;
		for (YearValue v : values) {
			points.add(new ChartPoint(series, v.year() + "年（" + score(v.value()) + "）", v.value(), score(v.value())));
			min = Math.min(min, v.value());
			max = Math.max(max, v.value());
		}
		double low = Math.max(0, Math.floor((min - 5) / 5) * 5);
		double high = Math.min(100, Math.ceil((max + 5) / 5) * 5);
		pdf.lineChart(title, points, low, Math.max(high, low + 5));
	}

}
