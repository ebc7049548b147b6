package tw.annualreport.report.section;

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
import tw.annualreport.summary.KeyFigure;
import tw.annualreport.summary.AgencySummary.Survey;

import static tw.annualreport.report.ReportFormats.count;
import static tw.annualreport.report.ReportFormats.number;
import static tw.annualreport.report.ReportFormats.percent;
import static tw.annualreport.report.ReportFormats.score;
import static tw.annualreport.report.section.Texts.rateChange;
import static tw.annualreport.report.section.Texts.scoreChange;
import static tw.annualreport.report.section.Texts.nz;
import static tw.annualreport.report.section.Texts.percentPoints;

/**
 * 壹、執行成果摘要. The PDF's table reads as sentences (value with its unit, and an explanation);
 * the sheet's lists one figure a row, as a number, with its unit apart.
 */
final class SummarySection implements Section {

	static final String TITLE = "壹、執行成果摘要";

	static final Table KEY_FIGURES = Table.of("summary.keyFigures", Column.pdf("項目", Kind.TEXT, Align.LEFT, 150),
			Column.pdf("數值", Kind.TEXT, Align.RIGHT, 95), Column.pdf("說明", Kind.TEXT, Align.LEFT, 270));

	/** The 數值 column holds counts unless a row says otherwise (a rate, a score, α). */
	static final Table FIGURES = Table.of("summary.figures", Column.sheet("項目", Kind.TEXT, 200),
			Column.sheet("數值", Kind.COUNT, 100), Column.sheet("單位", Kind.TEXT, 60), Column.sheet("說明", Kind.TEXT, 380));

	static final SheetLayout SHEET = SheetLayout.of("summary", TITLE, FIGURES);

	@Override
	public Definition definition() {
		return new Definition(TITLE, List.of(KEY_FIGURES), List.of(SHEET));
	}

	@Override
	public void writePdf(ReportData d, PdfDocument pdf) {
		AgencySummary.Measures m = d.summary().measures();
		StringBuilder text = new StringBuilder();
		String measureName = d.levels().measures();
		text.append("本年度提升服務工作計畫共 ").append(m.total()).append(" 項").append(measureName).append("，已完成 ").append(m.completed())
			.append(" 項、執行中 ").append(m.inProgress()).append(" 項、未執行 ").append(m.notStarted()).append(" 項，完成率 ")
			.append(percent(m.completionRate())).append("；全年辦理 ").append(count(d.sessions())).append(" 場次、服務 ")
			.append(count(d.participants())).append(" 人次。");
		AgencySummary.PhoneTests p = d.summary().phoneTests();
		if (p.count() > 0) {
			text.append("電話禮貌測試 ").append(p.count()).append(" 次，平均 ").append(score(p.mean())).append(" 分，通過率 ")
				.append(percent(KeyFigure.PHONE_PASS_RATE.valueOf(d.summary()))).append("。");
		}
		for (Survey s : d.summary().surveys()) {
			text.append(s.title()).append("整體滿意度 ").append(percent(s.satisfactionRate())).append("。");
		}
		if (d.summary().cases() != null) {
			text.append("案件準時結案率 ").append(percent(d.summary().cases().onTimeRate())).append("。");
		}
		pdf.paragraph(null, text.toString());

		Table t = KEY_FIGURES;
		List<List<Cell>> rows = new ArrayList<>();
		rows.add(t.row(measureName, m.total() + " 項",
				"已完成 " + m.completed() + " 項、執行中 " + m.inProgress() + " 項、未執行 " + m.notStarted() + " 項"));
		rows.add(t.row(measureName + "完成率", percent(m.completionRate()), "已完成" + measureName + " ÷ 全部" + measureName));
		rows.add(t.row("辦理場次", count(d.sessions()), "全年執行紀錄合計"));
		rows.add(t.row("服務人次", count(d.participants()), "全年執行紀錄合計"));
		rows.add(t.row("量化指標達成", indicatorsMet(d) + "／" + d.summary().indicators().size() + " 項", "達成目標值之指標項數"));
		rows.add(t.row("電話禮貌測試平均分數", score(p.mean()) + " 分", (p.meanChange() == null) ? "無前一年度資料"
				: "前一年度 " + score(p.previousMean()) + " 分，" + scoreChange(p.previousMean(), p.mean(), " 分")));
		rows.add(t.row("電話禮貌測試通過率", percent(KeyFigure.PHONE_PASS_RATE.valueOf(d.summary())),
				"測試 " + p.count() + " 次，" + p.passed() + " 次達及格分數 " + number(p.threshold()) + " 分"));
		for (Survey s : d.summary().surveys()) {
			rows.add(t.row(s.title() + "整體滿意度", percent(s.satisfactionRate()),
					"有效樣本 " + count(s.respondents()) + " 份，抽樣誤差 ±" + percentPoints(s.samplingError())
							+ ((s.rateChange() == null) ? ""
									: "；前一年度 " + percent(s.previousRate()) + "，"
											+ rateChange(s.previousRate(), s.satisfactionRate()))));
		}
		if (d.summary().cases() != null) {
			AgencySummary.Cases c = d.summary().cases();
			rows.add(t.row("案件準時結案率", percent(c.onTimeRate()),
					"結案 " + count(c.closed()) + " 件，準時 " + count(c.onTime()) + " 件；逾期未結 " + c.overdueCount() + " 件"));
		}
		pdf.table("一、重要成果一覽", t, rows);
	}

	@Override
	public void writeSheets(ReportData d, Workbook workbook) {
		Table t = FIGURES;
		List<List<Cell>> rows = new ArrayList<>();
		AgencySummary.Measures m = d.summary().measures();
		rows.add(t.row(d.levels().measures(), m.total(), "項", ""));
		rows.add(t.row("已完成", m.completed(), "項", ""));
		rows.add(t.row("執行中", m.inProgress(), "項", ""));
		rows.add(t.row("未執行", m.notStarted(), "項", ""));
		String measureName = d.levels().measures();
		rows.add(t.row(measureName + "完成率", Cell.percent(m.completionRate()), "", "已完成" + measureName + " ÷ 全部" + measureName));
		rows.add(t.row("辦理場次", d.sessions(), "場次", "全年執行紀錄合計"));
		rows.add(t.row("服務人次", d.participants(), "人次", "全年執行紀錄合計"));
		rows.add(t.row("量化指標", d.summary().indicators().size(), "項", ""));
		rows.add(t.row("達成目標之指標", indicatorsMet(d), "項", ""));
		AgencySummary.PhoneTests p = d.summary().phoneTests();
		rows.add(t.row("電話禮貌測試次數", p.count(), "次", ""));
		rows.add(t.row("電話禮貌測試平均分數", Cell.score(p.mean()), "分", ""));
		rows.add(t.row("前一年度平均分數", Cell.score(p.previousMean()), "分", ""));
		rows.add(t.row("電話禮貌測試通過率", Cell.percent(KeyFigure.PHONE_PASS_RATE.valueOf(d.summary())), "", "及格分數 " + number(p.threshold()) + " 分"));
		for (Survey s : d.summary().surveys()) {
			rows.add(t.row(s.title() + " 有效樣本", s.respondents(), "份", ""));
			rows.add(t.row(s.title() + " 整體滿意度", Cell.percent(s.satisfactionRate()), "", ""));
			rows.add(t.row(s.title() + " 抽樣誤差", Cell.percent(s.samplingError()), "", "95% 信心水準"));
			rows.add(t.row(s.title() + " Cronbach's α", Cell.alpha(s.cronbachAlpha()), "",
					(s.cronbachAlpha() == null) ? nz(s.cronbachAlphaReason()) : ""));
		}
		if (d.summary().cases() != null) {
			AgencySummary.Cases c = d.summary().cases();
			rows.add(t.row("受理案件", c.total(), "件", ""));
			rows.add(t.row("已結案", c.closed(), "件", ""));
			rows.add(t.row("準時結案率", Cell.percent(c.onTimeRate()), "", "準時結案 ÷ 已結案"));
			rows.add(t.row("平均處理日數", Cell.score(c.meanDays()), "日", ""));
			rows.add(t.row("處理日數中位數", Cell.score(c.medianDays()), "日", ""));
			rows.add(t.row("逾期未結案件", c.overdueCount(), "件", "年底尚未結案且已逾期限"));
		}
		workbook.sheet(SHEET, TITLE).table(t, rows);
	}

	private static long indicatorsMet(ReportData d) {
		return d.summary().indicators().stream().filter((i) -> Boolean.TRUE.equals(i.targetMet())).count();
	}

}
