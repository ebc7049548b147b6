package tw.annualreport.report.jasper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tw.annualreport.report.ReportData;
import tw.annualreport.report.ReportData.Flag;
import tw.annualreport.report.ReportData.PlanRow;
import tw.annualreport.report.ReportData.Survey;
import tw.annualreport.report.ReportData.YearValue;
import tw.annualreport.report.jasper.Cells.Num;

import static tw.annualreport.report.ReportFormats.NONE;
import static tw.annualreport.report.ReportFormats.rocDate;
import static tw.annualreport.report.ReportFormats.rocShortDate;

/**
 * The spreadsheet version of the report (XLSX and ODS): one sheet per section, Chinese sheet
 * names, one header row frozen. Numbers are numeric cells holding the unrounded figures of
 * summary.json with a number format (percent and scores one decimal, α three), so the sheet
 * shows what the PDF shows and computes with the exact values.
 */
final class Sheets {

	/** One sheet: its name, the template (reports/&lt;template&gt;.jrxml) and its rows. */
	record Sheet(String name, String template, List<SheetRow> rows) {

		/** Rows above the first data row (the title, notes and the first header), frozen. */
		int frozenRows() {
			for (int i = 0; i < this.rows.size(); i++) {
				if ("HEAD".equals(this.rows.get(i).kind())) {
					return i + 1;
				}
			}
			return 0;
		}

	}

	static final String PERCENT = "0.0%";

	static final String ONE_DECIMAL = "0.0";

	static final String COUNT = "#,##0";

	static final String ALPHA = "0.000";

	private Sheets() {
	}

	static List<Sheet> of(ReportData d, boolean draft) {
		String title = d.agencyName() + " " + d.title();
		String note = "報告日期：" + rocDate(d.reportDate()) + (draft ? "。草稿，數字可能仍會變動。" : "。");
		List<Sheet> sheets = new ArrayList<>();
		sheets.add(new Sheet("壹、執行成果摘要", "sheet-summary", summary(d, title, note)));
		sheets.add(new Sheet("貳、各工作要項", "sheet-plan", plan(d, title, note)));
		sheets.add(new Sheet("貳、執行紀錄", "sheet-executions", executions(d, title, note)));
		sheets.add(new Sheet("參、電話禮貌測試", "sheet-phone", phone(d, title, note)));
		sheets.add(new Sheet("肆、滿意度調查", "sheet-survey", surveys(d, title, note)));
		sheets.add(new Sheet("伍、案件處理情形", "sheet-cases", cases(d, title, note)));
		sheets.add(new Sheet("陸、檢討與改進", "sheet-review", review(d, title, note)));
		sheets.add(new Sheet("資料品質說明", "sheet-rows", rows(d, title, note)));
		return sheets;
	}

	private static List<SheetRow> summary(ReportData d, String title, String note) {
		List<SheetRow> rows = start(title + "　壹、執行成果摘要", note);
		rows.add(SheetRow.head("項目", "數值", "單位", "說明"));
		ReportData.Measures m = d.measures();
		rows.add(data("具體措施", count(m.total()), "項", ""));
		rows.add(data("已完成", count(m.completed()), "項", ""));
		rows.add(data("執行中", count(m.inProgress()), "項", ""));
		rows.add(data("未執行", count(m.notStarted()), "項", ""));
		rows.add(data("措施完成率", percent(m.completionRate()), "", "已完成措施 ÷ 全部措施"));
		rows.add(data("辦理場次", count(m.sessions()), "場次", "全年執行紀錄合計"));
		rows.add(data("服務人次", count(m.participants()), "人次", "全年執行紀錄合計"));
		rows.add(data("量化指標", count(d.indicators().size()), "項", ""));
		rows.add(data("達成目標之指標", count(d.indicators().stream().filter((i) -> Boolean.TRUE.equals(i.targetMet())).count()),
				"項", ""));
		ReportData.PhoneTests p = d.phoneTests();
		rows.add(data("電話禮貌測試次數", count(p.count()), "次", ""));
		rows.add(data("電話禮貌測試平均分數", score(p.mean()), "分", ""));
		rows.add(data("前一年度平均分數", score(p.previousMean()), "分", ""));
		rows.add(data("電話禮貌測試通過率", percent(p.passRate()), "", "及格分數 " + trim(p.threshold()) + " 分"));
		for (Survey s : d.surveys()) {
			rows.add(data(s.title() + " 有效樣本", count(s.respondents()), "份", ""));
			rows.add(data(s.title() + " 整體滿意度", percent(s.satisfactionRate()), "", ""));
			rows.add(data(s.title() + " 抽樣誤差", percent(s.samplingError()), "", "95% 信心水準"));
			rows.add(data(s.title() + " Cronbach's α", alpha(s.cronbachAlpha()), "",
					(s.cronbachAlpha() == null) ? nz(s.cronbachAlphaReason()) : ""));
		}
		if (d.cases() != null) {
			ReportData.Cases c = d.cases();
			rows.add(data("受理案件", count(c.total()), "件", ""));
			rows.add(data("已結案", count(c.closed()), "件", ""));
			rows.add(data("準時結案率", percent(c.onTimeRate()), "", "準時結案 ÷ 已結案"));
			rows.add(data("平均處理日數", score(c.meanDays()), "日", ""));
			rows.add(data("處理日數中位數", score(c.medianDays()), "日", ""));
			rows.add(data("逾期未結案件", count(c.overdueCount()), "件", "年底尚未結案且已逾期限"));
		}
		return rows;
	}

	private static List<SheetRow> plan(ReportData d, String title, String note) {
		List<SheetRow> rows = start(title + "　貳、各工作要項執行成果", note);
		rows.add(SheetRow.head("項次", "層級", "名稱", "承辦單位", "辦理情形", "措施數", "已完成", "完成率", "場次", "人次", "指標", "指標單位",
				"目標值", "實績", "達成率", "前一年度", "成長率"));
		for (PlanRow r : d.plan()) {
			List<Object> cells = new ArrayList<>(Arrays.asList(r.code(), count(r.level()),
					"　".repeat(r.level() - 1) + r.title(), nz(r.units()), r.leaf() ? status(r.status()) : "",
					count(r.leaves()), count(r.completed()), percent(r.completionRate()), count(r.sessions()),
					count(r.participants())));
			ReportData.Indicator i = r.indicator();
			if (i != null) {
				cells.addAll(Arrays.asList(i.name() + (i.lowerIsBetter() ? "（低者為佳）" : ""), nz(i.unit()), value(i.target()),
						value(i.actual()), percent(i.achievement()), value(i.previous()), percent(i.yoyGrowth())));
			}
			rows.add(SheetRow.data(cells));
		}
		return rows;
	}

	private static List<SheetRow> executions(ReportData d, String title, String note) {
		List<SheetRow> rows = start(title + "　貳、執行紀錄", note);
		rows.add(SheetRow.head("措施項次", "執行日期", "執行情形", "承辦單位", "狀態", "場次", "人次"));
		for (PlanRow r : d.plan()) {
			for (ReportData.Execution e : r.executions()) {
				rows.add(data(r.code(), rocShortDate(e.date()), nz(e.description()), nz(e.unit()), status(e.status()),
						count(e.sessions()), count(e.participants())));
			}
		}
		return rows;
	}

	private static List<SheetRow> phone(ReportData d, String title, String note) {
		List<SheetRow> rows = start(title + "　參、電話禮貌測試結果", note);
		ReportData.PhoneTests p = d.phoneTests();
		rows.add(SheetRow.head("受測單位", "測試次數", "平均分數", "最低分數", "最高分數", "通過次數", "通過率", "備註"));
		for (ReportData.PhoneUnit u : p.units()) {
			rows.add(data(u.name(), count(u.count()), score(u.mean()), score(u.min()), score(u.max()), count(u.passed()),
					percent(u.passRate()), (u.mean() != null && u.mean() < p.threshold()) ? "平均未達及格" : ""));
		}
		rows.add(data("全機關", count(p.count()), score(p.mean()), score(p.min()), score(p.max()), count(p.passed()),
				percent(p.passRate()), "及格分數 " + trim(p.threshold()) + " 分"));
		rows.add(SheetRow.blank());
		rows.add(SheetRow.title("各評分項目得分"));
		rows.add(SheetRow.head("評分項目", "部分", "配分", "受測次數", "平均得分率", "平均得分"));
		for (ReportData.PhoneItem i : p.items()) {
			rows.add(data(i.label(), nz(i.part()), count((long) i.max()), count(i.scored()), percent(i.meanShare()),
					(i.meanShare() == null) ? NONE : score(i.meanShare() * i.max())));
		}
		rows.add(SheetRow.blank());
		rows.add(SheetRow.title("主要扣分事由"));
		rows.add(SheetRow.head("扣分事由", "次數"));
		p.topDeductions().forEach((dd) -> rows.add(data(dd.reason(), count(dd.count()))));
		rows.add(SheetRow.blank());
		rows.add(SheetRow.title("歷年趨勢"));
		rows.add(SheetRow.head("年度", "平均分數", "通過率"));
		Map<Integer, Object[]> years = new TreeMap<>();
		p.meanTrend().forEach((v) -> years.computeIfAbsent(v.year(), (y) -> new Object[2])[0] = score(v.value()));
		p.passRateTrend().forEach((v) -> years.computeIfAbsent(v.year(), (y) -> new Object[2])[1] = percent(v.value()));
		years.forEach((year, values) -> rows.add(data(year + " 年", values[0] == null ? NONE : values[0],
				values[1] == null ? NONE : values[1])));
		return rows;
	}

	private static List<SheetRow> surveys(ReportData d, String title, String note) {
		List<SheetRow> rows = start(title + "　肆、滿意度調查結果", note);
		boolean first = true;
		for (Survey s : d.surveys()) {
			if (!first) {
				rows.add(SheetRow.blank());
			}
			first = false;
			rows.add(SheetRow.title(s.title() + "（" + s.audience() + "）"));
			rows.add(SheetRow.head("", "項目", "數值"));
			rows.add(data("", "有效樣本（份）", count(s.respondents())));
			if (s.population() != null) {
				rows.add(data("", "母體數", count(s.population())));
			}
			rows.add(data("", "整體滿意度", percent(s.satisfactionRate())));
			rows.add(data("", "95% 信賴區間下限", percent(s.wilson95().lower())));
			rows.add(data("", "95% 信賴區間上限", percent(s.wilson95().upper())));
			rows.add(data("", "抽樣誤差（95% 信心水準）", percent(s.samplingError())));
			rows.add(data("", "Cronbach's α", alpha(s.cronbachAlpha())));
			rows.add(data("", "前一年度整體滿意度", percent(s.previousRate())));
			rows.add(SheetRow.blank());
			rows.add(SheetRow.head("", "構面", "題數", "平均數", "滿意度", "信賴區間下限", "信賴區間上限"));
			s.dimensions().forEach((dim) -> rows.add(data("", dim.name(), count(dim.questions()), score(dim.mean()),
					percent(dim.satisfactionRate()), percent(dim.wilson95().lower()), percent(dim.wilson95().upper()))));
			rows.add(SheetRow.blank());
			rows.add(SheetRow.head("題號", "題目", "構面", "有效份數", "非常不滿意", "不滿意", "普通", "滿意", "非常滿意", "平均數", "滿意度"));
			for (ReportData.Question q : s.questions()) {
				List<Object> cells = new ArrayList<>(Arrays.asList(count(q.no()), q.text() + (q.overall() ? "（整體題）" : ""),
						nz(q.dimension()), count(q.valid())));
				for (int k = 0; k < 5; k++) {
					cells.add((k < q.distribution().size()) ? count(q.distribution().get(k)) : NONE);
				}
				cells.add(score(q.mean()));
				cells.add(percent(q.satisfactionRate()));
				rows.add(SheetRow.data(cells));
			}
			rows.add(SheetRow.blank());
			rows.add(SheetRow.head("分組", "類別", "樣本數", "滿意度", "信賴區間下限", "信賴區間上限"));
			addGroups(rows, "服務項目", s.byService());
			addGroups(rows, "性別", s.byGender());
			addGroups(rows, "年齡層", s.byAgeBand());
			if (!s.trend().isEmpty()) {
				rows.add(SheetRow.blank());
				rows.add(SheetRow.head("", "年度", "整體滿意度"));
				for (YearValue v : s.trend()) {
					rows.add(data("", v.year() + " 年", percent(v.value())));
				}
			}
			rows.add(SheetRow.blank());
			rows.add(SheetRow.head("序", "受訪者意見（個人資料已遮蔽）", "則數"));
			int k = 0;
			for (ReportData.Comment c : s.comments()) {
				rows.add(data(count(++k), c.text(), count(c.count())));
			}
		}
		if (d.surveys().isEmpty()) {
			rows.add(SheetRow.head("", "項目", "數值"));
			rows.add(data("", "本年度無滿意度調查資料", ""));
		}
		return rows;
	}

	private static void addGroups(List<SheetRow> rows, String name, List<ReportData.Group> groups) {
		groups.forEach((g) -> rows.add(data(name, g.name(), count(g.respondents()), percent(g.satisfactionRate()),
				percent(g.wilson95().lower()), percent(g.wilson95().upper()))));
	}

	private static List<SheetRow> cases(ReportData d, String title, String note) {
		List<SheetRow> rows = start(title + "　伍、案件處理情形", note);
		rows.add(SheetRow.head("分組", "類別", "件數", "結案", "準時結案", "準時率", "平均日數", "中位日數", "逾期未結"));
		ReportData.Cases c = d.cases();
		if (c == null) {
			rows.add(data("", "本年度未提供案件資料"));
			return rows;
		}
		rows.add(data("全部", "全部案件", count(c.total()), count(c.closed()), count(c.onTime()), percent(c.onTimeRate()),
				score(c.meanDays()), score(c.medianDays()), count(c.overdueCount())));
		addCaseGroups(rows, "類型", c.byType());
		addCaseGroups(rows, "來源管道", c.byChannel());
		addCaseGroups(rows, "業務類別", c.byCategory());
		rows.add(SheetRow.blank());
		rows.add(SheetRow.title("逾期未結案件（至年底）"));
		rows.add(SheetRow.head("類型", "案件編號", "來源管道", "業務類別", "收件日期", "期限日數", "應結日期", "逾期日數"));
		c.overdue().forEach((o) -> rows.add(data(o.type(), o.id(), nz(o.channel()), nz(o.category()),
				rocShortDate(o.received()), count(o.limitDays()), rocShortDate(o.due()), count(o.daysOverdue()))));
		if (!c.trend().isEmpty()) {
			rows.add(SheetRow.blank());
			rows.add(SheetRow.title("歷年準時結案率"));
			rows.add(SheetRow.head("年度", "準時結案率"));
			c.trend().forEach((v) -> rows.add(data(v.year() + " 年", percent(v.value()))));
		}
		return rows;
	}

	private static void addCaseGroups(List<SheetRow> rows, String name, List<ReportData.CaseGroup> groups) {
		groups.forEach((g) -> rows.add(data(name, g.name(), count(g.total()), count(g.closed()), count(g.onTime()),
				percent(g.onTimeRate()), score(g.meanDays()), score(g.medianDays()), count(g.overdueCount()))));
	}

	private static List<SheetRow> review(ReportData d, String title, String note) {
		List<SheetRow> rows = start(title + "　陸、檢討與改進", note);
		rows.add(SheetRow.head("類別", "項目", "現況"));
		for (Flag f : d.review().flags()) {
			rows.add(data(f.kind().label(), f.item(), f.detail()));
		}
		if (d.review().flags().isEmpty()) {
			rows.add(data("", "無未達預期之事項", ""));
		}
		return rows;
	}

	private static List<SheetRow> rows(ReportData d, String title, String note) {
		List<SheetRow> rows = start(title + "　資料品質說明", note);
		rows.add(SheetRow.head("資料檔", "來源檔名", "讀取列數", "接受列數", "剔除列數", "剔除比率"));
		for (ReportData.FileRows f : d.rows()) {
			rows.add(data(PdfBlocks.fileLabel(f.file()), nz(f.source()), count(f.read()), count(f.accepted()), count(f.rejected()),
					(f.read() == 0) ? NONE : percent((double) f.rejected() / f.read())));
		}
		return rows;
	}

	// cells

	private static List<SheetRow> start(String title, String note) {
		List<SheetRow> rows = new ArrayList<>();
		rows.add(SheetRow.title(title));
		rows.add(SheetRow.note(note));
		return rows;
	}

	private static SheetRow data(Object... cells) {
		return SheetRow.data(Arrays.asList(cells));
	}

	private static Object percent(Double ratio) {
		return (ratio == null) ? NONE : new Num(ratio, PERCENT);
	}

	private static Object score(Double value) {
		return (value == null) ? NONE : new Num(value, ONE_DECIMAL);
	}

	private static Object alpha(Double value) {
		return (value == null) ? NONE : new Num(value, ALPHA);
	}

	private static Object count(long value) {
		return new Num(value, COUNT);
	}

	/** An indicator value as typed: whole numbers without decimals, others with one or two. */
	private static Object value(Double value) {
		if (value == null) {
			return NONE;
		}
		return new Num(value, (value == Math.rint(value)) ? COUNT : "#,##0.0#");
	}

	private static String status(String status) {
		if (status == null) {
			return "";
		}
		return switch (status) {
			case "COMPLETED" -> "已完成";
			case "IN_PROGRESS" -> "執行中";
			case "NOT_STARTED" -> "未執行";
			default -> status;
		};
	}

	private static String trim(double value) {
		return (value == Math.rint(value)) ? Long.toString((long) value) : Double.toString(value);
	}

	private static String nz(String text) {
		return (text == null) ? "" : text;
	}

}
