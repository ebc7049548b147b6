package tw.annualreport.report.jasper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import tw.annualreport.report.ReportData;
import tw.annualreport.report.ReportData.Flag;
import tw.annualreport.report.ReportData.FlagKind;
import tw.annualreport.report.ReportData.PlanRow;
import tw.annualreport.report.ReportData.Survey;
import tw.annualreport.report.ReportData.YearValue;
import tw.annualreport.report.jasper.Block.ChartPoint;

import static tw.annualreport.report.ReportFormats.NONE;
import static tw.annualreport.report.ReportFormats.alpha;
import static tw.annualreport.report.ReportFormats.count;
import static tw.annualreport.report.ReportFormats.number;
import static tw.annualreport.report.ReportFormats.percent;
import static tw.annualreport.report.ReportFormats.points;
import static tw.annualreport.report.ReportFormats.rocDate;
import static tw.annualreport.report.ReportFormats.rocShortDate;
import static tw.annualreport.report.ReportFormats.score;
import static tw.annualreport.report.ReportFormats.signedPercent;
import static tw.annualreport.report.ReportFormats.signedScore;

/**
 * The PDF report as a list of {@link Block}s, in reading order: cover, 壹 to 陸 and the
 * data-quality note (SPEC §5). Every figure is formatted here, once, with the report's rounding.
 */
final class PdfBlocks {

	static final String[] SECTIONS = { "壹、執行成果摘要", "貳、各工作要項執行成果", "參、電話禮貌測試結果", "肆、滿意度調查結果", "伍、案件處理情形",
			"陸、檢討與改進" };

	static final String DATA_QUALITY = "資料品質說明";

	private static final String[] ORDINALS = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };

	private final List<Block> blocks = new ArrayList<>();

	private int group;

	private PdfBlocks() {
	}

	static List<Block> of(ReportData data) {
		PdfBlocks b = new PdfBlocks();
		b.add("COVER", null, null, null, null, null, null, null);
		b.summary(data);
		b.plan(data);
		b.phone(data);
		b.surveys(data);
		b.cases(data);
		b.review(data);
		b.dataQuality(data);
		return b.blocks;
	}

	// 壹

	private void summary(ReportData d) {
		section(SECTIONS[0], true);
		ReportData.Measures m = d.measures();
		StringBuilder text = new StringBuilder();
		text.append("本年度提升服務工作計畫共 ").append(m.total()).append(" 項具體措施，已完成 ").append(m.completed())
			.append(" 項、執行中 ").append(m.inProgress()).append(" 項、未執行 ").append(m.notStarted()).append(" 項，完成率 ")
			.append(percent(m.completionRate())).append("；全年辦理 ").append(count(m.sessions())).append(" 場次、服務 ")
			.append(count(m.participants())).append(" 人次。");
		ReportData.PhoneTests p = d.phoneTests();
		if (p.count() > 0) {
			text.append("電話禮貌測試 ").append(p.count()).append(" 次，平均 ").append(score(p.mean())).append(" 分，通過率 ")
				.append(percent(p.passRate())).append("。");
		}
		for (Survey s : d.surveys()) {
			text.append(s.title()).append("整體滿意度 ").append(percent(s.satisfactionRate())).append("。");
		}
		if (d.cases() != null) {
			text.append("案件準時結案率 ").append(percent(d.cases().onTimeRate())).append("。");
		}
		paragraph(null, text.toString());

		List<List<String>> rows = new ArrayList<>();
		rows.add(row("具體措施", m.total() + " 項", "已完成 " + m.completed() + " 項、執行中 " + m.inProgress() + " 項、未執行 "
				+ m.notStarted() + " 項"));
		rows.add(row("措施完成率", percent(m.completionRate()), "已完成措施 ÷ 全部措施"));
		rows.add(row("辦理場次", count(m.sessions()), "全年執行紀錄合計"));
		rows.add(row("服務人次", count(m.participants()), "全年執行紀錄合計"));
		long met = d.indicators().stream().filter((i) -> Boolean.TRUE.equals(i.targetMet())).count();
		rows.add(row("量化指標達成", met + "／" + d.indicators().size() + " 項", "達成目標值之指標項數"));
		rows.add(row("電話禮貌測試平均分數", score(p.mean()) + " 分", (p.meanChange() == null) ? "無前一年度資料"
				: "前一年度 " + score(p.previousMean()) + " 分，" + change(p.meanChange(), " 分")));
		rows.add(row("電話禮貌測試通過率", percent(p.passRate()),
				"測試 " + p.count() + " 次，" + p.passed() + " 次達及格分數 " + number(p.threshold()) + " 分"));
		for (Survey s : d.surveys()) {
			rows.add(row(s.title() + "整體滿意度", percent(s.satisfactionRate()),
					"有效樣本 " + count(s.respondents()) + " 份，抽樣誤差 ±" + percentPoints(s.samplingError())
							+ ((s.rateChange() == null) ? "" : "，較前一年度 " + points(s.rateChange()))));
		}
		if (d.cases() != null) {
			ReportData.Cases c = d.cases();
			rows.add(row("案件準時結案率", percent(c.onTimeRate()),
					"結案 " + count(c.closed()) + " 件，準時 " + count(c.onTime()) + " 件；逾期未結 " + c.overdueCount() + " 件"));
		}
		table("一、重要成果一覽", "KV", rows);
	}

	// 貳

	private void plan(ReportData d) {
		section(SECTIONS[1], true);
		paragraph(null, "下表依工作計畫之架構列出各具體措施之承辦單位、辦理情形、場次、人次與執行情形。辦理情形依執行紀錄判定：任一紀錄為已完成者為「已完成」，"
				+ "有紀錄而未完成者為「執行中」，全年無紀錄者為「未執行」；場次、人次為執行紀錄之合計，上層項目為所屬措施之合計。");
		int g = nextGroup();
		String pending1 = null;
		String pending2 = null;
		for (PlanRow row : d.plan()) {
			if (!row.leaf()) {
				String line = row.code() + "　" + row.title() + "\n措施 " + row.leaves() + " 項，已完成 " + row.completed()
						+ " 項（" + percent(row.completionRate()) + "）；場次 " + count(row.sessions()) + "、人次 "
						+ count(row.participants()) + (blank(row.units()) ? "" : "；承辦單位：" + row.units());
				if (row.level() == 1) {
					pending1 = line;
					pending2 = null;
				}
				else {
					pending2 = line;
				}
				continue;
			}
			String status = status(row.status());
			blocks.add(new Block("PLAN", g, "一、各工作要項執行情形", "PLAN", null, row.code() + "　" + row.title(),
					List.of(nz(row.units()), status, count(row.sessions()), count(row.participants()),
							executions(row)),
					pending1, pending2, null, null, null, null));
			pending1 = null;
			pending2 = null;
		}
		if (!d.indicators().isEmpty()) {
			List<List<String>> rows = new ArrayList<>();
			for (ReportData.Indicator i : d.indicators()) {
				rows.add(row(i.code(), i.name() + (i.lowerIsBetter() ? "（低者為佳）" : ""), nz(i.unit()), number(i.target()),
						number(i.actual()), percent(i.achievement()), number(i.previous()), signedPercent(i.yoyGrowth()),
						(i.targetMet() == null) ? NONE : (i.targetMet() ? "達成" : "未達成")));
			}
			table("二、量化指標達成情形", "IND", rows);
			note("達成率：指標越高越好者為實績 ÷ 目標值，越低越好者為目標值 ÷ 實績；成長率 =（實績 − 前一年度）÷ 前一年度。");
		}
	}

	private static String executions(PlanRow row) {
		StringBuilder text = new StringBuilder();
		for (ReportData.Execution e : row.executions()) {
			if (text.length() > 0) {
				text.append('\n');
			}
			text.append(rocShortDate(e.date()));
			if (!blank(e.unit())) {
				text.append("（").append(e.unit()).append("）");
			}
			text.append(blank(e.description()) ? "" : e.description());
			if (e.sessions() > 0 || e.participants() > 0) {
				text.append("〔").append(e.sessions()).append(" 場次、").append(count(e.participants())).append(" 人次〕");
			}
		}
		ReportData.Indicator i = row.indicator();
		if (i != null) {
			if (text.length() > 0) {
				text.append('\n');
			}
			text.append("【指標】").append(i.name()).append("：目標 ").append(number(i.target())).append(unit(i))
				.append("，實績 ").append(number(i.actual())).append(unit(i)).append("，達成率 ").append(percent(i.achievement()));
		}
		return (text.length() == 0) ? "（無執行紀錄）" : text.toString();
	}

	// 參

	private void phone(ReportData d) {
		section(SECTIONS[2], true);
		ReportData.PhoneTests p = d.phoneTests();
		if (p.count() == 0) {
			paragraph(null, "本年度無電話禮貌測試紀錄。");
			return;
		}
		paragraph(null, "本年度共測試 " + p.count() + " 次，平均 " + score(p.mean()) + " 分（最低 " + score(p.min()) + " 分、最高 "
				+ score(p.max()) + " 分），達及格分數 " + number(p.threshold()) + " 分者 " + p.passed() + " 次，通過率 "
				+ percent(p.passRate()) + "。"
				+ ((p.meanChange() == null) ? "" : "前一年度平均 " + score(p.previousMean()) + " 分，本年度" + change(p.meanChange(), " 分") + "。")
				+ "測試總分 = 100 × 受測項目得分合計 ÷ 受測項目配分合計（直撥業務單位之測試不含總機部分）。");
		List<List<String>> rows = new ArrayList<>();
		for (ReportData.PhoneUnit u : p.units()) {
			rows.add(row(u.name(), count(u.count()), score(u.mean()), score(u.min()), score(u.max()), count(u.passed()),
					percent(u.passRate()), (u.mean() != null && u.mean() < p.threshold()) ? "平均未達及格" : ""));
		}
		rows.add(row("全機關", count(p.count()), score(p.mean()), score(p.min()), score(p.max()), count(p.passed()),
				percent(p.passRate()), ""));
		table("一、各單位測試結果", "PUNIT", rows);
		if (!p.meanTrend().isEmpty()) {
			scoreTrend("近年電話禮貌測試平均分數", "平均分數", p.meanTrend());
		}
		rows = new ArrayList<>();
		for (ReportData.PhoneItem i : p.items()) {
			rows.add(row(nz(i.part()), i.label(), number(i.max()), count(i.scored()), percent(i.meanShare()),
					(i.meanShare() == null) ? NONE : score(i.meanShare() * i.max())));
		}
		table("二、各評分項目得分", "PITEM", rows);
		if (!p.topDeductions().isEmpty()) {
			rows = new ArrayList<>();
			int rank = 0;
			long previous = -1;
			int position = 0;
			for (ReportData.Deduction dd : p.topDeductions()) {
				position++;
				if (dd.count() != previous) {
					rank = position;
					previous = dd.count();
				}
				rows.add(row(Integer.toString(rank), dd.reason(), count(dd.count())));
			}
			table("三、主要扣分事由", "DEDUCT", rows);
		}
	}

	// 肆

	private void surveys(ReportData d) {
		section(SECTIONS[3], true);
		if (d.surveys().isEmpty()) {
			paragraph(null, "本年度無滿意度調查資料。");
			return;
		}
		int n = 0;
		for (Survey s : d.surveys()) {
			String prefix = ORDINALS[Math.min(n++, ORDINALS.length - 1)] + "、";
			StringBuilder text = new StringBuilder();
			text.append("調查對象為").append(s.audience()).append("，有效樣本 ").append(count(s.respondents())).append(" 份");
			if (s.population() != null) {
				text.append("（母體 ").append(count(s.population())).append(" 人）");
			}
			text.append("。在 95% 信心水準下，抽樣誤差為 ±").append(percentPoints(s.samplingError()));
			text.append(s.samplingErrorPopulationCorrected() ? "（已作有限母體校正）" : "").append("。");
			if (s.samplingErrorNote() != null) {
				text.append(s.samplingErrorNote()).append("。");
			}
			text.append("整體滿意度（").append(s.overallQuestion() ? "整體滿意度題" : "全部題目合併計算").append("）為 ")
				.append(percent(s.satisfactionRate())).append("，95% 信賴區間 ").append(interval(s.wilson95()));
			text.append((s.rateChange() == null) ? "。"
					: "；前一年度 " + percent(s.previousRate()) + "，" + (s.rateChange() >= 0 ? "增加 " : "減少 ")
							+ percentPoints(Math.abs(s.rateChange())) + "。");
			text.append("信度 Cronbach's α ");
			text.append((s.cronbachAlpha() == null) ? "無法計算（" + nz(s.cronbachAlphaReason()) + "）。"
					: "= " + alpha(s.cronbachAlpha()) + "（依全部題目皆有效作答之 " + count(s.cronbachRespondents()) + " 份計算）。");
			paragraph(prefix + s.title(), text.toString());
			if (!s.dimensions().isEmpty()) {
				List<ChartPoint> bars = new ArrayList<>();
				s.dimensions().forEach((dim) -> bars.add(new ChartPoint("滿意度（%）", dim.name(),
						(dim.satisfactionRate() == null) ? null : Rounding100.of(dim.satisfactionRate()),
						percent(dim.satisfactionRate()))));
				chartPoints("BAR", s.title() + "：各構面滿意度（%）", bars);
				List<List<String>> rows = new ArrayList<>();
				s.dimensions().forEach((dim) -> rows.add(row(dim.name(), Integer.toString(dim.questions()), score(dim.mean()),
						percent(dim.satisfactionRate()), interval(dim.wilson95()))));
				table("（一）各構面滿意度", "SDIM", rows);
			}
			List<List<String>> rows = new ArrayList<>();
			for (ReportData.Question q : s.questions()) {
				List<String> cells = new ArrayList<>();
				cells.add(Integer.toString(q.no()));
				cells.add(q.text() + (q.overall() ? "（整體題）" : ""));
				cells.add(count(q.valid()));
				for (int k = 0; k < 5; k++) {
					cells.add((k < q.distribution().size()) ? count(q.distribution().get(k)) : NONE);
				}
				cells.add(score(q.mean()));
				cells.add(percent(q.satisfactionRate()));
				rows.add(cells);
			}
			table("（二）各題填答分布與滿意度", "SQ", rows);
			note("滿意度 = 回答「滿意」或「非常滿意」之份數 ÷ 該題有效份數（不含未填答及不適用）；平均數以 1（非常不滿意）至 5（非常滿意）計。");
			rows = new ArrayList<>();
			addGroups(rows, "服務項目", s.byService());
			addGroups(rows, "性別", s.byGender());
			addGroups(rows, "年齡層", s.byAgeBand());
			if (!rows.isEmpty()) {
				table("（三）分組滿意度", "SGRP", rows);
			}
			if (!s.trend().isEmpty()) {
				rows = new ArrayList<>();
				for (YearValue v : s.trend()) {
					rows.add(row(v.year() + " 年", percent(v.value()), (v.year() == d.rocYear()) ? "本年度" : ""));
				}
				table("（四）歷年整體滿意度", "TREND", rows);
			}
			if (s.comments().isEmpty()) {
				paragraph("（五）受訪者意見", "本調查無受訪者填寫意見。");
			}
			else {
				rows = new ArrayList<>();
				int k = 0;
				for (ReportData.Comment c : s.comments()) {
					rows.add(row(Integer.toString(++k), c.text(), count(c.count())));
				}
				table("（五）受訪者意見（電話、電子郵件、身分證字號及可辨識之姓名已遮蔽）", "CMT", rows);
			}
		}
	}

	private static void addGroups(List<List<String>> rows, String name, List<ReportData.Group> groups) {
		for (ReportData.Group g : groups) {
			rows.add(row(name, g.name(), count(g.respondents()), percent(g.satisfactionRate()), interval(g.wilson95())));
		}
	}

	// 伍

	private void cases(ReportData d) {
		section(SECTIONS[4], true);
		ReportData.Cases c = d.cases();
		if (c == null) {
			paragraph(null, "本年度未提供案件資料" + (d.casesReason() == null ? "" : "（" + d.casesReason() + "）") + "。");
			return;
		}
		paragraph(null, "全年受理 " + count(c.total()) + " 件，已結案 " + count(c.closed()) + " 件，其中於處理期限內結案 "
				+ count(c.onTime()) + " 件，準時結案率 " + percent(c.onTimeRate()) + "；結案案件平均處理 " + score(c.meanDays())
				+ " 日、中位數 " + score(c.medianDays()) + " 日。年底尚未結案 " + count(c.open()) + " 件，其中已逾處理期限 "
				+ c.overdueCount() + " 件。");
		List<List<String>> rows = new ArrayList<>();
		rows.add(row("全部", "全部案件", count(c.total()), count(c.closed()), count(c.onTime()), percent(c.onTimeRate()),
				score(c.meanDays()), score(c.medianDays()), count(c.overdueCount())));
		addCaseGroups(rows, "類型", c.byType());
		addCaseGroups(rows, "來源管道", c.byChannel());
		addCaseGroups(rows, "業務類別", c.byCategory());
		table("一、案件處理統計", "CGRP", rows);
		if (!c.overdue().isEmpty()) {
			rows = new ArrayList<>();
			for (ReportData.Overdue o : c.overdue()) {
				rows.add(row(o.id(), o.type(), nz(o.channel()), nz(o.category()), rocShortDate(o.received()),
						Integer.toString(o.limitDays()), rocShortDate(o.due()), count(o.daysOverdue())));
			}
			table("二、逾期未結案件（至年底）", "OVD", rows);
		}
		if (!c.trend().isEmpty()) {
			rows = new ArrayList<>();
			for (YearValue v : c.trend()) {
				rows.add(row(v.year() + " 年", percent(v.value()), (v.year() == d.rocYear()) ? "本年度" : ""));
			}
			table("三、歷年準時結案率", "TREND", rows);
		}
	}

	private static void addCaseGroups(List<List<String>> rows, String name, List<ReportData.CaseGroup> groups) {
		for (ReportData.CaseGroup g : groups) {
			rows.add(row(name, g.name(), count(g.total()), count(g.closed()), count(g.onTime()), percent(g.onTimeRate()),
					score(g.meanDays()), score(g.medianDays()), count(g.overdueCount())));
		}
	}

	// 陸

	private void review(ReportData d) {
		section(SECTIONS[5], true);
		ReportData.Review r = d.review();
		paragraph(null, "依本年度執行結果，下列事項未達預期，列為下一年度檢討改進之重點。判定基準：具體措施全年無執行紀錄；量化指標未達目標值；受測單位電話禮貌測試平均分數低於及格分數 "
				+ number(r.passThreshold()) + " 分；問卷題目滿意度低於目標 " + percent(r.satisfactionTarget()) + "。");
		int n = 0;
		for (FlagKind kind : FlagKind.values()) {
			List<Flag> flags = r.flags().stream().filter((f) -> f.kind() == kind).toList();
			String heading = ORDINALS[n++] + "、" + kind.label() + "（" + flags.size() + " 項）";
			if (flags.isEmpty()) {
				paragraph(heading, "無。");
			}
			else {
				table(heading, "FLAG", flags.stream().map((f) -> row(f.item(), f.detail())).toList());
			}
		}
	}

	private void dataQuality(ReportData d) {
		section(DATA_QUALITY, true);
		paragraph(null, "本報告依 " + d.rocYear() + " 年度匯入之原始資料產製。各資料檔之讀取列數 = 接受列數 + 剔除列數；"
				+ "剔除列之檔名、列號、欄位、內容與原因列於同一輸出資料夾之 rejects.csv。");
		List<List<String>> rows = new ArrayList<>();
		long read = 0;
		long accepted = 0;
		long rejected = 0;
		for (ReportData.FileRows f : d.rows()) {
			rows.add(row(fileLabel(f.file()), nz(f.source()), count(f.read()), count(f.accepted()), count(f.rejected())));
			read += f.read();
			accepted += f.accepted();
			rejected += f.rejected();
		}
		rows.add(row("合計", "", count(read), count(accepted), count(rejected)));
		table("各資料檔列數", "ROWS", rows);
		note("報告日期：" + rocDate(d.reportDate()) + "。百分比與分數四捨五入至小數第 1 位，Cronbach's α 至小數第 3 位。"
				+ "意見與案件內容中之電話號碼、電子郵件、身分證字號及可辨識之姓名已遮蔽，原始資料僅保存於資料庫。");
	}

	// building blocks

	private void section(String title, boolean newPage) {
		add("H1", nextGroup(), null, null, newPage, title, null, null);
	}

	private void paragraph(String heading, String text) {
		add("P", nextGroup(), heading, null, null, text, null, null);
	}

	private void note(String text) {
		add("NOTE", nextGroup(), null, null, null, text, null, null);
	}

	private void table(String heading, String layout, List<List<String>> rows) {
		int g = nextGroup();
		for (List<String> cells : rows) {
			add("ROW", g, heading, layout, null, null, cells, null);
		}
	}

	/** A line chart of scores by year; the axis spans the data with a margin, in steps of 5 (within 0-100). */
	private void scoreTrend(String title, String series, List<YearValue> values) {
		List<ChartPoint> chartPoints = new ArrayList<>();
		double min = 100;
		double max = 0;
		for (YearValue v : values) {
			chartPoints.add(new ChartPoint(series, v.year() + "年（" + score(v.value()) + "）", v.value(), score(v.value())));
			min = Math.min(min, v.value());
			max = Math.max(max, v.value());
		}
		double low = Math.max(0, Math.floor((min - 5) / 5) * 5);
		double high = Math.min(100, Math.ceil((max + 5) / 5) * 5);
		this.blocks.add(new Block("LINE", nextGroup(), null, null, null, null, null, null, null, title, chartPoints, low,
				Math.max(high, low + 5)));
	}

	private void chartPoints(String kind, String title, List<ChartPoint> chartPoints) {
		this.blocks.add(new Block(kind, nextGroup(), null, null, null, null, null, null, null, title, chartPoints, null,
				null));
	}

	private void add(String kind, Integer group, String heading, String layout, Boolean newPage, String text,
			List<String> cells, String branch) {
		this.blocks.add(new Block(kind, (group == null) ? nextGroup() : group, heading, layout, newPage, text, cells,
				branch, null, null, null, null, null));
	}

	private int nextGroup() {
		return ++this.group;
	}

	private static List<String> row(String... cells) {
		return Arrays.asList(cells);
	}

	private static String status(String status) {
		if (status == null) {
			return NONE;
		}
		return switch (status) {
			case "COMPLETED" -> "已完成";
			case "IN_PROGRESS" -> "執行中";
			case "NOT_STARTED" -> "未執行";
			default -> status;
		};
	}

	private static String change(double value, String unit) {
		return (value >= 0 ? "增加 " : "減少 ") + score(Math.abs(value)) + unit;
	}

	/** A margin of error as percentage points: 0.0517 → 5.2 個百分點 */
	private static String percentPoints(Double ratio) {
		return (ratio == null) ? NONE : tw.annualreport.figures.Rounding.percent(ratio, 1).toPlainString() + " 個百分點";
	}

	private static String interval(ReportData.Interval interval) {
		return (interval == null || interval.lower() == null) ? NONE
				: percent(interval.lower()) + "～" + percent(interval.upper());
	}

	private static String unit(ReportData.Indicator i) {
		if (i.unit() == null) {
			return "";
		}
		return "%".equals(i.unit()) ? "%" : " " + i.unit();
	}

	/** The Chinese name of a source file key (SPEC §3), with the key: 執行紀錄（executions）. */
	static String fileLabel(String file) {
		return tw.annualreport.source.SourceFile.displayName(file);
	}

	private static String nz(String text) {
		return (text == null) ? "" : text;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/** A ratio as a percentage for a chart axis (the printed label is formatted separately). */
	private static final class Rounding100 {

		static Double of(double ratio) {
			return tw.annualreport.figures.Rounding.percent(ratio, 1).doubleValue();
		}

	}

}
