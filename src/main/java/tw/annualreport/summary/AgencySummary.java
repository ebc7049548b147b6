package tw.annualreport.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonProperty;

import tw.annualreport.figures.Figure;
import tw.annualreport.figures.PhoneTestStatistics;
import tw.annualreport.figures.IndicatorDirection;
import tw.annualreport.figures.MeasureStatus;
import tw.annualreport.figures.SurveyStatistics;
import tw.annualreport.figures.SurveyStatistics.OverallBasis;
import tw.annualreport.plan.PlanNumbering;
import tw.annualreport.privacy.MaskedCopy;
import tw.annualreport.privacy.NotPersonal;
import tw.annualreport.survey.Audience;
import tw.annualreport.system.ReportKind;

/**
 * Every figure of an agency-year (SPEC §4), unrounded: the one model of summary.json, of the
 * stored summary the report and the bureau read back, and of the key figures for trends, YoY and
 * the mail ({@link SummaryJson} maps it both ways). A figure that cannot be computed is
 * {@code null} with its reason beside it in {@code <name>Reason}, which is left out otherwise.
 * Components are in the order of the JSON keys; docs/figures.md documents them. What is stored, and so
 * every output made from it, is the masked copy ({@link MaskedCopy}: every text but the
 * {@link NotPersonal} codes, words of ours and dates).
 *
 * @param year the ROC year (民國)
 * @param kind a draft's or the final report's figures
 * @param tree every plan node in reading order
 * @param cases {@code null} (with {@code casesReason}) when the agency has no cases file
 * @param rows row accounting per source file, by file name
 * @param trends per metric ({@link KeyFigures}), the values of earlier years and this one, oldest first
 */
public record AgencySummary(int schemaVersion, Agency agency, int year, int gregorianYear, ReportKind kind,
		Measures measures, List<PlanNode> tree, List<Indicator> indicators, PhoneTests phoneTests, List<Survey> surveys,
		Cases cases, @JsonInclude(Include.NON_NULL) String casesReason, Map<String, FileRows> rows,
		Map<String, List<YearValue>> trends) {

	/**
	 * Bumped when a key changes meaning or disappears; additions keep the version. 2: the surveys'
	 * {@code wilson95} became {@code interval95} with its {@code method} (a pooled rate's interval
	 * is no longer Wilson's).
	 */
	public static final int SCHEMA_VERSION = 2;

	/** The same summary with its trends. */
	public AgencySummary withTrends(Map<String, List<YearValue>> trends) {
		return new AgencySummary(this.schemaVersion, this.agency, this.year, this.gregorianYear, this.kind,
				this.measures, this.tree, this.indicators, this.phoneTests, this.surveys, this.cases, this.casesReason,
				this.rows, trends);
	}

	/** The same summary with its indicators. */
	public AgencySummary withIndicators(List<Indicator> indicators) {
		return new AgencySummary(this.schemaVersion, this.agency, this.year, this.gregorianYear, this.kind,
				this.measures, this.tree, indicators, this.phoneTests, this.surveys, this.cases, this.casesReason,
				this.rows, this.trends);
	}

	/**
	 * @param levelNames the plan's level names (層級名稱) from level 1 down, e.g. 評核構面/評核項目/評核重點:
	 *        the headline names the measures as the plan does; absent in summaries written before
	 */
	public record Agency(@NotPersonal String code, String name, @NotPersonal String parentCode, String parentName,
			@JsonInclude(Include.NON_NULL) List<String> levelNames) {

		/** What the plan calls its measures (具體措施, 評核重點); 措施 where a summary does not say. */
		public String measureName() {
			return (this.levelNames == null || this.levelNames.isEmpty()) ? "措施"
					: this.levelNames.get(this.levelNames.size() - 1);
		}

	}

	/**
	 * How the report refers to a plan node: the plan's numbering along its path, 「二(一)2」
	 * ({@link PlanNumbering#reference}); its dotted 項次 where the plan numbers none of the path.
	 */
	public String reference(String code) {
		Map<String, PlanNode> nodes = new HashMap<>();
		this.tree.forEach((n) -> nodes.put(n.code(), n));
		List<String> labels = new ArrayList<>();
		for (PlanNode n = nodes.get(code); n != null; n = (n.parentCode() == null) ? null : nodes.get(n.parentCode())) {
			labels.add(0, n.label());
		}
		String reference = PlanNumbering.reference(labels);
		return reference.isEmpty() ? code : reference;
	}

	/** Measures (措施, the plan's leaves). */
	public record Measures(long total, long completed, long inProgress, long notStarted, Double completionRate,
			@JsonInclude(Include.NON_NULL) String completionRateReason) {
	}

	/**
	 * A plan node with its figures rolled up; {@code status} on leaves only.
	 *
	 * @param label the plan's numbering (編號: 「一、」, 「(二)」, 「3、」); left out for a row the plan
	 *        leaves unnumbered
	 * @param due 完成期限 as the plan writes it; left out when not given
	 */
	public record PlanNode(@NotPersonal String code, @NotPersonal String parentCode, int level, String title,
			String units, boolean leaf, MeasureStatus status, long sessions, long participants, long leaves, long completed, long inProgress,
			long notStarted, Double completionRate, @JsonInclude(Include.NON_NULL) String completionRateReason,
			@JsonInclude(Include.NON_NULL) @NotPersonal String label, @JsonInclude(Include.NON_NULL) @NotPersonal String due) {

		/** The node as the plan prints it: its numbering, then its title (「(二)提供民眾易讀…」). */
		public String numbered() {
			return (this.label == null) ? this.title : this.label + this.title;
		}

	}

	/**
	 * @param actualReason why a bound indicator has no actual (its figure could not be computed)
	 * @param actualDate the date of the execution record the actual comes from; null when bound
	 * @param source the computed figure the actual is (plan.csv 指標來源, {@code phone.mean} …), in the
	 *        indicator's unit (a rate in %); null when the actual comes from the execution records
	 * @param recordedActual of an indicator bound to its measure's 場次 or 人次
	 *        ({@code measure.sessions}), the latest 指標實績 its execution records gave all the same;
	 *        left out when they gave none
	 */
	public record Indicator(@NotPersonal String code, String name, String unit, IndicatorDirection direction,
			Double target, Double actual, @JsonInclude(Include.NON_NULL) String actualReason,
			@NotPersonal String actualDate, @NotPersonal String source, Double previous, Double achievement,
			@JsonInclude(Include.NON_NULL) String achievementReason, Boolean targetMet, Double yoyGrowth,
			@JsonInclude(Include.NON_NULL) String yoyGrowthReason,
			@JsonInclude(Include.NON_NULL) Double recordedActual) {

		/** Whether its actual is its own measure's 場次 or 人次 (a whole number), not an agency's figure. */
		public boolean ofMeasure() {
			return ownFigure() != null;
		}

		/** Of an indicator bound to its measure's 場次 or 人次, which: 「場次」 or 「人次」; else null. */
		public String ownFigure() {
			return (this.source == null) ? null
					: KeyFigure.parse(this.source)
						.filter((b) -> b.figure().role() == KeyFigure.Role.MEASURE_SOURCE)
						.map((b) -> b.figure().label())
						.orElse(null);
		}

		/** Whether its execution records gave an actual that differs from its measure's own sum. */
		public boolean recordedDiffers() {
			return this.recordedActual != null && !this.recordedActual.equals(this.actual);
		}

		public boolean lowerIsBetter() {
			return this.direction == IndicatorDirection.LOWER_IS_BETTER;
		}

		/** Whether its actual is one of the agency's own computed figures (it has a source). */
		public boolean computed() {
			return this.source != null;
		}

	}

	/** The phone tests of the whole agency, its units and the pass threshold. */
	public record PhoneTests(long count, Double mean, @JsonInclude(Include.NON_NULL) String meanReason, Double min,
			Double max, long passed, Double passRate, @JsonInclude(Include.NON_NULL) String passRateReason,
			List<PhoneItem> items, List<Deduction> topDeductions, double threshold, Double previousMean,
			Double meanChange, @JsonInclude(Include.NON_NULL) String meanChangeReason, List<PhoneUnit> units) {

		/** The phone-test statistic's figures as the summary stores them. */
		static PhoneTests of(PhoneTestStatistics.Result r) {
			PhoneTestStatistics.GroupFigures g = r.agency();
			return new PhoneTests(g.count(), g.mean().value(), reason(g.mean()), g.min(), g.max(), g.passed(),
					g.passRate().value(), reason(g.passRate()), items(g), deductions(g), r.threshold(), r.previousMean(),
					r.meanChange().value(), reason(r.meanChange()),
					r.units().stream().map((u) -> new PhoneUnit(u.name(), u.count(), u.mean().value(), reason(u.mean()),
							u.min(), u.max(), u.passed(), u.passRate().value(), reason(u.passRate()), items(u),
							deductions(u))).toList());
		}

		private static List<PhoneItem> items(PhoneTestStatistics.GroupFigures g) {
			return g.items().stream().map((i) -> new PhoneItem(i.code(), i.label(), i.part(), i.max(), i.scored(),
					i.meanShare().value(), reason(i.meanShare()))).toList();
		}

		private static List<Deduction> deductions(PhoneTestStatistics.GroupFigures g) {
			return g.deductions().stream().map((d) -> new Deduction(d.reason(), d.count())).toList();
		}

	}

	public record PhoneUnit(String name, long count, Double mean, @JsonInclude(Include.NON_NULL) String meanReason,
			Double min, Double max, long passed, Double passRate,
			@JsonInclude(Include.NON_NULL) String passRateReason, List<PhoneItem> items,
			List<Deduction> topDeductions) {
	}

	/** @param meanShare mean of score ÷ max over the tests that scored the item (得分率) */
	public record PhoneItem(@NotPersonal String code, String label, String part, BigDecimal max, long scored, Double meanShare,
			@JsonInclude(Include.NON_NULL) String meanShareReason) {
	}

	/** @param count tests citing the reason, most first */
	public record Deduction(String reason, long count) {
	}

	/**
	 * One survey. {@code satisfied}/{@code valid} and the interval belong to the overall rate.
	 *
	 * @param overallBasis whether the overall rate is its overall question's or all questions' pooled
	 */
	public record Survey(@NotPersonal String code, String title, Audience audience, Long population,
			long respondents, OverallBasis overallBasis, String overallQuestion, Double satisfactionRate,
			@JsonInclude(Include.NON_NULL) String satisfactionRateReason, long satisfied, long valid,
			Interval interval95, @JsonInclude(Include.NON_NULL) String interval95Reason, Double samplingError, @JsonInclude(Include.NON_NULL) String samplingErrorReason,
			boolean samplingErrorPopulationCorrected, String samplingErrorNote, Double cronbachAlpha,
			@JsonInclude(Include.NON_NULL) String cronbachAlphaReason, long cronbachRespondents, Double previousRate,
			Double rateChange, @JsonInclude(Include.NON_NULL) String rateChangeReason, List<Dimension> dimensions,
			List<Question> questions, List<Group> byService, List<Group> byGender, List<Group> byAgeBand) {

		/** Whom it asked, as the report says it: 民眾 unless it asked the staff. */
		public String audienceLabel() {
			return (this.audience == Audience.STAFF) ? Audience.STAFF.label() : Audience.PUBLIC.label();
		}

		/** Whether the overall rate is the answer to the overall question (整體滿意度題). */
		public boolean overallQuestionAsked() {
			return this.overallBasis == OverallBasis.OVERALL_QUESTION;
		}

	}

	/**
	 * A 95 % interval of a rate.
	 *
	 * @param method {@code wilson} (one question's answers) or {@code cluster} (pooled over
	 * several questions, respondents as clusters)
	 */
	public record Interval(double lower, double upper, tw.annualreport.figures.Interval.Method method) {

		static Interval of(tw.annualreport.figures.Interval interval) {
			return (interval == null) ? null : new Interval(interval.lower(), interval.upper(), interval.method());
		}

	}

	public record Dimension(String name, List<String> questions, Double mean,
			@JsonInclude(Include.NON_NULL) String meanReason, Double satisfactionRate,
			@JsonInclude(Include.NON_NULL) String satisfactionRateReason, long satisfied, long valid,
			Interval interval95, @JsonInclude(Include.NON_NULL) String interval95Reason) {
	}

	/** @param distribution counts of answers 1..5 */
	public record Question(int no, String text, String dimension, boolean overall, long valid, long notApplicable,
			long notAnswered, List<Long> distribution, Double mean, @JsonInclude(Include.NON_NULL) String meanReason,
			Double satisfactionRate, @JsonInclude(Include.NON_NULL) String satisfactionRateReason, long satisfied,
			Interval interval95, @JsonInclude(Include.NON_NULL) String interval95Reason) {
	}

	/**
	 * A breakdown group (服務項目, 性別, 年齡層).
	 *
	 * @param interval95 {@code null} under 10 respondents (with {@code interval95Reason})
	 */
	public record Group(String name, long respondents, Double satisfactionRate,
			@JsonInclude(Include.NON_NULL) String satisfactionRateReason, long satisfied, long valid,
			Interval interval95, @JsonInclude(Include.NON_NULL) String interval95Reason) {

		/**
		 * Under 30 respondents: the report marks it 「樣本數較少，僅供參考」. Written to summary.json,
		 * derived from {@code respondents} when read, so a summary stored without it (schema 1) reads.
		 */
		@JsonProperty(value = "smallSample", access = JsonProperty.Access.READ_ONLY)
		public boolean smallSample() {
			return this.respondents < SurveyStatistics.SMALL_GROUP;
		}

	}

	/** The cases of the year, with the groups and the overdue list. */
	public record Cases(long total, long closed, long open, long onTime, Double onTimeRate,
			@JsonInclude(Include.NON_NULL) String onTimeRateReason, Double meanDays,
			@JsonInclude(Include.NON_NULL) String meanDaysReason, Double medianDays,
			@JsonInclude(Include.NON_NULL) String medianDaysReason, long overdueCount, List<Overdue> overdue,
			List<CaseGroup> byType, List<CaseGroup> byChannel, List<CaseGroup> byCategory) {
	}

	public record CaseGroup(String name, long total, long closed, long open, long onTime, Double onTimeRate,
			@JsonInclude(Include.NON_NULL) String onTimeRateReason, Double meanDays,
			@JsonInclude(Include.NON_NULL) String meanDaysReason, Double medianDays,
			@JsonInclude(Include.NON_NULL) String medianDaysReason, long overdueCount) {
	}

	/** An open case past its limit at year end; dates ISO (2024-03-15). */
	public record Overdue(String id, String type, String channel, String category, @NotPersonal String received,
			int limitDays, @NotPersonal String due, long daysOverdue) {
	}

	/** Row accounting of one source file: read = accepted + rejected. */
	public record FileRows(String source, long read, long accepted, long rejected) {
	}

	/** The reason of a figure that could not be computed, else null (and left out of the JSON). */
	private static String reason(Figure figure) {
		return figure.isComputable() ? null : figure.reason();
	}

	/** A metric's value in one year. */
	public record YearValue(int year, double value) {
	}

}
