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
import tw.annualreport.figures.PhoneTestStatistics;
import tw.annualreport.phonetest.PhoneTestFiguresQuery;
import tw.annualreport.source.ImportLedger;
import tw.annualreport.source.ImportRuns;
import tw.annualreport.survey.SurveyFiguresQuery;

/** Computes the {@link AgencySummary} of an agency-year from its published import. */
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

	public AgencySummary compute(String agencyCode, int rocYear, String kind) {
		long importId = this.importRuns.published(agencyCode, rocYear)
			.orElseThrow(() -> new IllegalStateException(agencyCode + " " + rocYear + " 年度尚未匯入資料"));
		Agency agency = this.agencies.find(agencyCode, rocYear).orElseThrow();
		var measureFigures = this.measures.compute(importId);
		var phone = this.phoneTests.compute(importId, this.store.previous(agencyCode, rocYear, importId, "phone.mean"));
		var surveyFigures = this.surveys.compute(importId, (code) -> this.store.previous(agencyCode, rocYear, importId,
				"survey." + code + ".satisfactionRate"));
		var caseFigures = this.cases.compute(importId, rocYear);
		AgencySummary summary = new AgencySummary(agency, rocYear, kind, importId, measureFigures, phone, surveyFigures,
				caseFigures, this.ledger.counts(importId), Map.of());
		Map<String, List<AgencySummary.YearValue>> trends = new LinkedHashMap<>();
		Map<String, Double> current = keyFigures(summary);
		for (String metric : trendMetrics(summary)) {
			List<AgencySummary.YearValue> values = new ArrayList<>(this.store.earlier(agencyCode, rocYear, importId, metric));
			if (current.containsKey(metric)) {
				values.add(new AgencySummary.YearValue(rocYear, current.get(metric)));
			}
			trends.put(metric, values);
		}
		return new AgencySummary(agency, rocYear, kind, importId, measureFigures, phone, surveyFigures, caseFigures,
				summary.rows(), trends);
	}

	/** The figures kept per year for later trends, by metric name (the names history.csv uses). */
	public static Map<String, Double> keyFigures(AgencySummary summary) {
		Map<String, Double> figures = new LinkedHashMap<>();
		put(figures, "measures.completionRate", summary.measures().rollup().totals().completionRate());
		PhoneTestStatistics.GroupFigures phone = summary.phoneTests().agency();
		put(figures, "phone.mean", phone.mean());
		put(figures, "phone.passRate", phone.passRate());
		summary.surveys().forEach((s) -> put(figures, "survey." + s.code() + ".satisfactionRate",
				s.result().overall().satisfaction().rate()));
		CaseStatistics.Result cases = summary.cases();
		if (cases != null) {
			put(figures, "cases.onTimeRate", cases.all().onTimeRate());
		}
		return figures;
	}

	private static List<String> trendMetrics(AgencySummary summary) {
		List<String> metrics = new ArrayList<>(List.of("phone.mean", "phone.passRate"));
		summary.surveys().forEach((s) -> metrics.add("survey." + s.code() + ".satisfactionRate"));
		metrics.add("cases.onTimeRate");
		return metrics;
	}

	private static void put(Map<String, Double> figures, String metric, Figure figure) {
		if (figure.isComputable()) {
			figures.put(metric, figure.value());
		}
	}

}
