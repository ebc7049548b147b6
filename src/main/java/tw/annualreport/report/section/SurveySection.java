package tw.annualreport.report.section;

import java.util.ArrayList;
import java.util.List;

import tw.annualreport.figures.Interval;
import tw.annualreport.figures.Rounding;
import tw.annualreport.figures.SurveyStatistics;
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
import tw.annualreport.summary.AgencySummary.Survey;
import tw.annualreport.summary.AgencySummary.YearValue;
import tw.annualreport.summary.KeyFigures;

import static tw.annualreport.report.ReportFormats.NONE;
import static tw.annualreport.report.ReportFormats.alpha;
import static tw.annualreport.report.ReportFormats.count;
import static tw.annualreport.report.ReportFormats.percent;
import static tw.annualreport.report.section.Texts.nz;
import static tw.annualreport.report.section.Texts.percentPoints;
import static tw.annualreport.report.section.Texts.rateChange;

/**
 * 肆、滿意度調查結果, per survey: its sampling statement, the dimensions (chart and table), the
 * questions, the breakdowns, the trend and the masked comments. The PDF shows a 95% interval as
 * one text; the sheet gives its bounds as numbers.
 */
final class SurveySection implements Section {

	static final String TITLE = "肆、滿意度調查結果";

	static final String SMALL_SAMPLE = "樣本數較少，僅供參考";

	private static final String[] ANSWERS = { "非常不滿意", "不滿意", "普通", "滿意", "非常滿意" };

	static final Table DIMENSIONS = Table.of("survey.dimensions", Column.pdf("構面", Kind.TEXT, Align.LEFT, 135),
			Column.pdf("題數", Kind.INTEGER, Align.RIGHT, 50), Column.pdf("平均數", Kind.SCORE, Align.RIGHT, 70),
			Column.pdf("滿意度", Kind.PERCENT, Align.RIGHT, 80), Column.pdf("95% 信賴區間", Kind.TEXT, Align.CENTER, 180));

	/** The answer columns as wide as their headers need, so 「非常不滿意」 stays on one line. */
	static final Table QUESTIONS = Table.of("survey.questions", Column.pdf("題號", Kind.INTEGER, Align.CENTER, 30),
			Column.pdf("題目", Kind.TEXT, Align.LEFT, 163), Column.pdf("有效", Kind.COUNT, Align.RIGHT, 36),
			Column.pdf(ANSWERS[0], Kind.COUNT, Align.RIGHT, 50), Column.pdf(ANSWERS[1], Kind.COUNT, Align.RIGHT, 38),
			Column.pdf(ANSWERS[2], Kind.COUNT, Align.RIGHT, 36), Column.pdf(ANSWERS[3], Kind.COUNT, Align.RIGHT, 36),
			Column.pdf(ANSWERS[4], Kind.COUNT, Align.RIGHT, 44), Column.pdf("平均數", Kind.SCORE, Align.RIGHT, 40),
			Column.pdf("滿意度", Kind.PERCENT, Align.RIGHT, 42));

	static final Table GROUPS = Table.of("survey.groups", Column.pdf("分組", Kind.TEXT, Align.CENTER, 60),
			Column.pdf("類別", Kind.TEXT, Align.LEFT, 100), Column.pdf("樣本數", Kind.COUNT, Align.RIGHT, 50),
			Column.pdf("滿意度", Kind.PERCENT, Align.RIGHT, 60), Column.pdf("95% 信賴區間", Kind.TEXT, Align.CENTER, 110),
			Column.pdf("說明", Kind.TEXT, Align.LEFT, 135));

	static final Table COMMENTS = Table.of("survey.comments", Column.pdf("序", Kind.INTEGER, Align.CENTER, 40),
			Column.pdf("意見內容（個人資料已遮蔽）", Kind.TEXT, Align.LEFT, 405), Column.pdf("則數", Kind.COUNT, Align.RIGHT, 70));

	/** The 數值 column holds counts unless a row says otherwise. */
	static final Table FACTS = Table.of("survey.facts", Column.sheet("", Kind.TEXT), Column.sheet("項目", Kind.TEXT),
			Column.sheet("數值", Kind.COUNT));

	static final Table DIMENSION_RATES = Table.of("survey.dimensionRates", Column.sheet("", Kind.TEXT),
			Column.sheet("構面", Kind.TEXT), Column.sheet("題數", Kind.COUNT), Column.sheet("平均數", Kind.SCORE),
			Column.sheet("滿意度", Kind.PERCENT), Column.sheet("信賴區間下限", Kind.PERCENT), Column.sheet("信賴區間上限", Kind.PERCENT));

	/** Sets the sheet's column widths. */
	static final Table ANSWER_COUNTS = Table.of("survey.answerCounts", Column.sheet("題號", Kind.COUNT, 70),
			Column.sheet("題目", Kind.TEXT, 320), Column.sheet("構面", Kind.TEXT, 95), Column.sheet("有效份數", Kind.COUNT, 70),
			Column.sheet(ANSWERS[0], Kind.COUNT, 70), Column.sheet(ANSWERS[1], Kind.COUNT, 70),
			Column.sheet(ANSWERS[2], Kind.COUNT, 70), Column.sheet(ANSWERS[3], Kind.COUNT, 70),
			Column.sheet(ANSWERS[4], Kind.COUNT, 70), Column.sheet("平均數", Kind.SCORE, 70), Column.sheet("滿意度", Kind.PERCENT, 70));

	static final Table GROUP_RATES = Table.of("survey.groupRates", Column.sheet("分組", Kind.TEXT), Column.sheet("類別", Kind.TEXT),
			Column.sheet("樣本數", Kind.COUNT), Column.sheet("滿意度", Kind.PERCENT), Column.sheet("信賴區間下限", Kind.PERCENT),
			Column.sheet("信賴區間上限", Kind.PERCENT), Column.sheet("說明", Kind.TEXT));

	static final Table YEARS = Table.of("survey.years", Column.sheet("", Kind.TEXT), Column.sheet("年度", Kind.TEXT),
			Column.sheet("整體滿意度", Kind.PERCENT));

	static final Table COMMENT_COUNTS = Table.of("survey.commentCounts", Column.sheet("序", Kind.COUNT),
			Column.sheet("受訪者意見（個人資料已遮蔽）", Kind.TEXT), Column.sheet("則數", Kind.COUNT));

	static final SheetLayout SHEET = SheetLayout.of("survey", "肆、滿意度調查", ANSWER_COUNTS, FACTS, DIMENSION_RATES,
			GROUP_RATES, YEARS, COMMENT_COUNTS);

	@Override
	public Definition definition() {
		return new Definition(TITLE, List.of(DIMENSIONS, QUESTIONS, GROUPS, YearTrend.TABLE, COMMENTS), List.of(SHEET));
	}

	@Override
	public void writePdf(ReportData d, PdfDocument pdf) {
		if (d.summary().surveys().isEmpty()) {
			pdf.paragraph(null, "本年度無滿意度調查資料。");
			return;
		}
		int n = 0;
		for (Survey s : d.summary().surveys()) {
			pdf.paragraph(Texts.ordinal(n++) + s.title(), statement(s));
			if (!s.dimensions().isEmpty()) {
				List<ChartPoint> bars = new ArrayList<>();
				s.dimensions().forEach((dim) -> bars.add(new ChartPoint("滿意度（%）", dim.name(),
						(dim.satisfactionRate() == null) ? null : Rounding.percent(dim.satisfactionRate(), 1).doubleValue(),
						percent(dim.satisfactionRate()))));
				pdf.barChart(s.title() + "：各構面滿意度（%）", bars);
				pdf.table("（一）各構面滿意度", DIMENSIONS, s.dimensions()
					.stream()
					.map((dim) -> DIMENSIONS.row(dim.name(), dim.questions().size(), dim.mean(), dim.satisfactionRate(),
							interval(dim.interval95())))
					.toList());
				pdf.note(dimensionNote(s));
			}
			List<List<Cell>> rows = new ArrayList<>();
			for (AgencySummary.Question q : s.questions()) {
				rows.add(QUESTIONS.row(answers(q, q.no(), q.text() + (q.overall() ? "（整體題）" : ""), q.valid())));
			}
			pdf.table("（二）各題填答分布與滿意度", QUESTIONS, rows);
			pdf.note("滿意度 = 回答「滿意」或「非常滿意」之份數 ÷ 該題有效份數（不含未填答及不適用）；平均數以 1（非常不滿意）至 5（非常滿意）計。");
			rows = new ArrayList<>();
			for (Group g : groups(s)) {
				rows.add(GROUPS.row(g.name(), g.group().name(), g.group().respondents(), g.group().satisfactionRate(),
						groupInterval(g.group()), g.group().smallSample() ? SMALL_SAMPLE : nz(g.group().interval95Reason())));
			}
			if (!rows.isEmpty()) {
				pdf.table("（三）分組滿意度", GROUPS, rows);
				pdf.note(groupsNote(s));
			}
			List<YearValue> trend = d.trend(KeyFigures.surveyRate(s.code()));
			if (!trend.isEmpty()) {
				pdf.table("（四）歷年整體滿意度", YearTrend.TABLE, YearTrend.rows(trend, d.rocYear()));
			}
			if (d.comments(s.code()).isEmpty()) {
				pdf.paragraph("（五）受訪者意見", "本調查無受訪者填寫意見。");
			}
			else {
				pdf.table("（五）受訪者意見（電話、電子郵件、身分證字號及可辨識之姓名已遮蔽）", COMMENTS, comments(COMMENTS, d.comments(s.code())));
			}
		}
	}

	/**
	 * The sampling statement: n, the margin of error, the overall rate with its interval and change, α.
	 * The margin of error is the worst case (p = 50 %) of a sample of n; the interval is the observed
	 * rate's, so the two differ: the text says what each is computed from.
	 */
	private static String statement(Survey s) {
		StringBuilder text = new StringBuilder();
		text.append("調查對象為").append(s.audienceLabel()).append("，有效樣本 n＝").append(count(s.respondents())).append(" 份");
		if (s.population() != null) {
			text.append("（母體 ").append(count(s.population())).append(" 人）");
		}
		text.append("。在 95% 信心水準下，抽樣誤差為 ±").append(percentPoints(s.samplingError())).append("（依樣本數 n，以滿意比例 50% 之最大誤差估計");
		text.append(s.samplingErrorPopulationCorrected() ? "；已作有限母體校正" : "").append("）。");
		if (s.samplingErrorNote() != null) {
			text.append(s.samplingErrorNote()).append("。");
		}
		text.append("整體滿意度（").append(s.overallQuestionAsked() ? "整體滿意度題" : "全部題目合併計算").append("）為 ")
			.append(percent(s.satisfactionRate()));
		if (s.interval95() == null) {
			text.append("，95% 信賴區間無法估計（").append(nz(s.interval95Reason())).append("）");
		}
		else {
			text.append("，依實際填答估計之 95% 信賴區間為 ").append(interval(s.interval95())).append("（");
			if (s.interval95().method() == Interval.Method.CLUSTER) {
				text.append("以 ").append(count(s.respondents())).append(" 位受訪者為計算單位，同一人各題之回答不視為獨立樣本")
					.append(s.samplingErrorPopulationCorrected() ? "；已作有限母體校正" : "");
			}
			else {
				text.append(s.overallQuestionAsked() ? "本題" : "").append("有效回答 ").append(count(s.valid())).append(" 份");
			}
			text.append("）");
		}
		text.append((s.rateChange() == null) ? "。"
				: "；前一年度 " + percent(s.previousRate()) + "，" + rateChange(s.previousRate(), s.satisfactionRate()) + "。");
		text.append("信度 Cronbach's α ");
		text.append((s.cronbachAlpha() == null) ? "無法計算（" + nz(s.cronbachAlphaReason()) + "）。"
				: "= " + alpha(s.cronbachAlpha()) + "（依全部題目皆有效作答之 " + count(s.cronbachRespondents()) + " 份計算）。");
		return text.toString();
	}

	@Override
	public void writeSheets(ReportData d, Workbook workbook) {
		Workbook.Rows sheet = workbook.sheet(SHEET, TITLE);
		boolean first = true;
		for (Survey s : d.summary().surveys()) {
			if (!first) {
				sheet.blank();
			}
			first = false;
			sheet.title(s.title() + "（" + s.audienceLabel() + "）");
			List<List<Cell>> facts = new ArrayList<>();
			facts.add(FACTS.row("", "有效樣本（份）", s.respondents()));
			if (s.population() != null) {
				facts.add(FACTS.row("", "母體數", s.population()));
			}
			facts.add(FACTS.row("", "整體滿意度", Cell.percent(s.satisfactionRate())));
			facts.add(FACTS.row("", "95% 信賴區間下限", Cell.percent(lower(s.interval95()))));
			facts.add(FACTS.row("", "95% 信賴區間上限", Cell.percent(upper(s.interval95()))));
			facts.add(FACTS.row("", "抽樣誤差（95% 信心水準）", Cell.percent(s.samplingError())));
			facts.add(FACTS.row("", "Cronbach's α", Cell.alpha(s.cronbachAlpha())));
			facts.add(FACTS.row("", "前一年度整體滿意度", Cell.percent(s.previousRate())));
			sheet.table(FACTS, facts).blank();
			sheet.table(DIMENSION_RATES, s.dimensions()
				.stream()
				.map((dim) -> DIMENSION_RATES.row("", dim.name(), dim.questions().size(), dim.mean(), dim.satisfactionRate(),
						lower(dim.interval95()), upper(dim.interval95())))
				.toList());
			sheet.blank();
			sheet.table(ANSWER_COUNTS, s.questions()
				.stream()
				.map((q) -> ANSWER_COUNTS.row(answers(q, q.no(), q.text() + (q.overall() ? "（整體題）" : ""), nz(q.dimension()),
						q.valid())))
				.toList());
			if (!groups(s).isEmpty()) {
				sheet.blank();
				sheet.table(GROUP_RATES, groups(s).stream()
					.map((g) -> GROUP_RATES.row(g.name(), g.group().name(), g.group().respondents(),
							g.group().satisfactionRate(), lower(g.group().interval95()), upper(g.group().interval95()),
							groupNote(g.group())))
					.toList());
			}
			List<YearValue> trend = d.trend(KeyFigures.surveyRate(s.code()));
			if (!trend.isEmpty()) {
				sheet.blank();
				sheet.table(YEARS, trend.stream().map((v) -> YEARS.row("", v.year() + " 年", v.value())).toList());
			}
			sheet.blank();
			sheet.table(COMMENT_COUNTS, comments(COMMENT_COUNTS, d.comments(s.code())));
		}
		if (d.summary().surveys().isEmpty()) {
			sheet.table(FACTS, List.of(FACTS.row("", "本年度無滿意度調查資料", "")));
		}
	}

	/** A question's leading cells, then its five answer counts (「—」 when missing), mean and rate. */
	private static Object[] answers(AgencySummary.Question q, Object... leading) {
		List<Object> cells = new ArrayList<>(List.of(leading));
		for (int k = 0; k < ANSWERS.length; k++) {
			cells.add((k < q.distribution().size()) ? q.distribution().get(k) : null);
		}
		cells.add(q.mean());
		cells.add(q.satisfactionRate());
		return cells.toArray();
	}

	/** The survey's breakdowns: by service, gender and age band, each group with its breakdown's name. */
	private static List<Group> groups(Survey s) {
		List<Group> groups = new ArrayList<>();
		s.byService().forEach((g) -> groups.add(new Group("服務項目", g)));
		s.byGender().forEach((g) -> groups.add(new Group("性別", g)));
		s.byAgeBand().forEach((g) -> groups.add(new Group("年齡層", g)));
		return groups;
	}

	private record Group(String name, AgencySummary.Group group) {
	}

	/** The comments, numbered, with how many respondents wrote each. */
	private static List<List<Cell>> comments(Table table, List<ReportData.Comment> comments) {
		List<List<Cell>> rows = new ArrayList<>();
		int k = 0;
		for (ReportData.Comment c : comments) {
			rows.add(table.row(++k, c.text(), c.count()));
		}
		return rows;
	}

	/** How the dimensions' intervals are estimated. */
	private static String dimensionNote(Survey s) {
		boolean single = s.dimensions().stream().anyMatch((dim) -> dim.questions().size() == 1);
		return "構面滿意度為該構面各題合併計算；其 95% 信賴區間以受訪者為計算單位估計，同一人各題之回答不視為獨立樣本"
				+ (s.samplingErrorPopulationCorrected() ? "（已作有限母體校正）" : "")
				+ (single ? "；僅 1 題之構面依該題有效回答估計。" : "。");
	}

	/** How the groups' intervals are estimated, and the marks of small groups. */
	private static String groupsNote(Survey s) {
		return (s.overallQuestionAsked() ? "分組滿意度依整體滿意度題計算，信賴區間依該題有效回答估計"
				: "分組滿意度為全部題目合併計算，信賴區間以受訪者為計算單位估計")
				+ (s.samplingErrorPopulationCorrected() ? "（分組未作有限母體校正）" : "") + "。樣本數未滿 " + SurveyStatistics.SMALL_GROUP + " 人之分組標示「" + SMALL_SAMPLE
				+ "」，未滿 " + SurveyStatistics.GROUP_WITHOUT_INTERVAL + " 人者不估計信賴區間。";
	}

	/** A group's interval for the PDF; under 10 respondents 「—（未滿 10 人）」. */
	private static String groupInterval(AgencySummary.Group group) {
		if (group.interval95() == null && group.respondents() < SurveyStatistics.GROUP_WITHOUT_INTERVAL) {
			return NONE + "（未滿 " + SurveyStatistics.GROUP_WITHOUT_INTERVAL + " 人）";
		}
		return interval(group.interval95());
	}

	/** 「樣本數較少，僅供參考」 under 30 respondents; under 10 also that there is no interval. */
	private static String groupNote(AgencySummary.Group group) {
		if (!group.smallSample()) {
			return nz(group.interval95Reason());
		}
		return SMALL_SAMPLE + ((group.interval95() == null) ? "；不估計信賴區間" : "");
	}

	private static String interval(AgencySummary.Interval interval) {
		return (interval == null) ? NONE : percent(interval.lower()) + "～" + percent(interval.upper());
	}

	/** An interval's bounds for a sheet; {@code null} (「—」) when there is none. */
	private static Double lower(AgencySummary.Interval interval) {
		return (interval == null) ? null : interval.lower();
	}

	private static Double upper(AgencySummary.Interval interval) {
		return (interval == null) ? null : interval.upper();
	}

}
