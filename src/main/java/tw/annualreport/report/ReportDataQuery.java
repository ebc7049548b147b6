package tw.annualreport.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import tw.annualreport.report.ReportData.CaseGroup;
import tw.annualreport.report.ReportData.Comment;
import tw.annualreport.report.ReportData.Execution;
import tw.annualreport.report.ReportData.Indicator;
import tw.annualreport.report.ReportData.Interval;
import tw.annualreport.report.ReportData.PlanRow;
import tw.annualreport.report.ReportData.YearValue;
import tw.annualreport.source.ImportRuns;
import tw.annualreport.summary.FigureStore;
import tw.annualreport.summary.SummaryJson;

/**
 * Builds the {@link ReportData} of an agency-year: the figures from the stored summary (the
 * same tree as summary.json), the execution records and survey comments from the published
 * import. User-typed text is masked here, before it reaches any output.
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

	public ReportDataQuery(FigureStore figures, ImportRuns imports, JdbcTemplate jdbc, ReportProperties properties) {
		this.figures = figures;
		this.imports = imports;
		this.jdbc = jdbc;
		this.properties = properties;
	}

	public ReportData load(String agencyCode, int rocYear) {
		JsonNode summary = SummaryJson.read(this.figures.summary(agencyCode, rocYear)
			.orElseThrow(() -> new IllegalStateException(agencyCode + " " + rocYear + " 年度的統計尚未計算")));
		long importId = this.imports.published(agencyCode, rocYear)
			.orElseThrow(() -> new IllegalStateException(agencyCode + " " + rocYear + " 年度沒有已發布的匯入資料"));
		Map<String, List<Execution>> executions = executions(importId);
		Map<String, List<Comment>> comments = comments(importId);

		List<Indicator> indicators = list(summary.get("indicators"), ReportDataQuery::indicator);
		Map<String, Indicator> indicatorByCode = new HashMap<>();
		indicators.forEach((i) -> indicatorByCode.put(i.code(), i));
		List<PlanRow> plan = list(summary.get("tree"),
				(n) -> planRow(n, executions.getOrDefault(text(n, "code"), List.of()), indicatorByCode.get(text(n, "code"))));
		JsonNode m = summary.get("measures");
		long sessions = 0;
		long participants = 0;
		for (PlanRow row : plan) {
			if (row.level() == 1) {
				sessions += row.sessions();
				participants += row.participants();
			}
		}
		var measures = new ReportData.Measures(m.get("total").longValue(), m.get("completed").longValue(),
				m.get("inProgress").longValue(), m.get("notStarted").longValue(), number(m, "completionRate"), sessions,
				participants);
		JsonNode trends = summary.get("trends");
		ReportData.PhoneTests phone = phoneTests(summary.get("phoneTests"), trends);
		List<ReportData.Survey> surveys = list(summary.get("surveys"),
				(n) -> survey(n, trend(trends, "survey." + text(n, "code") + ".satisfactionRate"),
						comments.getOrDefault(text(n, "code"), List.of())));
		JsonNode c = summary.get("cases");
		ReportData.Cases cases = (c == null || c.isNull()) ? null : cases(c, trend(trends, "cases.onTimeRate"));
		List<ReportData.FileRows> rows = new ArrayList<>();
		summary.get("rows").properties().forEach((e) -> rows.add(new ReportData.FileRows(e.getKey(),
				text(e.getValue(), "source"), e.getValue().get("read").longValue(),
				e.getValue().get("accepted").longValue(), e.getValue().get("rejected").longValue())));
		double target = this.properties.satisfactionTarget();
		var review = new ReportData.Review(ReviewFlags.of(plan, indicators, phone, surveys, target), phone.threshold(),
				target);
		JsonNode agency = summary.get("agency");
		return new ReportData(text(agency, "code"), text(agency, "name"), text(agency, "parentName"),
				summary.get("year").intValue(), this.properties.reportDate(), this.properties.contact().strip(), measures,
				plan, indicators, phone, surveys, cases, text(summary, "casesReason"), rows, review);
	}

	private Map<String, List<Execution>> executions(long importId) {
		Map<String, List<Execution>> byMeasure = new HashMap<>();
		this.jdbc.query(EXECUTIONS, (rs) -> {
			byMeasure.computeIfAbsent(rs.getString(1), (k) -> new ArrayList<>())
				.add(new Execution(rs.getObject(2, LocalDate.class), rs.getString(3), PersonalDataMask.mask(rs.getString(4)),
						rs.getInt(5), rs.getInt(6), rs.getString(7)));
		}, importId);
		return byMeasure;
	}

	/** Comments per survey, masked; identical comments once, with their count, in order of first appearance. */
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

	private static PlanRow planRow(JsonNode n, List<Execution> executions, Indicator indicator) {
		return new PlanRow(text(n, "code"), n.get("level").intValue(), text(n, "title"), text(n, "units"),
				n.get("leaf").booleanValue(), text(n, "status"), n.get("sessions").longValue(),
				n.get("participants").longValue(), n.get("leaves").longValue(), n.get("completed").longValue(),
				number(n, "completionRate"), executions, indicator);
	}

	private static Indicator indicator(JsonNode n) {
		return new Indicator(text(n, "code"), text(n, "name"), text(n, "unit"),
				"LOWER_IS_BETTER".equals(text(n, "direction")), number(n, "target"), number(n, "actual"),
				number(n, "previous"), number(n, "achievement"),
				(n.get("targetMet") == null || n.get("targetMet").isNull()) ? null : n.get("targetMet").booleanValue(),
				number(n, "yoyGrowth"));
	}

	private static ReportData.PhoneTests phoneTests(JsonNode n, JsonNode trends) {
		return new ReportData.PhoneTests(n.get("count").longValue(), number(n, "mean"), number(n, "min"),
				number(n, "max"), n.get("passed").longValue(), number(n, "passRate"), n.get("threshold").doubleValue(),
				number(n, "previousMean"), number(n, "meanChange"),
				list(n.get("units"),
						(u) -> new ReportData.PhoneUnit(text(u, "name"), u.get("count").longValue(), number(u, "mean"),
								number(u, "min"), number(u, "max"), u.get("passed").longValue(), number(u, "passRate"))),
				list(n.get("items"),
						(i) -> new ReportData.PhoneItem(text(i, "code"), text(i, "label"), text(i, "part"),
								i.get("max").doubleValue(), i.get("scored").longValue(), number(i, "meanShare"))),
				list(n.get("topDeductions"),
						(d) -> new ReportData.Deduction(text(d, "reason"), d.get("count").longValue())),
				trend(trends, "phone.mean"), trend(trends, "phone.passRate"));
	}

	private static ReportData.Survey survey(JsonNode n, List<YearValue> trend, List<Comment> comments) {
		Integer population = (n.get("population") == null || n.get("population").isNull()) ? null
				: n.get("population").intValue();
		return new ReportData.Survey(text(n, "code"), text(n, "title"),
				"STAFF".equals(text(n, "audience")) ? "內部同仁" : "民眾", population, n.get("respondents").longValue(),
				"OVERALL_QUESTION".equals(text(n, "overallBasis")), number(n, "satisfactionRate"), interval(n),
				number(n, "samplingError"), n.path("samplingErrorPopulationCorrected").booleanValue(),
				text(n, "samplingErrorNote"), number(n, "cronbachAlpha"), text(n, "cronbachAlphaReason"),
				n.path("cronbachRespondents").longValue(), number(n, "previousRate"), number(n, "rateChange"),
				list(n.get("dimensions"),
						(d) -> new ReportData.Dimension(text(d, "name"), d.get("questions").size(), number(d, "mean"),
								number(d, "satisfactionRate"), interval(d))),
				list(n.get("questions"), (q) -> {
					List<Long> distribution = new ArrayList<>();
					q.get("distribution").forEach((count) -> distribution.add(count.longValue()));
					return new ReportData.Question(q.get("no").intValue(), text(q, "text"), text(q, "dimension"),
							q.get("overall").booleanValue(), q.get("valid").longValue(), distribution, number(q, "mean"),
							number(q, "satisfactionRate"));
				}), groups(n.get("byService")), groups(n.get("byGender")), groups(n.get("byAgeBand")), trend, comments);
	}

	private static List<ReportData.Group> groups(JsonNode array) {
		return list(array, (g) -> new ReportData.Group(text(g, "name"), g.get("respondents").longValue(),
				number(g, "satisfactionRate"), interval(g)));
	}

	private static ReportData.Cases cases(JsonNode n, List<YearValue> trend) {
		return new ReportData.Cases(n.get("total").longValue(), n.get("closed").longValue(), n.get("open").longValue(),
				n.get("onTime").longValue(), number(n, "onTimeRate"), number(n, "meanDays"), number(n, "medianDays"),
				n.get("overdueCount").longValue(),
				list(n.get("overdue"),
						(o) -> new ReportData.Overdue(mask(o, "id"), mask(o, "type"), mask(o, "channel"),
								mask(o, "category"), LocalDate.parse(text(o, "received")), o.get("limitDays").intValue(),
								LocalDate.parse(text(o, "due")), o.get("daysOverdue").longValue())),
				caseGroups(n.get("byType")), caseGroups(n.get("byChannel")), caseGroups(n.get("byCategory")), trend);
	}

	private static List<CaseGroup> caseGroups(JsonNode array) {
		return list(array,
				(g) -> new CaseGroup(text(g, "name"), g.get("total").longValue(), g.get("closed").longValue(),
						g.get("onTime").longValue(), number(g, "onTimeRate"), number(g, "meanDays"),
						number(g, "medianDays"), g.get("overdueCount").longValue()));
	}

	private static List<YearValue> trend(JsonNode trends, String metric) {
		JsonNode series = (trends == null) ? null : trends.get(metric);
		return list(series, (v) -> new YearValue(v.get("year").intValue(), v.get("value").doubleValue()));
	}

	private static Interval interval(JsonNode n) {
		JsonNode w = n.get("wilson95");
		return (w == null || w.isNull()) ? new Interval(null, null) : new Interval(number(w, "lower"), number(w, "upper"));
	}

	private static <T> List<T> list(JsonNode array, Function<JsonNode, T> mapper) {
		List<T> result = new ArrayList<>();
		if (array != null && array.isArray()) {
			array.forEach((n) -> result.add(mapper.apply(n)));
		}
		return result;
	}

	private static String text(JsonNode n, String key) {
		JsonNode value = n.get(key);
		return (value == null || value.isNull()) ? null : value.asString();
	}

	private static String mask(JsonNode n, String key) {
		return PersonalDataMask.mask(text(n, key));
	}

	private static Double number(JsonNode n, String key) {
		JsonNode value = n.get(key);
		return (value == null || value.isNull()) ? null : value.doubleValue();
	}

}
