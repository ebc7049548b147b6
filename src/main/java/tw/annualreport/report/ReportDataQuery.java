package tw.annualreport.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import tw.annualreport.agency.Agency;
import tw.annualreport.agency.AgencyDirectory;
import tw.annualreport.privacy.MaskedCopy;
import tw.annualreport.privacy.PersonalDataMask;
import tw.annualreport.plan.PlanLevels;
import tw.annualreport.report.ReportData.CaseGroup;
import tw.annualreport.report.ReportData.Comment;
import tw.annualreport.report.ReportData.Execution;
import tw.annualreport.report.ReportData.Indicator;
import tw.annualreport.report.ReportData.Interval;
import tw.annualreport.report.ReportData.PlanRow;
import tw.annualreport.report.ReportData.YearValue;
import tw.annualreport.source.ImportRuns;
import tw.annualreport.summary.FigureStore;
import tw.annualreport.summary.AgencySummary;
import tw.annualreport.summary.KeyFigures;
import tw.annualreport.system.StreamingReads;

/**
 * Builds the {@link ReportData} of an agency-year: the figures from the stored summary (the
 * same tree as summary.json), the execution records and survey comments from the published
 * import. The whole of it is masked here ({@link MaskedCopy}), before it reaches any output.
 */
@Component
public class ReportDataQuery {

	private static final String EXECUTIONS = """
			SELECT measure_code, exec_date, unit, description, sessions, participants, status
			FROM execution_record WHERE import_id = ? ORDER BY measure_code, exec_date, row_no
			""";

	private static final String COMMENTS = """
			SELECT survey_code, comment_text FROM survey_response
			WHERE import_id = ? AND comment_text IS NOT NULL AND comment_text <> '' ORDER BY survey_code, row_no
			""";

	private final FigureStore figures;

	private final ImportRuns imports;

	private final JdbcTemplate jdbc;

	private final ReportProperties properties;

	private final UnprintableCharacters unprintable;

	private final AgencyDirectory agencies;

	public ReportDataQuery(FigureStore figures, ImportRuns imports, StreamingReads reads, ReportProperties properties,
			UnprintableCharacters unprintable, AgencyDirectory agencies) {
		this.figures = figures;
		this.imports = imports;
		this.jdbc = reads.jdbc();
		this.properties = properties;
		this.unprintable = unprintable;
		this.agencies = agencies;
	}

	public ReportData load(String agencyCode, int rocYear) {
		AgencySummary summary = this.figures.summary(agencyCode, rocYear)
			.orElseThrow(() -> new IllegalStateException(agencyCode + " " + rocYear + " 年度的統計尚未計算"));
		long importId = this.imports.published(agencyCode, rocYear)
			.orElseThrow(() -> new IllegalStateException(agencyCode + " " + rocYear + " 年度沒有已發布的匯入資料"));
		Map<String, List<Execution>> executions = executions(importId);
		Map<String, List<Comment>> comments = comments(importId);

		List<Indicator> indicators = summary.indicators().stream().map(ReportDataQuery::indicator).toList();
		Map<String, Indicator> indicatorByCode = new HashMap<>();
		indicators.forEach((i) -> indicatorByCode.put(i.code(), i));
		List<PlanRow> plan = summary.tree()
			.stream()
			.map((n) -> planRow(n, executions.getOrDefault(n.code(), List.of()), indicatorByCode.get(n.code())))
			.toList();
		AgencySummary.Measures m = summary.measures();
		long sessions = 0;
		long participants = 0;
		for (PlanRow row : plan) {
			if (row.level() == 1) {
				sessions += row.sessions();
				participants += row.participants();
			}
		}
		var measures = new ReportData.Measures(m.total(), m.completed(), m.inProgress(), m.notStarted(),
				m.completionRate(), sessions, participants);
		Map<String, List<AgencySummary.YearValue>> trends = summary.trends();
		ReportData.PhoneTests phone = phoneTests(summary.phoneTests(), trends);
		List<ReportData.Survey> surveys = summary.surveys()
			.stream()
			.map((n) -> survey(n, trend(trends, KeyFigures.surveyRate(n.code())), comments.getOrDefault(n.code(), List.of())))
			.toList();
		ReportData.Cases cases = (summary.cases() == null) ? null
				: cases(summary.cases(), trend(trends, KeyFigures.CASES_ON_TIME_RATE));
		List<ReportData.FileRows> rows = new ArrayList<>();
		summary.rows().forEach((file, r) -> rows.add(new ReportData.FileRows(file, r.source(), r.read(), r.accepted(),
				r.rejected())));
		double target = this.properties.satisfactionTarget();
		var review = new ReportData.Review(ReviewFlags.of(plan, indicators, phone, surveys, target), phone.threshold(),
				target);
		AgencySummary.Agency agency = summary.agency();
		Optional<Agency> own = this.agencies.find(agency.code(), summary.year());
		return MaskedCopy.of(new ReportData(agency.code(), agency.name(), agency.parentName(), summary.year(),
				this.properties.reportDate(), contact(own), own.map(Agency::levels).orElse(PlanLevels.DEFAULT), measures,
				plan, indicators, phone, surveys, cases, summary.casesReason(), rows, review, this.unprintable.of(importId)));
	}

	/** The cover's contact: the agency's own from agency.csv, else the configured one (annual-report.report.contact). */
	private String contact(Optional<Agency> agency) {
		String own = agency.map(Agency::contactLine).orElse("");
		return own.isBlank() ? this.properties.contact().strip() : own;
	}

	private Map<String, List<Execution>> executions(long importId) {
		Map<String, List<Execution>> byMeasure = new HashMap<>();
		this.jdbc.query(EXECUTIONS, (rs) -> {
			byMeasure.computeIfAbsent(rs.getString(1), (k) -> new ArrayList<>())
				.add(new Execution(rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4),
						rs.getInt(5), rs.getInt(6), rs.getString(7)));
		}, importId);
		return byMeasure;
	}

	/**
	 * Comments per survey; identical comments once, with their count, in order of first appearance.
	 * Comments are compared masked, so two that differ only in a phone number are one.
	 */
	private Map<String, List<Comment>> comments(long importId) {
		Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
		this.jdbc.query(COMMENTS, (rs) -> {
			String text = PersonalDataMask.mask(rs.getString(2).strip());
			if (!text.isEmpty()) {
				counts.computeIfAbsent(rs.getString(1), (k) -> new LinkedHashMap<>()).merge(text, 1L, Long::sum);
			}
		}, importId);
		Map<String, List<Comment>> result = new HashMap<>();
		counts.forEach((survey, texts) -> result.put(survey,
				texts.entrySet().stream().map((e) -> new Comment(e.getKey(), e.getValue())).toList()));
		return result;
	}

	private static PlanRow planRow(AgencySummary.PlanNode n, List<Execution> executions, Indicator indicator) {
		return new PlanRow(n.code(), n.level(), n.title(), n.units(), n.leaf(), n.status(), n.sessions(),
				n.participants(), n.leaves(), n.completed(), n.completionRate(), executions, indicator);
	}

	private static Indicator indicator(AgencySummary.Indicator n) {
		return new Indicator(n.code(), n.name(), n.unit(), n.lowerIsBetter(), n.target(), n.actual(), n.source(),
				n.actualReason(), n.previous(), n.achievement(), n.targetMet(), n.yoyGrowth());
	}

	private static ReportData.PhoneTests phoneTests(AgencySummary.PhoneTests n,
			Map<String, List<AgencySummary.YearValue>> trends) {
		return new ReportData.PhoneTests(n.count(), n.mean(), n.min(), n.max(), n.passed(), n.passRate(), n.threshold(),
				n.previousMean(), n.meanChange(),
				n.units().stream().map((u) -> new ReportData.PhoneUnit(u.name(), u.count(), u.mean(), u.min(), u.max(),
						u.passed(), u.passRate())).toList(),
				n.items().stream().map((i) -> new ReportData.PhoneItem(i.code(), i.label(), i.part(), i.max().doubleValue(),
						i.scored(), i.meanShare())).toList(),
				n.topDeductions().stream().map((d) -> new ReportData.Deduction(d.reason(), d.count())).toList(),
				trend(trends, KeyFigures.PHONE_MEAN), trend(trends, KeyFigures.PHONE_PASS_RATE));
	}

	private static ReportData.Survey survey(AgencySummary.Survey n, List<YearValue> trend, List<Comment> comments) {
		return new ReportData.Survey(n.code(), n.title(), n.staff() ? "內部同仁" : "民眾",
				(n.population() == null) ? null : Math.toIntExact(n.population()), n.respondents(),
				"OVERALL_QUESTION".equals(n.overallBasis()), n.satisfactionRate(), interval(n.wilson95()),
				n.samplingError(), n.samplingErrorPopulationCorrected(), n.samplingErrorNote(), n.cronbachAlpha(),
				n.cronbachAlphaReason(), n.cronbachRespondents(), n.previousRate(), n.rateChange(),
				n.dimensions().stream().map((d) -> new ReportData.Dimension(d.name(), d.questions().size(), d.mean(),
						d.satisfactionRate(), interval(d.wilson95()))).toList(),
				n.questions().stream().map((q) -> new ReportData.Question(q.no(), q.text(), q.dimension(), q.overall(),
						q.valid(), q.distribution(), q.mean(), q.satisfactionRate())).toList(),
				groups(n.byService()), groups(n.byGender()), groups(n.byAgeBand()), trend, comments);
	}

	private static List<ReportData.Group> groups(List<AgencySummary.Group> groups) {
		return groups.stream().map((g) -> new ReportData.Group(g.name(), g.respondents(), g.satisfactionRate(),
				interval(g.wilson95()))).toList();
	}

	private static ReportData.Cases cases(AgencySummary.Cases n, List<YearValue> trend) {
		return new ReportData.Cases(n.total(), n.closed(), n.open(), n.onTime(), n.onTimeRate(), n.meanDays(),
				n.medianDays(), n.overdueCount(),
				n.overdue().stream().map((o) -> new ReportData.Overdue(o.id(), o.type(), o.channel(), o.category(),
						LocalDate.parse(o.received()), o.limitDays(),
						LocalDate.parse(o.due()), o.daysOverdue())).toList(),
				caseGroups(n.byType()), caseGroups(n.byChannel()), caseGroups(n.byCategory()), trend);
	}

	private static List<CaseGroup> caseGroups(List<AgencySummary.CaseGroup> groups) {
		return groups.stream().map((g) -> new CaseGroup(g.name(), g.total(), g.closed(), g.onTime(), g.onTimeRate(),
				g.meanDays(), g.medianDays(), g.overdueCount())).toList();
	}

	private static List<YearValue> trend(Map<String, List<AgencySummary.YearValue>> trends, String metric) {
		return trends.getOrDefault(metric, List.of()).stream().map((v) -> new YearValue(v.year(), v.value())).toList();
	}

	private static Interval interval(AgencySummary.Interval w) {
		return (w == null) ? new Interval(null, null) : new Interval(w.lower(), w.upper());
	}

}
