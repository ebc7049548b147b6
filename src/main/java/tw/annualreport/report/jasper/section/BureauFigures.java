package tw.annualreport.report.jasper.section;

import java.util.ArrayList;
import java.util.List;

import tw.annualreport.report.jasper.document.Kind;
import tw.annualreport.summary.BureauSummary;
import tw.annualreport.summary.BureauSummary.PooledSurvey;
import tw.annualreport.summary.KeyFigures;

/**
 * The key figures the bureau's report compares, in order (those of {@link BureauSummary#metrics}),
 * each with its label, how it is shown, and its bureau-wide value with the two sums it is divided
 * from, so the report can say how it was pooled.
 */
final class BureauFigures {

	/** The sentence saying how the bureau's figures are computed. */
	static final String POOLING = "全局數值以各機關原始筆數合計後計算，並非各機關比率之平均：措施完成率＝已完成措施數合計 ÷ 措施數合計；"
			+ "電話禮貌測試平均分數＝受測分數合計 ÷ 受測次數合計；通過率＝通過次數合計 ÷ 受測次數合計；整體滿意度＝滿意（4、5 分）答項合計 ÷ "
			+ "有效答項合計；案件準時結案率＝準時結案件數合計 ÷ 結案件數合計。";

	private BureauFigures() {
	}

	/**
	 * One compared figure.
	 *
	 * @param numerator the sum over the agencies divided by {@code denominator}
	 * @param basis what the two sums are: 「通過次數 ÷ 受測次數」
	 */
	record Figure(String metric, String label, Kind kind, Double pooled, double numerator, long denominator,
			String basis) {
	}

	static List<Figure> of(BureauSummary bureau) {
		BureauSummary.Pooled p = bureau.pooled();
		List<Figure> figures = new ArrayList<>();
		figures.add(new Figure(KeyFigures.COMPLETION_RATE, "措施完成率", Kind.PERCENT, p.completionRate(), p.completed(),
				p.measures(), "已完成措施數 ÷ 措施數"));
		figures.add(new Figure(KeyFigures.PHONE_MEAN, "電話禮貌測試平均分數", Kind.SCORE, p.phoneMean(), p.phoneScoreTotal(),
				p.phoneTests(), "受測分數合計 ÷ 受測次數"));
		figures.add(new Figure(KeyFigures.PHONE_PASS_RATE, "電話禮貌測試通過率", Kind.PERCENT, p.phonePassRate(), p.phonePassed(),
				p.phoneTests(), "通過次數 ÷ 受測次數"));
		figures.add(new Figure(KeyFigures.CASES_ON_TIME_RATE, "案件準時結案率", Kind.PERCENT, p.casesOnTimeRate(), p.casesOnTime(),
				p.casesClosed(), "準時結案件數 ÷ 結案件數"));
		for (PooledSurvey survey : p.surveys()) {
			figures.add(new Figure(KeyFigures.surveyRate(survey.code()), bureau.surveyTitles().get(survey.code()) + "整體滿意度",
					Kind.PERCENT, survey.satisfactionRate(), survey.satisfied(), survey.valid(), "滿意答項 ÷ 有效答項"));
		}
		return figures;
	}

}
