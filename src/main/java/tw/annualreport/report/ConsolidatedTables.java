package tw.annualreport.report;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * The bureau's consolidated table from its consolidated summary (see
 * {@code summary/BureauSummary}): per agency each key figure and its rank, then the pooled row.
 */
public final class ConsolidatedTables {

	private static final String PERCENT = "0.0%";

	private static final String SCORE = "0.0";

	private static final String RANK = "0";

	private ConsolidatedTables() {
	}

	public static ConsolidatedTable of(JsonNode bureau) {
		List<String> metrics = new ArrayList<>(List.of("measures.completionRate", "phoneTests.mean", "phoneTests.passRate",
				"cases.onTimeRate"));
		List<String> labels = new ArrayList<>(List.of("措施完成率", "電話禮貌平均分數", "電話禮貌通過率", "案件準時結案率"));
		List<String> pooledKeys = new ArrayList<>(List.of("completionRate", "phoneMean", "phonePassRate", "casesOnTimeRate"));
		bureau.path("surveyTitles").properties().forEach((entry) -> {
			metrics.add("surveys." + entry.getKey() + ".satisfactionRate");
			labels.add(entry.getValue().asString() + "整體滿意度");
			pooledKeys.add("survey:" + entry.getKey());
		});
		List<String> header = new ArrayList<>(List.of("機關代碼", "機關名稱"));
		List<String> formats = new ArrayList<>(java.util.Arrays.asList(null, null));
		for (int i = 0; i < metrics.size(); i++) {
			header.add(labels.get(i));
			header.add("名次");
			formats.add(metrics.get(i).equals("phoneTests.mean") ? SCORE : PERCENT);
			formats.add(RANK);
		}
		List<List<Object>> rows = new ArrayList<>();
		for (JsonNode agency : bureau.path("agencies")) {
			List<Object> row = new ArrayList<>(List.of(agency.path("code").asString(), agency.path("name").asString()));
			for (String metric : metrics) {
				row.add(number(agency.path("figures").path(metric)));
				row.add(number(agency.path("ranks").path(metric)));
			}
			rows.add(row);
		}
		JsonNode pooled = bureau.path("pooled");
		List<Object> total = new ArrayList<>(List.of("", "全局（依筆數合計）"));
		for (String key : pooledKeys) {
			total.add(key.startsWith("survey:") ? surveyRate(pooled, key.substring(7)) : number(pooled.path(key)));
			total.add(null);
		}
		rows.add(total);
		String title = bureau.path("bureau").path("name").asString() + " " + bureau.path("year").asInt() + "年度提升服務成果彙整表";
		String note = "名次 1 為最佳，數值相同者同名次；全局數值以各機關筆數合計計算（非各機關比率之平均）。";
		return new ConsolidatedTable(title, note, header, formats, rows);
	}

	private static Object surveyRate(JsonNode pooled, String code) {
		for (JsonNode survey : pooled.path("surveys")) {
			if (survey.path("code").asString().equals(code)) {
				return number(survey.path("satisfactionRate"));
			}
		}
		return null;
	}

	private static Object number(JsonNode node) {
		return node.isNumber() ? node.asDouble() : null;
	}

}
