package tw.annualreport.summary;

import java.util.List;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import tw.annualreport.execution.MeasureFiguresQuery;
import tw.annualreport.figures.CaseStatistics;
import tw.annualreport.figures.Figure;
import tw.annualreport.figures.IndicatorFigures;
import tw.annualreport.figures.Interval;
import tw.annualreport.figures.MeasureRollup;
import tw.annualreport.figures.PhoneTestStatistics;
import tw.annualreport.figures.SurveyStatistics;
import tw.annualreport.plan.PlanNode;
import tw.annualreport.source.ImportLedger;
import tw.annualreport.survey.SurveyFiguresQuery;
import tw.annualreport.survey.SurveyQuestion;

/**
 * summary.json: every figure of an agency-year with stable keys (documented in the README),
 * unrounded. A figure that cannot be computed is {@code null}, with the reason beside it under
 * the same key plus {@code Reason} (e.g. {@code cronbachAlpha: null, cronbachAlphaReason: "…"}).
 * No timestamps: the same data give the same file.
 */
public final class SummaryJson {

	/** Bumped when a key changes meaning or disappears; additions keep the version. */
	public static final int SCHEMA_VERSION = 1;

	private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private SummaryJson() {
	}

	public static String write(AgencySummary summary) {
		return MAPPER.writeValueAsString(tree(summary)) + "\n";
	}

	public static ObjectNode tree(AgencySummary s) {
		ObjectNode root = MAPPER.createObjectNode();
		root.put("schemaVersion", SCHEMA_VERSION);
		ObjectNode agency = root.putObject("agency");
		agency.put("code", s.agency().code());
		agency.put("name", s.agency().name());
		agency.put("parentCode", s.agency().parentCode());
		agency.put("parentName", s.agency().parentName());
		root.put("year", s.rocYear());
		root.put("gregorianYear", s.rocYear() + 1911);
		root.put("kind", s.kind());
		measures(root, s.measures());
		phoneTests(root.putObject("phoneTests"), s.phoneTests());
		ArrayNode surveys = root.putArray("surveys");
		s.surveys().forEach((survey) -> survey(surveys.addObject(), survey));
		if (s.cases() == null) {
			root.putNull("cases");
			root.put("casesReason", "未提供案件資料（cases.csv）");
		}
		else {
			cases(root.putObject("cases"), s.cases());
		}
		ObjectNode rows = root.putObject("rows");
		for (ImportLedger.FileCount count : s.rows()) {
			ObjectNode file = rows.putObject(count.file());
			file.put("source", count.sourceName());
			file.put("read", count.read());
			file.put("accepted", count.accepted());
			file.put("rejected", count.rejected());
		}
		ObjectNode trends = root.putObject("trends");
		s.trends().forEach((metric, values) -> {
			ArrayNode series = trends.putArray(metric);
			values.forEach((v) -> series.addObject().put("year", v.year()).put("value", v.value()));
		});
		return root;
	}

	private static void measures(ObjectNode root, MeasureFiguresQuery.MeasureFigures m) {
		MeasureRollup.Totals totals = m.rollup().totals();
		ObjectNode measures = root.putObject("measures");
		measures.put("total", totals.total());
		measures.put("completed", totals.completed());
		measures.put("inProgress", totals.inProgress());
		measures.put("notStarted", totals.notStarted());
		figure(measures, "completionRate", totals.completionRate());
		ArrayNode tree = root.putArray("tree");
		List<MeasureRollup.NodeFigures> figures = m.rollup().nodes();
		for (int i = 0; i < figures.size(); i++) {
			PlanNode plan = m.nodes().get(i);
			MeasureRollup.NodeFigures f = figures.get(i);
			ObjectNode node = tree.addObject();
			node.put("code", f.code());
			node.put("parentCode", f.parentCode());
			node.put("level", f.level());
			node.put("title", plan.title());
			node.put("units", plan.units());
			node.put("leaf", f.leaf());
			node.put("status", f.status() == null ? null : f.status().name());
			node.put("sessions", f.sessions());
			node.put("participants", f.participants());
			node.put("leaves", f.leaves());
			node.put("completed", f.completed());
			node.put("inProgress", f.inProgress());
			node.put("notStarted", f.notStarted());
			figure(node, "completionRate", f.completionRate());
		}
		ArrayNode indicators = root.putArray("indicators");
		for (MeasureFiguresQuery.Indicator indicator : m.indicators()) {
			IndicatorFigures f = indicator.figures();
			ObjectNode node = indicators.addObject();
			node.put("code", indicator.code());
			node.put("name", indicator.name());
			node.put("unit", indicator.unit());
			node.put("direction", f.direction().name());
			node.put("target", f.target());
			node.put("actual", f.actual());
			node.put("actualDate", indicator.actualDate() == null ? null : indicator.actualDate().toString());
			node.put("previous", f.previous());
			figure(node, "achievement", f.achievement());
			node.put("targetMet", f.targetMet());
			figure(node, "yoyGrowth", f.yoyGrowth());
		}
	}

	private static void phoneTests(ObjectNode node, PhoneTestStatistics.Result r) {
		phoneGroup(node, r.agency());
		node.put("threshold", r.threshold());
		node.put("previousMean", r.previousMean());
		figure(node, "meanChange", r.meanChange());
		ArrayNode units = node.putArray("units");
		r.units().forEach((unit) -> {
			ObjectNode u = units.addObject();
			u.put("name", unit.name());
			phoneGroup(u, unit);
		});
	}

	private static void phoneGroup(ObjectNode node, PhoneTestStatistics.GroupFigures g) {
		node.put("count", g.count());
		figure(node, "mean", g.mean());
		node.put("min", g.min());
		node.put("max", g.max());
		node.put("passed", g.passed());
		figure(node, "passRate", g.passRate());
		ArrayNode items = node.putArray("items");
		g.items().forEach((item) -> {
			ObjectNode i = items.addObject();
			i.put("code", item.code());
			i.put("label", item.label());
			i.put("part", item.part());
			i.put("max", item.max());
			i.put("scored", item.scored());
			figure(i, "meanShare", item.meanShare());
		});
		ArrayNode deductions = node.putArray("topDeductions");
		g.deductions().forEach((d) -> deductions.addObject().put("reason", d.reason()).put("count", d.count()));
	}

	private static void survey(ObjectNode node, SurveyFiguresQuery.SurveyFigures survey) {
		SurveyStatistics.Result r = survey.result();
		node.put("code", survey.code());
		node.put("title", survey.title());
		node.put("audience", survey.audience());
		node.put("population", r.population());
		node.put("respondents", r.respondents());
		node.put("overallBasis", r.overall().basis().name());
		node.put("overallQuestion", r.overall().questionNo());
		rate(node, r.overall().satisfaction());
		figure(node, "samplingError", r.samplingError().value());
		node.put("samplingErrorPopulationCorrected", r.samplingError().populationCorrected());
		node.put("samplingErrorNote", r.samplingError().note());
		figure(node, "cronbachAlpha", r.cronbachAlpha().alpha());
		node.put("cronbachRespondents", r.cronbachAlpha().respondents());
		node.put("previousRate", r.previousRate());
		figure(node, "rateChange", r.rateChange());
		ArrayNode dimensions = node.putArray("dimensions");
		r.dimensions().forEach((d) -> {
			ObjectNode n = dimensions.addObject();
			n.put("name", d.name());
			ArrayNode questions = n.putArray("questions");
			d.questions().forEach(questions::add);
			figure(n, "mean", d.mean());
			rate(n, d.satisfaction());
		});
		ArrayNode questions = node.putArray("questions");
		for (SurveyStatistics.QuestionFigures q : r.questions()) {
			ObjectNode n = questions.addObject();
			n.put("no", Integer.parseInt(q.no()));
			n.put("text", text(survey.questions(), q.no()));
			n.put("dimension", q.dimension());
			n.put("overall", q.overall());
			n.put("valid", q.valid());
			n.put("notApplicable", q.notApplicable());
			n.put("notAnswered", q.notAnswered());
			ArrayNode distribution = n.putArray("distribution");
			q.distribution().forEach(distribution::add);
			figure(n, "mean", q.mean());
			rate(n, q.satisfaction());
		}
		groups(node.putArray("byService"), r.byService());
		groups(node.putArray("byGender"), r.byGender());
		groups(node.putArray("byAgeBand"), r.byAgeBand());
	}

	private static String text(List<SurveyQuestion> questions, String no) {
		return questions.stream().filter((q) -> Integer.toString(q.no()).equals(no)).map(SurveyQuestion::text)
			.findFirst().orElse(null);
	}

	private static void groups(ArrayNode array, List<SurveyStatistics.GroupFigures> groups) {
		groups.forEach((g) -> {
			ObjectNode n = array.addObject();
			n.put("name", g.name());
			n.put("respondents", g.respondents());
			rate(n, g.satisfaction());
		});
	}

	private static void rate(ObjectNode node, SurveyStatistics.Rate rate) {
		figure(node, "satisfactionRate", rate.rate());
		node.put("satisfied", rate.satisfied());
		node.put("valid", rate.valid());
		interval(node, "wilson95", rate.wilson95());
	}

	private static void cases(ObjectNode node, CaseStatistics.Result r) {
		caseGroup(node, r.all());
		ArrayNode overdue = node.putArray("overdue");
		r.overdue().forEach((c) -> {
			ObjectNode n = overdue.addObject();
			n.put("id", c.id());
			n.put("type", c.type());
			n.put("channel", c.channel());
			n.put("category", c.category());
			n.put("received", c.received().toString());
			n.put("limitDays", c.limitDays());
			n.put("due", c.due().toString());
			n.put("daysOverdue", c.daysOverdue());
		});
		caseGroups(node.putArray("byType"), r.byType());
		caseGroups(node.putArray("byChannel"), r.byChannel());
		caseGroups(node.putArray("byCategory"), r.byCategory());
	}

	private static void caseGroups(ArrayNode array, List<CaseStatistics.CaseFigures> groups) {
		groups.forEach((g) -> {
			ObjectNode n = array.addObject();
			n.put("name", g.name());
			caseGroup(n, g);
		});
	}

	private static void caseGroup(ObjectNode node, CaseStatistics.CaseFigures g) {
		node.put("total", g.cases());
		node.put("closed", g.closed());
		node.put("open", g.open());
		node.put("onTime", g.onTime());
		figure(node, "onTimeRate", g.onTimeRate());
		figure(node, "meanDays", g.meanDays());
		figure(node, "medianDays", g.medianDays());
		node.put("overdueCount", g.overdue());
	}

	private static void interval(ObjectNode node, String key, Interval interval) {
		if (interval == null) {
			node.putNull(key);
		}
		else {
			node.putObject(key).put("lower", interval.lower()).put("upper", interval.upper());
		}
	}

	/** A figure's value, or null with the reason under {@code <key>Reason}. */
	private static void figure(ObjectNode node, String key, Figure figure) {
		if (figure.isComputable()) {
			node.put(key, figure.value());
		}
		else {
			node.putNull(key);
			node.put(key + "Reason", figure.reason());
		}
	}

	/** Reads a stored summary back. */
	public static ObjectNode read(String json) {
		return (ObjectNode) MAPPER.readTree(json);
	}

}
