package tw.annualreport.report.section;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import tw.annualreport.report.ReportData;
import tw.annualreport.report.document.Align;
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

import static tw.annualreport.report.ReportFormats.count;
import static tw.annualreport.report.ReportFormats.percent;
import static tw.annualreport.report.ReportFormats.score;
import static tw.annualreport.report.section.Texts.nz;

/**
 * 伍、案件處理情形: totals and groups (the same table in the PDF and the sheet), the overdue cases
 * and the trend; a sentence instead when there is no cases file.
 */
final class CaseSection implements Section {

	static final String TITLE = "伍、案件處理情形";

	static final Table GROUPS = Table.of("cases.groups", new Column("分組", Kind.TEXT, Align.CENTER, 60, 80),
			new Column("類別", Kind.TEXT, Align.LEFT, 115, 150), new Column("件數", Kind.COUNT, Align.RIGHT, 48, 80),
			new Column("結案", Kind.COUNT, Align.RIGHT, 48, 150), new Column("準時結案", Kind.COUNT, Align.RIGHT, 52, 80),
			new Column("準時率", Kind.PERCENT, Align.RIGHT, 52, 80), new Column("平均日數", Kind.SCORE, Align.RIGHT, 48, 80),
			new Column("中位日數", Kind.SCORE, Align.RIGHT, 48, 80), new Column("逾期未結", Kind.COUNT, Align.RIGHT, 44, 80));

	static final Table OVERDUE = Table.of("cases.overdue", Column.pdf("案件編號", Kind.TEXT, Align.LEFT, 80),
			Column.pdf("類型", Kind.TEXT, Align.CENTER, 45), Column.pdf("來源管道", Kind.TEXT, Align.CENTER, 65),
			Column.pdf("業務類別", Kind.TEXT, Align.LEFT, 95), Column.pdf("收件日期", Kind.DATE, Align.CENTER, 65),
			Column.pdf("期限（日）", Kind.INTEGER, Align.RIGHT, 50), Column.pdf("應結日期", Kind.DATE, Align.CENTER, 65),
			Column.pdf("逾期日數", Kind.COUNT, Align.RIGHT, 50));

	/** The sheet's view of {@link #OVERDUE}: the type first. */
	static final Table OVERDUE_LIST = OVERDUE.view("cases.overdueList", List.of(1, 0, 2, 3, 4, 5, 6, 7),
			Column.sheet("類型", Kind.TEXT), Column.sheet("案件編號", Kind.TEXT), Column.sheet("來源管道", Kind.TEXT),
			Column.sheet("業務類別", Kind.TEXT), Column.sheet("收件日期", Kind.DATE), Column.sheet("期限日數", Kind.COUNT),
			Column.sheet("應結日期", Kind.DATE), Column.sheet("逾期日數", Kind.COUNT));

	static final Table YEARS = Table.of("cases.years", Column.sheet("年度", Kind.TEXT), Column.sheet("準時結案率", Kind.PERCENT));

	/** The overdue cases the PDF lists, the most overdue; the sheet lists them all. */
	static final int PRINTED_OVERDUE = 20;

	static final SheetLayout SHEET = SheetLayout.of("cases", TITLE, GROUPS, OVERDUE_LIST, YEARS);

	@Override
	public Definition definition() {
		return new Definition(TITLE, List.of(GROUPS, OVERDUE, YearTrend.TABLE), List.of(SHEET));
	}

	@Override
	public void writePdf(ReportData d, PdfDocument pdf) {
		AgencySummary.Cases c = d.summary().cases();
		String casesReason = d.summary().casesReason();
		if (c == null) {
			pdf.paragraph(null, "本年度未提供案件資料" + (casesReason == null ? "" : "（" + casesReason + "）") + "。");
			return;
		}
		pdf.paragraph(null, "全年受理 " + count(c.total()) + " 件，已結案 " + count(c.closed()) + " 件，其中於處理期限內結案 "
				+ count(c.onTime()) + " 件，準時結案率 " + percent(c.onTimeRate()) + "；結案案件平均處理 " + score(c.meanDays())
				+ " 日、中位數 " + score(c.medianDays()) + " 日。年底尚未結案 " + count(c.open()) + " 件，其中已逾處理期限 "
				+ c.overdueCount() + " 件。");
		pdf.table("一、案件處理統計", GROUPS, groups(c));
		if (!c.overdue().isEmpty()) {
			// the most overdue first: the PDF lists the first ones, the sheet every one
			pdf.table("二、逾期未結案件（至年底）", OVERDUE, c.overdue()
				.stream()
				.limit(PRINTED_OVERDUE)
				.map((o) -> overdue(OVERDUE, o))
				.toList());
			int more = c.overdue().size() - PRINTED_OVERDUE;
			if (more > 0) {
				pdf.note("逾期未結案件共 " + count(c.overdue().size()) + " 件，上表列出逾期最久之 " + PRINTED_OVERDUE + " 件；另有 "
						+ count(more) + " 件，詳見試算表「" + TITLE + "」。");
			}
		}
		List<YearValue> trend = d.trend(KeyFigures.CASES_ON_TIME_RATE);
		if (!trend.isEmpty()) {
			pdf.table("三、歷年準時結案率", YearTrend.TABLE, YearTrend.rows(trend, d.rocYear()));
		}
	}

	@Override
	public void writeSheets(ReportData d, Workbook workbook) {
		Workbook.Rows sheet = workbook.sheet(SHEET, TITLE);
		AgencySummary.Cases c = d.summary().cases();
		if (c == null) {
			sheet.table(GROUPS, List.of(GROUPS.row("", "本年度未提供案件資料")));
			return;
		}
		sheet.table(GROUPS, groups(c));
		sheet.blank().title("逾期未結案件（至年底）");
		sheet.table(OVERDUE_LIST, c.overdue()
			.stream()
			.map((o) -> overdue(OVERDUE_LIST, o))
			.toList());
		List<YearValue> trend = d.trend(KeyFigures.CASES_ON_TIME_RATE);
		if (!trend.isEmpty()) {
			sheet.blank().title("歷年準時結案率");
			sheet.table(YEARS, trend.stream().map((v) -> YEARS.row(v.year() + " 年", v.value())).toList());
		}
	}

	/** An overdue case in {@link #OVERDUE} or its view. */
	private static List<Cell> overdue(Table table, AgencySummary.Overdue o) {
		return table.row(o.id(), o.type(), nz(o.channel()), nz(o.category()), LocalDate.parse(o.received()),
				o.limitDays(), LocalDate.parse(o.due()), o.daysOverdue());
	}

	/** All cases, then by type, channel and category. */
	private static List<List<Cell>> groups(AgencySummary.Cases c) {
		List<List<Cell>> rows = new ArrayList<>();
		rows.add(GROUPS.row("全部", "全部案件", c.total(), c.closed(), c.onTime(), c.onTimeRate(), c.meanDays(), c.medianDays(),
				c.overdueCount()));
		addGroups(rows, "類型", c.byType());
		addGroups(rows, "來源管道", c.byChannel());
		addGroups(rows, "業務類別", c.byCategory());
		return rows;
	}

	private static void addGroups(List<List<Cell>> rows, String name, List<AgencySummary.CaseGroup> groups) {
		for (AgencySummary.CaseGroup g : groups) {
			rows.add(GROUPS.row(name, g.name(), g.total(), g.closed(), g.onTime(), g.onTimeRate(), g.meanDays(),
					g.medianDays(), g.overdueCount()));
		}
	}

}
