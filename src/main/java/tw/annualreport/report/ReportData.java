package tw.annualreport.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import tw.annualreport.figures.MeasureStatus;
import tw.annualreport.improvement.Improvement;
import tw.annualreport.privacy.MaskedCopy;
import tw.annualreport.privacy.NotPersonal;
import tw.annualreport.plan.PlanLevels;
import tw.annualreport.summary.AgencySummary;
import tw.annualreport.summary.AgencySummary.Indicator;
import tw.annualreport.summary.AgencySummary.PlanNode;
import tw.annualreport.summary.AgencySummary.YearValue;

/**
 * Everything the year-end report shows: the stored summary of an agency-year (the figures, as in
 * summary.json: unrounded, {@code null} when they cannot be computed) and what only the report
 * needs, read from its published import and the settings. Every text is masked
 * ({@link MaskedCopy}) except the components marked {@link NotPersonal}.
 *
 * @param reportDate the date printed on the cover (shown in ROC form)
 * @param contact the contact line of the cover, the agency's own contact for readers of the report, printed as
 * typed; blank when none is configured
 * @param levels the names of the plan's levels (層級名稱), wherever the report names a level
 * @param executions the execution records of each measure, by measure code, in date order
 * @param comments the respondents' comments of each survey, by survey code
 * @param unprintable characters of the data that no report font can print, listed in 資料品質說明
 * @param problems the lines of rejects.csv (rejected rows and warnings): 0 when it is not written
 */
public record ReportData(AgencySummary summary, LocalDate reportDate, @NotPersonal String contact,
		@NotPersonal PlanLevels levels, Map<String, List<Execution>> executions, Map<String, List<Comment>> comments,
		Review review, List<Unprintable> unprintable, long problems) {

	/** 「113年度提升服務成果報告」. */
	public String title() {
		return rocYear() + "年度提升服務成果報告";
	}

	public String agencyCode() {
		return this.summary.agency().code();
	}

	public String agencyName() {
		return this.summary.agency().name();
	}

	public String parentName() {
		return this.summary.agency().parentName();
	}

	public int rocYear() {
		return this.summary.year();
	}

	/** The plan tree in reading order. */
	public List<PlanNode> plan() {
		return this.summary.tree();
	}

	/** Sessions of the whole plan: the sum of its level-1 nodes. */
	public long sessions() {
		return plan().stream().filter((n) -> n.level() == 1).mapToLong(PlanNode::sessions).sum();
	}

	/** Participants of the whole plan: the sum of its level-1 nodes. */
	public long participants() {
		return plan().stream().filter((n) -> n.level() == 1).mapToLong(PlanNode::participants).sum();
	}

	/** The execution records of a measure, oldest first. */
	public List<Execution> executions(String measureCode) {
		return this.executions.getOrDefault(measureCode, List.of());
	}

	/** How the report refers to a plan node: 「二(一)2」 ({@link AgencySummary#reference}). */
	public String reference(String code) {
		return this.summary.reference(code);
	}

	/** The indicator of a plan node, or null. */
	public Indicator indicator(String code) {
		return this.summary.indicators().stream().filter((i) -> i.code().equals(code)).findFirst().orElse(null);
	}

	/** The comments of a survey, each text once. */
	public List<Comment> comments(String surveyCode) {
		return this.comments.getOrDefault(surveyCode, List.of());
	}

	/** A key figure's values over the years, oldest first ({@code KeyFigures}). */
	public List<YearValue> trend(String metric) {
		return this.summary.trends().getOrDefault(metric, List.of());
	}

	/**
	 * An indicator's actual as printed: a computed one with one decimal, as the figure it repeats is
	 * printed in 參、肆、伍 (80.8 where 肆 reads 80.8%); a reported one as typed (two decimals at most).
	 */
	public static String actualText(Indicator indicator) {
		return (indicator.computed() && !indicator.ofMeasure()) ? ReportFormats.score(indicator.actual())
				: ReportFormats.number(indicator.actual());
	}

	/** The unit after an indicator's value: 「%」 or 「 次」. */
	public static String unitAfter(Indicator indicator) {
		if (indicator.unit() == null) {
			return "";
		}
		return "%".equals(indicator.unit()) ? "%" : " " + indicator.unit();
	}

	/** One execution record of a measure (description masked); {@code status} null when not given. */
	public record Execution(LocalDate date, String unit, String description, int sessions, int participants,
			MeasureStatus status) {
	}

	/** A respondents' comment (masked), and how many respondents wrote the same words. */
	public record Comment(String text, long count) {
	}

	/**
	 * A character of the data that no font of the report can print, and where it was typed.
	 *
	 * @param row the row as Excel shows it, or null for files the report cites by code (plan, questions)
	 * @param code {@code U+E000}
	 */
	public record Unprintable(String file, Integer row, @NotPersonal String character, @NotPersonal String code) {
	}

	/**
	 * 陸、檢討與改進: what falls short, each with the officer's improvement if any, then the items of
	 * the agency's own ({@link FlagKind#OWN_ITEM}), and the targets it was measured against.
	 */
	public record Review(List<Flag> flags, double passThreshold, double satisfactionTarget) {

		/** The flags the officer gave no improvement for: 改進措施 left empty to be filled in. */
		public List<Flag> withoutImprovement() {
			return this.flags.stream().filter((f) -> f.improvement() == null).toList();
		}

	}

	/**
	 * One shortfall: its kind, the item (measure, indicator, unit, question), the figures and the
	 * improvement the officer gave for it. An item of the agency's own (an improvement that names no
	 * shortfall) is one too, of kind {@link FlagKind#OWN_ITEM}, its 檢討 as the detail.
	 *
	 * @param keys how improvements.csv may name it besides the item as printed: 1.2.3, 保健課, PUB.Q3,
	 * phone.mean
	 * @param improvement its line of improvements.csv; null when none (改進措施 left empty)
	 */
	public record Flag(FlagKind kind, String item, String detail, @NotPersonal List<String> keys,
			Improvement improvement) {

		public Flag(FlagKind kind, String item, String detail) {
			this(kind, item, detail, List.of(), null);
		}

	}

	public enum FlagKind {

		MEASURE_NOT_EXECUTED("未執行之措施", "項"), INDICATOR_BELOW_TARGET("未達目標之指標", "項"),
		UNIT_BELOW_PASS("電話禮貌測試未達及格之單位", "個"), QUESTION_BELOW_TARGET("滿意度未達目標之題目", "題"),
		/** An item of improvements.csv that names none of the above: the agency's own, printed after them. */
		OWN_ITEM("其他檢討事項", "項");

		private final String label;

		/** The measure word of its count: 3 項 measures, 2 個 units, 4 題 questions. */
		private final String counter;

		FlagKind(String label, String counter) {
			this.label = label;
			this.counter = counter;
		}

		public String label() {
			return this.label;
		}

		/** The label with the plan's name of its measures: 「未執行之評核重點」 where the plan says so. */
		public String label(PlanLevels levels) {
			return (this == MEASURE_NOT_EXECUTED) ? "未執行之" + levels.measures() : this.label;
		}

		public String counter() {
			return this.counter;
		}

	}

}
