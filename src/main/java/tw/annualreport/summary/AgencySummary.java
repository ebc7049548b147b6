package tw.annualreport.summary;

import java.util.List;
import java.util.Map;

import tw.annualreport.agency.Agency;
import tw.annualreport.execution.MeasureFiguresQuery.MeasureFigures;
import tw.annualreport.figures.CaseStatistics;
import tw.annualreport.figures.PhoneTestStatistics;
import tw.annualreport.source.ImportLedger.FileCount;
import tw.annualreport.survey.SurveyFiguresQuery.SurveyFigures;

/**
 * Every figure of an agency-year (SPEC §4), unrounded, as computed from its published import.
 *
 * @param cases null when the agency has no cases
 * @param trends per metric, the values of earlier years and this one, oldest first
 */
public record AgencySummary(Agency agency, int rocYear, String kind, long importId, MeasureFigures measures,
		PhoneTestStatistics.Result phoneTests, List<SurveyFigures> surveys, CaseStatistics.Result cases,
		List<FileCount> rows, Map<String, List<YearValue>> trends) {

	/** A metric's value in one year. */
	public record YearValue(int year, double value) {
	}

}
