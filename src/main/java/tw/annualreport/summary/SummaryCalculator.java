package tw.annualreport.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import tw.annualreport.agency.Agency;
import tw.annualreport.agency.AgencyDirectory;
import tw.annualreport.cases.CaseFiguresQuery;
import tw.annualreport.execution.MeasureFiguresQuery;
import tw.annualreport.figures.CaseStatistics;
import tw.annualreport.figures.Figure;
import tw.annualreport.figures.IndicatorFigures;
import tw.annualreport.figures.MeasureRollup;
import tw.annualreport.figures.SurveyStatistics;
import tw.annualreport.phonetest.PhoneTestFiguresQuery;
import tw.annualreport.source.ImportLedger;
import tw.annualreport.source.ImportRuns;
import tw.annualreport.summary.AgencySummary.YearValue;
import tw.annualreport.survey.Audience;
import tw.annualreport.survey.SurveyFiguresQuery;
import tw.annualreport.survey.SurveyQuestion;
import tw.annualreport.system.ReportKind;

/**
 * Computes the {@link AgencySummary} of an agency-year from its published import: each feature's
 * figures query streams its rows into the statistics of {@code figures}, and their results become
 * the summary records here, once.
 */
@Component
public class SummaryCalculator {

	private final ImportRuns importRuns;

	private final AgencyDirectory agencies;

	private final MeasureFiguresQuery measures;

	private final PhoneTestFiguresQuery phoneTests;

	private final SurveyFiguresQuery surveys;

	private final CaseFiguresQuery cases;

	private final ImportLedger ledger;

	private final FigureStore store;

	public SummaryCalculator(ImportRuns importRuns, AgencyDirectory agencies, MeasureFiguresQuery measures,
			PhoneTestFiguresQuery phoneTests, SurveyFiguresQuery surveys, CaseFiguresQuery cases, ImportLedger ledger,
			FigureStore store) {
		this.importRuns = importRuns;
		this.agencies = agencies;
		this.measures = measures;
		this.phoneTests = phoneTests;
		this.surveys = surveys;
		this.cases = cases;
		this.ledger = ledger;
		this.store = store;
	}

	/** The summary and the import it was computed from. */
	public record Computed(AgencySummary summary, long importId) {
	}

	public Computed compute(String agencyCode, int rocYear, ReportKind kind) {
		long importId = this.importRuns.published(agencyCode, rocYear)
			.orElseThrow(() -> new IllegalStateException(agencyCode + " " + rocYear + " 年度尚未匯入資料"));
		Agency agency = this.agencies.find(agencyCode, rocYear).orElseThrow();
		var measureFigures = this.measures.compute(importId);
		var phone = this.phoneTests.compute(importId,
				this.store.previous(agencyCode, rocYear, importId, KeyFigures.PHONE_MEAN));
		var surveyFigures = this.surveys.compute(importId,
				(code) -> this.store.previous(agencyCode, rocYear, importId, KeyFigures.surveyRate(code)));
		CaseStatistics.Result caseFigures = this.cases.compute(importId, rocYear);
		Map<String, AgencySummary.FileRows> rows = new LinkedHashMap<>();
		for (ImportLedger.FileCount count : this.ledger.counts(importId)) {
			rows.put(count.file(),
					new AgencySummary.FileRows(count.sourceName(), count.read(), count.accepted(), count.rejected()));
		}
		AgencySummary.Measures measures = measures(measureFigures);
		AgencySummary.PhoneTests phoneTests = AgencySummary.PhoneTests.of(phone);
		List<AgencySummary.Survey> surveys = surveyFigures.stream().map(SummaryCalculator::survey).toList();
		AgencySummary.Cases cases = (caseFigures == null) ? null : cases(caseFigures);
		String casesReason = (caseFigures == null) ? "未提供案件資料（cases.csv）" : null;
		AgencySummary figures = new AgencySummary(AgencySummary.SCHEMA_VERSION,
				new AgencySummary.Agency(agency.code(), agency.name(), agency.parentCode(), agency.parentName(),
						agency.levels().names()), rocYear,
				rocYear + 1911, kind, measures, tree(measureFigures), List.of(), phoneTests, surveys, cases, casesReason,
				rows, Map.of());
		// a bound indicator's actual is one of the figures above
		BoundActuals bound = new BoundActuals(figures,
				(metric) -> this.store.previous(agencyCode, rocYear, importId, metric));
		AgencySummary summary = figures.withIndicators(indicators(measureFigures, bound));
		Map<String, List<YearValue>> trends = new LinkedHashMap<>();
		Map<String, Double> current = KeyFigures.computed(summary);
		for (String metric : KeyFigures.trendMetrics(summary)) {
			List<YearValue> values = new ArrayList<>(this.store.earlier(agencyCode, rocYear, importId, metric));
			if (current.containsKey(metric)) {
				values.add(new YearValue(rocYear, current.get(metric)));
			}
			trends.put(metric, values);
		}
		return new Computed(summary.withTrends(trends), importId);
	}

	// measures and the plan tree

	private static AgencySummary.Measures measures(MeasureFiguresQuery.MeasureFigures m) {
		MeasureRollup.Totals t = m.rollup().totals();
		return new AgencySummary.Measures(t.total(), t.completed(), t.inProgress(), t.notStarted(),
				t.completionRate().value(), reason(t.completionRate()));
	}

	private static List<AgencySummary.PlanNode> tree(MeasureFiguresQuery.MeasureFigures m) {
		List<AgencySummary.PlanNode> tree = new ArrayList<>();
		List<MeasureRollup.NodeFigures> figures = m.rollup().nodes();
		for (int i = 0; i < figures.size(); i++) {
			var plan = m.nodes().get(i);
			MeasureRollup.NodeFigures f = figures.get(i);
			tree.add(new AgencySummary.PlanNode(f.code(), f.parentCode(), f.level(), plan.title(), plan.units(), f.leaf(),
					f.status(), f.sessions(), f.participants(), f.leaves(),
					f.completed(), f.inProgress(), f.notStarted(), f.completionRate().value(),
					reason(f.completionRate()), plan.label(), plan.due()));
		}
		return tree;
	}

	/** The indicators; a bound one (指標來源) takes its actual from the figures computed above. */
	private static List<AgencySummary.Indicator> indicators(MeasureFiguresQuery.MeasureFigures m, BoundActuals bound) {
		return m.indicators().stream().map((indicator) -> {
			IndicatorFigures f = indicator.figures();
			String actualReason = null;
			if (indicator.source() != null) {
				BoundActuals.Actual actual = bound.actual(indicator.source(), indicator.code());
				Double previous = (f.previous() != null) ? f.previous() : bound.previous(indicator.source());
				f = IndicatorFigures.of(f.direction(), f.target(), actual.value(), previous);
				actualReason = actual.reason();
			}
			return new AgencySummary.Indicator(indicator.code(), indicator.name(), indicator.unit(), f.direction(),
					f.target(), f.actual(), actualReason,
					(indicator.actualDate() == null) ? null : indicator.actualDate().toString(), indicator.source(),
					f.previous(), f.achievement().value(), reason(f.achievement()), f.targetMet(), f.yoyGrowth().value(),
					reason(f.yoyGrowth()), indicator.recordedActual());
		}).toList();
	}

	// surveys

	private static AgencySummary.Survey survey(SurveyFiguresQuery.SurveyFigures survey) {
		SurveyStatistics.Result r = survey.result();
		SurveyStatistics.Rate overall = r.overall().satisfaction();
		return new AgencySummary.Survey(survey.code(), survey.title(),
				(survey.audience() == null) ? null : Audience.valueOf(survey.audience()), r.population(),
				r.respondents(), r.overall().basis(), r.overall().questionNo(), overall.rate().value(),
				reason(overall.rate()), overall.satisfied(), overall.valid(), interval(overall), overall.interval95Reason(),
				r.samplingError().value().value(), reason(r.samplingError().value()),
				r.samplingError().populationCorrected(), r.samplingError().note(), r.cronbachAlpha().alpha().value(),
				reason(r.cronbachAlpha().alpha()), r.cronbachAlpha().respondents(), r.previousRate(),
				r.rateChange().value(), reason(r.rateChange()),
				r.dimensions().stream().map((d) -> new AgencySummary.Dimension(d.name(), d.questions(),
						d.mean().value(), reason(d.mean()), d.satisfaction().rate().value(), reason(d.satisfaction().rate()),
						d.satisfaction().satisfied(), d.satisfaction().valid(), interval(d.satisfaction()),
						d.satisfaction().interval95Reason()))
					.toList(),
				r.questions().stream().map((q) -> question(q, survey.questions())).toList(), groups(r.byService()),
				groups(r.byGender()), groups(r.byAgeBand()));
	}

	private static AgencySummary.Question question(SurveyStatistics.QuestionFigures q, List<SurveyQuestion> questions) {
		String text = questions.stream()
			.filter((question) -> Integer.toString(question.no()).equals(q.no()))
			.map(SurveyQuestion::text)
			.findFirst()
			.orElse(null);
		SurveyStatistics.Rate rate = q.satisfaction();
		return new AgencySummary.Question(Integer.parseInt(q.no()), text, q.dimension(), q.overall(), rate.valid(),
				q.notApplicable(), q.notAnswered(), q.distribution(), q.mean().value(), reason(q.mean()),
				rate.rate().value(), reason(rate.rate()), rate.satisfied(), interval(rate), rate.interval95Reason());
	}

	private static List<AgencySummary.Group> groups(List<SurveyStatistics.GroupFigures> groups) {
		return groups.stream().map((g) -> new AgencySummary.Group(g.name(), g.respondents(),
				g.satisfaction().rate().value(), reason(g.satisfaction().rate()), g.satisfaction().satisfied(),
				g.satisfaction().valid(), interval(g.satisfaction()), g.satisfaction().interval95Reason()))
			.toList();
	}

	private static AgencySummary.Interval interval(SurveyStatistics.Rate rate) {
		return AgencySummary.Interval.of(rate.interval95());
	}

	// cases

	private static AgencySummary.Cases cases(CaseStatistics.Result r) {
		CaseStatistics.CaseFigures a = r.all();
		return new AgencySummary.Cases(a.cases(), a.closed(), a.open(), a.onTime(), a.onTimeRate().value(),
				reason(a.onTimeRate()), a.meanDays().value(), reason(a.meanDays()), a.medianDays().value(),
				reason(a.medianDays()), a.overdue(),
				r.overdue().stream().map((c) -> new AgencySummary.Overdue(c.id(), c.type(), c.channel(), c.category(),
						c.received().toString(), c.limitDays(), c.due().toString(), c.daysOverdue())).toList(),
				caseGroups(r.byType()), caseGroups(r.byChannel()), caseGroups(r.byCategory()));
	}

	private static List<AgencySummary.CaseGroup> caseGroups(List<CaseStatistics.CaseFigures> groups) {
		return groups.stream().map((g) -> new AgencySummary.CaseGroup(g.name(), g.cases(), g.closed(), g.open(),
				g.onTime(), g.onTimeRate().value(), reason(g.onTimeRate()), g.meanDays().value(), reason(g.meanDays()),
				g.medianDays().value(), reason(g.medianDays()), g.overdue())).toList();
	}

	/** The reason of a figure that could not be computed, else null (and left out of the JSON). */
	private static String reason(Figure figure) {
		return figure.isComputable() ? null : figure.reason();
	}

}
