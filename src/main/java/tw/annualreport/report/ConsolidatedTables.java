package tw.annualreport.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import tw.annualreport.summary.BureauSummary;
import tw.annualreport.summary.KeyFigures;

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
		List<String> metrics = BureauSummary.metrics(bureau.surveyTitles().keySet());
		List<String> labels = new ArrayList<>(List.of("措施完成率", "電話禮貌平均分數", "電話禮貌通過率", "案件準時結案率"));
		bureau.surveyTitles().values().forEach((title) -> labels.add(title + "整體滿意度"));
		List<String> header = new ArrayList<>(List.of("機關代碼", "機關名稱"));
		List<String> formats = new ArrayList<>(Arrays.asList(null, null));
		for (int i = 0; i < metrics.size(); i++) {
			header.add(labels.get(i));
			header.add("名次");
			formats.add(metrics.get(i).equals(KeyFigures.PHONE_MEAN) ? SCORE : PERCENT);
			formats.add(RANK);
		}
		header.add("拒收筆數");
		formats.add(COUNT);
		List<List<Object>> rows = new ArrayList<>();
		for (BureauSummary.AgencyRow agency : bureau.agencies()) {
			List<Object> row = new ArrayList<>(List.of(agency.code(), agency.name()));
			for (String metric : metrics) {
				row.add(agency.figures().get(metric));
				row.add(agency.ranks().get(metric));
			}
			row.add(agency.rowsRejected());
			rows.add(row);
		}
		BureauSummary.Pooled pooled = bureau.pooled();
		List<Object> total = new ArrayList<>(List.of("", "全局（依筆數合計）"));
		List<Double> pooledValues = new ArrayList<>(Arrays.asList(pooled.completionRate(), pooled.phoneMean(),
				pooled.phonePassRate(), pooled.casesOnTimeRate()));
		pooled.surveys().forEach((survey) -> pooledValues.add(survey.satisfactionRate()));
		for (Double value : pooledValues) {
			total.add(value);
			total.add(null);
		}
		total.add(bureau.agencies().stream().mapToLong(BureauSummary.AgencyRow::rowsRejected).sum());
		rows.add(total);
		String title = "各機關彙整表";
		String note = "名次 1 為最佳，數值相同者同名次；全局數值以各機關筆數合計計算（非各機關比率之平均）。";
		return new ConsolidatedTable(title, note, header, formats, rows);
	}

}
