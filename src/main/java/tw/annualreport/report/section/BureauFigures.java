package tw.annualreport.report.section;

import java.util.ArrayList;
import java.util.List;

import tw.annualreport.figures.IndicatorSource.Scale;
import tw.annualreport.report.document.Kind;
import tw.annualreport.summary.BureauSummary;
import tw.annualreport.summary.KeyFigure;

/**
 * The key figures the bureau's report compares, in order ({@link KeyFigure#compared}), each with
 * its label, how it is shown, and its bureau-wide value with the two sums it is divided from, so
 * the report can say how it was pooled.
 */
final class BureauFigures {

	/** The sentence saying how the bureau's figures are computed, one clause a figure. */
	static final String POOLING = pooling();

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
		return of(bureau, bureau.pooled());
	}

	/** The compared figures of {@code pooled}: the bureau's, or one of a city's bureaus. */
	static List<Figure> of(BureauSummary bureau, BureauSummary.Pooled pooledFigures) {
		List<Figure> figures = new ArrayList<>();
		for (KeyFigure.Binding figure : KeyFigure.compared(bureau.surveyTitles().keySet())) {
			BureauSummary.PooledFigure pooled = pooledFigures.figure(figure.key());
			figures.add(new Figure(figure.key(), figure.label(bureau.surveyTitles()), kind(figure.figure()),
					pooled.value(), pooled.numerator(), pooled.denominator(), figure.figure().pooling().basis()));
		}
		return figures;
	}

	/** A rate as a percentage, a score or days with one decimal. */
	static Kind kind(KeyFigure figure) {
		return (figure.scale() == Scale.RATE) ? Kind.PERCENT : Kind.SCORE;
	}

	private static String pooling() {
		List<String> clauses = new ArrayList<>();
		for (KeyFigure figure : KeyFigure.values()) {
			KeyFigure.Pooling p = figure.pooling();
			if (p == null) {
				continue;
			}
			clauses.add(figure.label() + "＝" + sum(p.numerator()) + " ÷ " + sum(p.denominator()));
		}
		return "全局數值以各機關原始筆數合計後計算，並非各機關比率之平均：" + String.join("；", clauses) + "。";
	}

	private static String sum(String counts) {
		return counts.endsWith("合計") ? counts : counts + "合計";
	}

}
