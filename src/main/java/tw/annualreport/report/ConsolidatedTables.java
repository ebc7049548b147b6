package tw.annualreport.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import tw.annualreport.figures.IndicatorSource.Scale;
import tw.annualreport.summary.BureauSummary;
import tw.annualreport.summary.KeyFigure;

/**
 * The bureau's consolidated table from its consolidated summary ({@link BureauSummary}): per
 * agency each key figure and its rank and its rows rejected, then the pooled row.
 */
public final class ConsolidatedTables {

	private static final String PERCENT = "0.0%";

	private static final String SCORE = "0.0";

	private static final String RANK = "0";

	private static final String COUNT = "#,##0";

	private ConsolidatedTables() {
	}

	public static ConsolidatedTable of(BureauSummary bureau) {
		List<KeyFigure.Binding> figures = KeyFigure.compared(bureau.surveyTitles().keySet());
		List<String> header = new ArrayList<>(List.of("機關代碼", "機關名稱"));
		List<String> formats = new ArrayList<>(Arrays.asList(null, null));
		for (KeyFigure.Binding figure : figures) {
			header.add(figure.label(bureau.surveyTitles()));
			header.add("名次");
			formats.add((figure.figure().scale() == Scale.RATE) ? PERCENT : SCORE);
			formats.add(RANK);
		}
		header.add("拒收筆數");
		formats.add(COUNT);
		List<List<Object>> rows = new ArrayList<>();
		for (BureauSummary.AgencyRow agency : bureau.agencies()) {
			List<Object> row = new ArrayList<>(List.of(agency.code(), agency.name()));
			for (KeyFigure.Binding figure : figures) {
				row.add(agency.figures().get(figure.key()));
				row.add(agency.ranks().get(figure.key()));
			}
			row.add(agency.rowsRejected());
			rows.add(row);
		}
		List<Object> total = new ArrayList<>(List.of("", "全局（依筆數合計）"));
		for (KeyFigure.Binding figure : figures) {
			total.add(bureau.pooled().figure(figure.key()).value());
			total.add(null);
		}
		total.add(bureau.agencies().stream().mapToLong(BureauSummary.AgencyRow::rowsRejected).sum());
		rows.add(total);
		String title = "各機關彙整表";
		String note = "名次 1 為最佳，數值相同者同名次；全局數值以各機關筆數合計計算（非各機關比率之平均）。";
		return new ConsolidatedTable(title, note, header, formats, rows);
	}

}
