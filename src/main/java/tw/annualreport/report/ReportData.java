package tw.annualreport.report;

import java.time.LocalDate;
import java.util.List;

import tw.annualreport.privacy.MaskedCopy;
import tw.annualreport.privacy.NotPersonal;
import tw.annualreport.plan.PlanLevels;

/**
 * Everything the year-end report shows, read from the stored summary of an agency-year and from
 * its published import (execution records, survey comments). Figures are unrounded, as in
 * summary.json; a figure that cannot be computed is {@code null}. Every text is masked
 * ({@link MaskedCopy}) except the components marked {@link NotPersonal}.
 *
 * @param reportDate the date printed on the cover (shown in ROC form)
 * @param contact the contact line of the cover, the agency's own contact for readers of the report, printed as
 * typed; blank when none is configured
 * @param levels the names of the plan's levels (層級名稱), wherever the report names a level
 * @param casesReason why there is no 伍、案件處理情形 when {@code cases} is null
 * @param unprintable characters of the data that no report font can print, listed in 資料品質說明
 */
public record ReportData(@NotPersonal String agencyCode, String agencyName, String parentName, int rocYear, LocalDate reportDate,
		@NotPersonal String contact, @NotPersonal PlanLevels levels, Measures measures, List<PlanRow> plan, List<Indicator> indicators, PhoneTests phoneTests,
		List<Survey> surveys, Cases cases, String casesReason, List<FileRows> rows, Review review,
		List<Unprintable> unprintable) {

	/** 「113年度提升服務成果報告」. */
	public String title() {
		return this.rocYear + "年度提升服務成果報告";
	}

	/** Measure (leaf) counts; sessions and participants summed over the whole plan. */
	public record Measures(long total, long completed, long inProgress, long notStarted, Double completionRate,
			long sessions, long participants) {
	}

	/**
	 * A node of the plan tree in reading order. {@code status} is set on leaves only
	 * ({@code COMPLETED}, {@code IN_PROGRESS}, {@code NOT_STARTED}).
	 */
	public record PlanRow(@NotPersonal String code, int level, String title, String units, boolean leaf,
			@NotPersonal String status,
			long sessions, long participants, long leaves, long completed, Double completionRate,
			List<Execution> executions, Indicator indicator) {
	}

	/** One execution record of a measure (description masked). */
	public record Execution(LocalDate date, String unit, String description, int sessions, int participants,
			@NotPersonal String status) {
	}

	/**
	 * An indicator (指標).
	 *
	 * @param source the computed figure its actual is (指標來源, {@code phone.mean} …), null when the
	 *        actual comes from the execution records
	 * @param actualReason why a bound indicator has no actual
	 */
	public record Indicator(@NotPersonal String code, String name, String unit, boolean lowerIsBetter, Double target,
			Double actual, @NotPersonal String source, String actualReason, Double previous, Double achievement,
			Boolean targetMet, Double yoyGrowth) {

		/** Whether its actual is one of the report's own figures. */
		public boolean computed() {
			return this.source != null;
		}

		/**
		 * The actual as printed: a computed one with one decimal, as the figure it repeats is printed
		 * in 參、肆、伍 (80.8 where 肆 reads 80.8%); a reported one as typed (two decimals at most).
		 */
		public String actualText() {
			return computed() ? ReportFormats.score(this.actual) : ReportFormats.number(this.actual);
		}

	}

	public record PhoneTests(long count, Double mean, Double min, Double max, long passed, Double passRate,
			double threshold, Double previousMean, Double meanChange, List<PhoneUnit> units, List<PhoneItem> items,
			List<Deduction> topDeductions, List<YearValue> meanTrend, List<YearValue> passRateTrend) {
	}

	public record PhoneUnit(String name, long count, Double mean, Double min, Double max, long passed, Double passRate) {
	}

	public record PhoneItem(@NotPersonal String code, String label, String part, double max, long scored, Double meanShare) {
	}

	public record Deduction(String reason, long count) {
	}

	/**
	 * One survey. {@code audience} is 民眾 or 內部同仁; {@code cronbachAlphaReason} says why α is
	 * missing.
	 */
	public record Survey(@NotPersonal String code, String title, String audience, Integer population, long respondents,
			boolean overallQuestion, Double satisfactionRate, Interval wilson95, Double samplingError,
			boolean samplingErrorPopulationCorrected, String samplingErrorNote, Double cronbachAlpha,
			String cronbachAlphaReason, long cronbachRespondents, Double previousRate, Double rateChange,
			List<Dimension> dimensions, List<Question> questions, List<Group> byService, List<Group> byGender,
			List<Group> byAgeBand, List<YearValue> trend, List<Comment> comments) {
	}

	public record Interval(Double lower, Double upper) {
	}

	public record Dimension(String name, int questions, Double mean, Double satisfactionRate, Interval wilson95) {
	}

	/** {@code distribution} holds the counts of answers 1..5. */
	public record Question(int no, String text, String dimension, boolean overall, long valid, List<Long> distribution,
			Double mean, Double satisfactionRate) {
	}

	public record Group(String name, long respondents, Double satisfactionRate, Interval wilson95) {
	}

	/** A respondents' comment (masked), and how many respondents wrote the same words. */
	public record Comment(String text, long count) {
	}

	public record Cases(long total, long closed, long open, long onTime, Double onTimeRate, Double meanDays,
			Double medianDays, long overdueCount, List<Overdue> overdue, List<CaseGroup> byType,
			List<CaseGroup> byChannel, List<CaseGroup> byCategory, List<YearValue> trend) {
	}

	public record CaseGroup(String name, long total, long closed, long onTime, Double onTimeRate, Double meanDays,
			Double medianDays, long overdueCount) {
	}

	/** An open case past its limit at year end (texts masked). */
	public record Overdue(String id, String type, String channel, String category, LocalDate received, int limitDays,
			LocalDate due, long daysOverdue) {
	}

	/**
	 * A character of the data that no font of the report can print, and where it was typed.
	 *
	 * @param row the row as Excel shows it, or null for files the report cites by code (plan, questions)
	 * @param code {@code U+E000}
	 */
	public record Unprintable(String file, Integer row, @NotPersonal String character, @NotPersonal String code) {
	}

	/** Row accounting of one source file: read = accepted + rejected. */
	public record FileRows(@NotPersonal String file, String source, long read, long accepted, long rejected) {
	}

	public record YearValue(int year, double value) {
	}

	/** 陸、檢討與改進: what falls short, and the targets it was measured against. */
	public record Review(List<Flag> flags, double passThreshold, double satisfactionTarget) {
	}

	/** One shortfall: its kind, the item (measure, indicator, unit, question) and the figures. */
	public record Flag(FlagKind kind, String item, String detail) {
	}

	public enum FlagKind {

		MEASURE_NOT_EXECUTED("未執行之措施", "項"), INDICATOR_BELOW_TARGET("未達目標之指標", "項"),
		UNIT_BELOW_PASS("電話禮貌測試未達及格之單位", "個"), QUESTION_BELOW_TARGET("滿意度未達目標之題目", "題");

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

		public String counter() {
			return this.counter;
		}

	}

}
