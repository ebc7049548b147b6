package tw.annualreport.report.section;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import tw.annualreport.plan.PlanLevels;
import tw.annualreport.report.ReportData;
import tw.annualreport.report.ReportData.Execution;
import tw.annualreport.report.document.Align;
import tw.annualreport.report.document.Cell;
import tw.annualreport.report.document.Column;
import tw.annualreport.report.document.Kind;
import tw.annualreport.report.document.PdfDocument;
import tw.annualreport.report.document.PdfDocument.Measure;
import tw.annualreport.report.document.SheetLayout;
import tw.annualreport.report.document.Table;
import tw.annualreport.report.document.Workbook;
import tw.annualreport.summary.AgencySummary.Indicator;
import tw.annualreport.summary.AgencySummary.PlanNode;

import static tw.annualreport.report.ReportData.unitAfter;
import static tw.annualreport.report.ReportFormats.NONE;
import static tw.annualreport.report.ReportFormats.count;
import static tw.annualreport.report.ReportFormats.number;
import static tw.annualreport.report.ReportFormats.percent;
import static tw.annualreport.report.ReportFormats.rocShortDate;
import static tw.annualreport.report.section.Texts.blank;
import static tw.annualreport.report.section.Texts.growth;
import static tw.annualreport.report.section.Texts.nz;
import static tw.annualreport.report.section.Texts.status;

/**
 * 貳、各工作要項執行成果 (the plan's own level-1 name: 貳、各評核構面執行成果). The PDF nests the plan tree (each measure under the level-1 and level-2
 * nodes it starts, its execution records in one cell) and lists the indicators; the sheets hold
 * the tree flat with each node's indicator, and the execution records one a row. Wherever it names a
 * plan level (the title, the measures' caption, the paragraph, the sheet's name and headers) it says
 * what the agency's plan says ({@link PlanLevels}).
 */
final class PlanSection implements Section {

	static final String TITLE = title(PlanLevels.DEFAULT);

	/** A measure's cells, below its title (the caption's 項次 and name). */
	static final Table MEASURES = Table.of("plan.measures", Column.pdf("承辦單位", Kind.TEXT, Align.CENTER, 62),
			Column.pdf("辦理情形", Kind.TEXT, Align.CENTER, 48), Column.pdf("場次", Kind.COUNT, Align.RIGHT, 40),
			Column.pdf("人次", Kind.COUNT, Align.RIGHT, 50), Column.pdf("執行情形", Kind.TEXT, Align.LEFT, 315))
		.withHeaderHeight(18)
		.withCaption(caption(PlanLevels.DEFAULT));

	static final Table INDICATORS = Table.of("plan.indicators", Column.pdf("項次", Kind.TEXT, Align.CENTER, 36),
			Column.pdf("指標", Kind.TEXT, Align.LEFT, 159), Column.pdf("單位", Kind.TEXT, Align.CENTER, 30),
			Column.pdf("目標值", Kind.NUMBER, Align.RIGHT, 42), Column.pdf("實績", Kind.NUMBER, Align.RIGHT, 42),
			Column.pdf("達成率", Kind.PERCENT, Align.RIGHT, 44), Column.pdf("前一年度", Kind.NUMBER, Align.RIGHT, 44),
			Column.pdf("成長率", Kind.TEXT, Align.RIGHT, 78), Column.pdf("達成", Kind.TEXT, Align.CENTER, 40));

	static final Table TREE = Table.of("plan.tree", Column.sheet("項次", Kind.TEXT, 55), Column.sheet("層級", Kind.TEXT, 70),
			Column.sheet("名稱", Kind.TEXT, 380), Column.sheet("承辦單位", Kind.TEXT, 110), Column.sheet("完成期限", Kind.TEXT, 90),
			Column.sheet("辦理情形", Kind.TEXT, 70),
			Column.sheet("措施數", Kind.COUNT, 60), Column.sheet("已完成", Kind.COUNT, 60), Column.sheet("完成率", Kind.PERCENT, 70),
			Column.sheet("場次", Kind.COUNT, 60), Column.sheet("人次", Kind.COUNT, 70), Column.sheet("指標", Kind.TEXT, 180),
			Column.sheet("指標單位", Kind.TEXT, 60), Column.sheet("目標值", Kind.NUMBER, 75), Column.sheet("實績", Kind.NUMBER, 75),
			Column.sheet("達成率", Kind.PERCENT, 70), Column.sheet("前一年度", Kind.NUMBER, 75),
			Column.sheet("成長率", Kind.PERCENT, 70));

	static final Table EXECUTIONS = Table.of("plan.executions", Column.sheet("措施項次", Kind.TEXT, 70),
			Column.sheet("執行日期", Kind.DATE, 80), Column.sheet("執行情形", Kind.TEXT, 420),
			Column.sheet("承辦單位", Kind.TEXT, 100), Column.sheet("狀態", Kind.TEXT, 70), Column.sheet("場次", Kind.COUNT, 60),
			Column.sheet("人次", Kind.COUNT, 70));

	static final SheetLayout TREE_SHEET = SheetLayout.of("plan", treeSheetName(PlanLevels.DEFAULT), TREE);

	static final String EXECUTIONS_SHEET_NAME = "貳、執行紀錄";

	static final SheetLayout EXECUTIONS_SHEET = SheetLayout.of("executions", EXECUTIONS_SHEET_NAME, EXECUTIONS);

	/** What an indicator without an actual says, in place of 「實績 —，達成率 —」. */
	static final String NO_ACTUAL = "尚無實績";

	/** The execution records of a measure the PDF prints: the newest ones; the sheet holds them all. */
	static final int PRINTED_EXECUTIONS = 5;

	/** The most characters of a record's 執行情形 the PDF prints; the sheet holds the whole text. */
	static final int PRINTED_TEXT = 90;

	@Override
	public Definition definition() {
		return new Definition(TITLE, List.of(MEASURES, INDICATORS), List.of(TREE_SHEET, EXECUTIONS_SHEET));
	}

	@Override
	public String title(ReportData d) {
		return title(d.levels());
	}

	/** 「貳、各工作要項執行成果」. */
	private static String title(PlanLevels levels) {
		return "貳、各" + levels.first() + "執行成果";
	}

	/** 「項次　工作要項／工作重點／具體措施」: the measures' caption, over the level-1 and level-2 lines and each measure's title. */
	private static String caption(PlanLevels levels) {
		return "項次　" + levels.printed();
	}

	/** 「貳、各工作要項」. */
	private static String treeSheetName(PlanLevels levels) {
		return "貳、各" + levels.first();
	}

	/** The tree sheet's headers: 名稱 gives the three levels' names, 措施數 the measures'. */
	static List<String> treeHeaders(PlanLevels levels) {
		List<String> headers = new ArrayList<>(TREE.headers());
		headers.set(headers.indexOf("名稱"), levels.printed());
		headers.set(headers.indexOf("措施數"), levels.measures() + "數");
		return headers;
	}

	/** The execution sheet's headers: 措施項次 names the measures as the plan does. */
	static List<String> executionHeaders(PlanLevels levels) {
		List<String> headers = new ArrayList<>(EXECUTIONS.headers());
		headers.set(headers.indexOf("措施項次"), levels.measures() + "項次");
		return headers;
	}

	@Override
	public void writePdf(ReportData d, PdfDocument pdf) {
		PlanLevels levels = d.levels();
		pdf.paragraph(null, "下表依工作計畫之架構列出各" + levels.measures() + "之承辦單位、辦理情形、場次、人次與執行情形。辦理情形依執行紀錄判定：任一紀錄為已完成者為「已完成」，"
				+ "有紀錄而未完成者為「執行中」，全年無紀錄者為「未執行」；場次、人次為執行紀錄之合計，上層項目為所屬" + levels.measures() + "之合計。");
		List<Measure> measures = new ArrayList<>();
		String pending1 = null;
		String pending2 = null;
		for (PlanNode row : d.plan()) {
			if (!row.leaf()) {
				String line = numbered(row) + "\n" + levels.measures() + " " + row.leaves() + " 項，已完成 " + row.completed()
						+ " 項（" + percent(row.completionRate()) + "）；場次 " + count(row.sessions()) + "、人次 "
						+ count(row.participants()) + (blank(row.units()) ? "" : "；承辦單位：" + row.units())
						+ (blank(row.due()) ? "" : "；完成期限：" + row.due());
				if (row.level() == 1) {
					pending1 = line;
					pending2 = null;
				}
				else {
					pending2 = line;
				}
				continue;
			}
			measures.add(new Measure(pending1, pending2, numbered(row) + (blank(row.due()) ? "" : "（完成期限：" + row.due() + "）"), MEASURES.row(nz(row.units()),
					status(row.status()), row.sessions(), row.participants(), executions(d, row))));
			pending1 = null;
			pending2 = null;
		}
		pdf.measures("一、各" + levels.first() + "執行情形", MEASURES, caption(levels), measures);
		if (!d.summary().indicators().isEmpty()) {
			List<List<Cell>> rows = new ArrayList<>();
			for (Indicator i : d.summary().indicators()) {
				rows.add(INDICATORS.row(d.reference(i.code()), indicatorName(i), nz(i.unit()), i.target(), figure(i, i.actual()),
						i.achievement(), figure(i, i.previous()), growth(i), met(i)));
			}
			pdf.table("二、量化指標達成情形", INDICATORS, rows);
			pdf.note("達成率：指標越高越好者為實績 ÷ 目標值，越低越好者為目標值 ÷ 實績；成長率 =（實績 − 前一年度）÷ 前一年度，"
					+ "低者為佳之指標其成長率為負表示進步。" + computedNote(d));
		}
	}

	/**
	 * A node as the plan prints it: its own numbering (「一、」, 「(二)」, 「3、」), none for a row the plan
	 * leaves unnumbered; a numbering that is a word (「整體評核構面」) is set off by 「：」.
	 */
	static String numbered(PlanNode row) {
		String label = row.label();
		if (blank(label)) {
			return row.title();
		}
		int last = label.codePointBefore(label.length());
		return label + (Character.isIdeographic(last) ? "：" : "") + row.title();
	}

	/** 達成 or 未達成; without an actual, 尚無實績 (or 無法計算 for a computed one). */
	private static String met(Indicator i) {
		if (i.actual() == null) {
			return i.computed() ? "無法計算" : NO_ACTUAL;
		}
		return (i.targetMet() == null) ? NONE : (i.targetMet() ? "達成" : "未達成");
	}

	/**
	 * What ＊ means: an actual from the report's own figures (參、肆、伍), or the measure's own
	 * 場次/人次 as the table above sums them.
	 */
	private static String computedNote(ReportData d) {
		List<String> from = new ArrayList<>();
		if (d.summary().indicators().stream().anyMatch((i) -> i.computed() && !i.ofMeasure())) {
			from.add("本報告之統計（參、電話禮貌測試，肆、滿意度調查，伍、案件處理情形）");
		}
		if (d.summary().indicators().stream().anyMatch(Indicator::ofMeasure)) {
			from.add("該" + d.levels().measures() + "執行紀錄之場次或人次合計（同一、各" + d.levels().first() + "執行情形）");
		}
		return from.isEmpty() ? "" : "標示＊者之實績取自" + String.join("或", from) + "，非執行紀錄填報之指標實績。";
	}

	/** The indicator's name; ＊ marks an actual taken from the report's own figures (指標來源). */
	private static String indicatorName(Indicator i) {
		return (i.computed() ? "＊" : "") + i.name() + (i.lowerIsBetter() ? "（低者為佳）" : "");
	}

	/**
	 * An actual or previous year's value: of a computed indicator with one decimal, as 參、肆、伍 print
	 * the figure; of a reported one as typed.
	 */
	private static Object figure(Indicator i, Double value) {
		return (i.computed() && !i.ofMeasure()) ? Cell.score(value) : value;
	}

	/**
	 * 「，實績 80.8%（本報告統計），達成率 89.8%」; a computed actual that could not be computed refers to
	 * 陸; a missing one says so, without an empty 達成率.
	 */
	private static String actualLine(Indicator i) {
		if (i.computed() && i.actual() == null) {
			return "，實績無法計算（原因見陸、檢討與改進）";
		}
		if (i.actual() == null) {
			return "，" + NO_ACTUAL;
		}
		String from = i.ofMeasure() ? "（" + i.ownFigure() + "合計）" : "（本報告統計）";
		return "，實績 " + ReportData.actualText(i) + unitAfter(i) + (i.computed() ? from : "") + "，達成率 "
				+ percent(i.achievement());
	}

	/**
	 * A measure's execution records: a summary line first (辦理 N 次, its 場次 and 人次, the period),
	 * then the newest {@link #PRINTED_EXECUTIONS} records' own text (in date order, each at most
	 * {@link #PRINTED_TEXT} characters, shortened only at the end of a sentence or clause), then its
	 * indicator line. The sheet 「貳、執行紀錄」 holds every record in full, so the report stays
	 * readable whatever the number of records.
	 */
	private static String executions(ReportData d, PlanNode row) {
		StringBuilder text = new StringBuilder();
		List<Execution> all = d.executions(row.code());
		int earlier = Math.max(0, all.size() - PRINTED_EXECUTIONS);
		if (!all.isEmpty()) {
			text.append(summaryLine(all, earlier));
		}
		for (Execution e : all.subList(earlier, all.size())) {
			text.append('\n').append(rocShortDate(e.date()));
			if (!blank(e.unit())) {
				text.append("（").append(e.unit()).append("）");
			}
			text.append(blank(e.description()) ? "" : shortened(e.description(), PRINTED_TEXT));
			if (e.sessions() > 0 || e.participants() > 0) {
				text.append("〔").append(e.sessions()).append(" 場次、").append(count(e.participants())).append(" 人次〕");
			}
		}
		Indicator i = d.indicator(row.code());
		if (i != null) {
			if (text.length() > 0) {
				text.append('\n');
			}
			text.append("【指標】").append(i.name()).append("：目標 ").append(number(i.target())).append(unitAfter(i))
				.append(actualLine(i));
		}
		return (text.length() == 0) ? "（無執行紀錄）" : text.toString();
	}

	/**
	 * 「辦理 7 次，計 12 場次、350 人次（113/01/10～113/12/05）；列出最近 5 次，較早 2 次詳見試算表「貳、執行紀錄」。」
	 */
	static String summaryLine(List<Execution> all, int earlier) {
		long sessions = all.stream().mapToLong(Execution::sessions).sum();
		long participants = all.stream().mapToLong(Execution::participants).sum();
		String first = rocShortDate(all.get(0).date());
		String last = rocShortDate(all.get(all.size() - 1).date());
		StringBuilder line = new StringBuilder("辦理 ").append(count(all.size())).append(" 次，計 ").append(count(sessions))
			.append(" 場次、").append(count(participants)).append(" 人次（").append(first.equals(last) ? first : first + "～" + last)
			.append("）");
		if (earlier > 0) {
			line.append("；列出最近 ").append(PRINTED_EXECUTIONS).append(" 次，較早 ").append(count(earlier))
				.append(" 次詳見試算表「").append(EXECUTIONS_SHEET_NAME).append("」");
		}
		return line.append("：").toString();
	}

	/**
	 * A text of at most {@code limit} characters: whole, or up to the last end of a sentence or
	 * clause (。；，、) or a space within the limit, with 「…」; never cut inside a word. A text without any such
	 * place within the limit is printed whole.
	 */
	static String shortened(String text, int limit) {
		if (text.length() <= limit) {
			return text;
		}
		int sentence = lastIndexOfAny(text, "。！？；", limit);
		if (sentence >= limit / 2) {
			return text.substring(0, sentence + 1) + "…";
		}
		int clause = lastIndexOfAny(text, "，、： 　", limit);
		return (clause > 0) ? text.substring(0, clause) + "…" : text;
	}

	private static int lastIndexOfAny(String text, String marks, int limit) {
		for (int i = Math.min(limit, text.length()) - 1; i >= 0; i--) {
			if (marks.indexOf(text.charAt(i)) >= 0) {
				return i;
			}
		}
		return -1;
	}

	@Override
	public void writeSheets(ReportData d, Workbook workbook) {
		List<List<Cell>> tree = new ArrayList<>();
		for (PlanNode r : d.plan()) {
			List<Object> cells = new ArrayList<>(Arrays.asList(r.code(), d.levels().name(r.level()),
					"　".repeat(r.level() - 1) + numbered(r), nz(r.units()), nz(r.due()), r.leaf() ? status(r.status()) : "", r.leaves(), r.completed()));
			cells.add(r.completionRate());
			cells.addAll(List.of(r.sessions(), r.participants()));
			Indicator i = d.indicator(r.code());
			if (i != null) {
				cells.addAll(Arrays.asList(i.name() + (i.lowerIsBetter() ? "（低者為佳）" : ""), nz(i.unit())));
				cells.addAll(Arrays.asList(i.target(), figure(i, i.actual()), i.achievement(), figure(i, i.previous()),
						i.yoyGrowth()));
			}
			tree.add(TREE.row(cells.toArray()));
		}
		workbook.sheet(TREE_SHEET, treeSheetName(d.levels()), title(d)).head(TREE, treeHeaders(d.levels())).rows(TREE, tree);

		List<List<Cell>> executions = new ArrayList<>();
		for (PlanNode r : d.plan()) {
			for (Execution e : d.executions(r.code())) {
				executions.add(EXECUTIONS.row(r.code(), e.date(), nz(e.description()), nz(e.unit()), status(e.status()),
						e.sessions(), e.participants()));
			}
		}
		workbook.sheet(EXECUTIONS_SHEET, EXECUTIONS_SHEET_NAME).head(EXECUTIONS, executionHeaders(d.levels())).rows(EXECUTIONS, executions);
	}

}
