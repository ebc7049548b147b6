package tw.annualreport.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.SerializationFeature;

/**
 * The bureau's consolidated (彙整) figures of a year, from the stored summaries of its agencies:
 * one row per agency with the key figures and their ranks (1 = best; equal values share a
 * rank), and the bureau-wide figures pooled over the agencies' counts (not averages of rates).
 */
public final class BureauSummary {

	private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	/** The key figures compared between agencies; all are better when higher. */
	static final List<String> METRICS = List.of("measures.completionRate", "phoneTests.mean", "phoneTests.passRate",
			"cases.onTimeRate");

	private BureauSummary() {
	}

	/**
	 * @param summaries the agencies' summary.json trees, in the order to list them
	 */
	public static ObjectNode tree(String parentCode, String parentName, int rocYear, List<JsonNode> summaries) {
		ObjectNode root = MAPPER.createObjectNode();
		root.put("schemaVersion", SummaryJson.SCHEMA_VERSION);
		root.putObject("bureau").put("code", parentCode).put("name", parentName);
		root.put("year", rocYear);
		root.put("gregorianYear", rocYear + 1911);
		Set<String> surveyCodes = new LinkedHashSet<>();
		ObjectNode surveyTitles = root.putObject("surveyTitles");
		summaries.forEach((s) -> s.path("surveys").forEach((survey) -> {
			surveyCodes.add(survey.path("code").asString());
			if (!surveyTitles.has(survey.path("code").asString())) {
				surveyTitles.put(survey.path("code").asString(), survey.path("title").asString());
			}
		}));
		List<String> metrics = new ArrayList<>(METRICS);
		surveyCodes.forEach((code) -> metrics.add("surveys." + code + ".satisfactionRate"));

		Map<String, Map<String, Double>> values = new LinkedHashMap<>();
		for (JsonNode s : summaries) {
			Map<String, Double> row = new LinkedHashMap<>();
			for (String metric : metrics) {
				row.put(metric, value(s, metric));
			}
			values.put(s.path("agency").path("code").asString(), row);
		}
		ArrayNode agencies = root.putArray("agencies");
		for (JsonNode s : summaries) {
			String code = s.path("agency").path("code").asString();
			ObjectNode row = agencies.addObject();
			row.put("code", code);
			row.put("name", s.path("agency").path("name").asString());
			ObjectNode figures = row.putObject("figures");
			ObjectNode ranks = row.putObject("ranks");
			for (String metric : metrics) {
				Double value = values.get(code).get(metric);
				figures.put(metric, value);
				ranks.put(metric, rank(values, metric, value));
			}
		}
		pooled(root.putObject("pooled"), summaries, surveyCodes);
		return root;
	}

	public static String write(ObjectNode tree) {
		return MAPPER.writeValueAsString(tree) + "\n";
	}

	/** Competition ranking (1, 2, 2, 4), higher is better; null for an agency without the figure. */
	static Integer rank(Map<String, Map<String, Double>> values, String metric, Double value) {
		if (value == null) {
			return null;
		}
		int better = 0;
		for (Map<String, Double> row : values.values()) {
			Double other = row.get(metric);
			if (other != null && other > value) {
				better++;
			}
		}
		return better + 1;
	}

	private static void pooled(ObjectNode pooled, List<JsonNode> summaries, Set<String> surveyCodes) {
		long leaves = 0;
		long completed = 0;
		long tests = 0;
		long passed = 0;
		double points = 0;
		long closed = 0;
		long onTime = 0;
		for (JsonNode s : summaries) {
			leaves += s.path("measures").path("total").asLong();
			completed += s.path("measures").path("completed").asLong();
			JsonNode phone = s.path("phoneTests");
			tests += phone.path("count").asLong();
			passed += phone.path("passed").asLong();
			if (phone.path("mean").isNumber()) {
				points += phone.path("mean").asDouble() * phone.path("count").asLong();
			}
			closed += s.path("cases").path("closed").asLong();
			onTime += s.path("cases").path("onTime").asLong();
		}
		pooled.put("agencies", summaries.size());
		pooled.put("measures", leaves);
		pooled.put("completed", completed);
		ratio(pooled, "completionRate", completed, leaves);
		pooled.put("phoneTests", tests);
		ratio(pooled, "phoneMean", points, tests);
		ratio(pooled, "phonePassRate", passed, tests);
		ArrayNode surveys = pooled.putArray("surveys");
		for (String code : surveyCodes) {
			long satisfied = 0;
			long valid = 0;
			long respondents = 0;
			for (JsonNode s : summaries) {
				for (JsonNode survey : s.path("surveys")) {
					if (survey.path("code").asString().equals(code)) {
						satisfied += survey.path("satisfied").asLong();
						valid += survey.path("valid").asLong();
						respondents += survey.path("respondents").asLong();
					}
				}
			}
			ObjectNode n = surveys.addObject().put("code", code).put("respondents", respondents)
				.put("satisfied", satisfied).put("valid", valid);
			ratio(n, "satisfactionRate", satisfied, valid);
		}
		pooled.put("casesClosed", closed);
		ratio(pooled, "casesOnTimeRate", onTime, closed);
	}

	private static void ratio(ObjectNode node, String key, double numerator, long denominator) {
		if (denominator == 0) {
			node.putNull(key);
			node.put(key + "Reason", "各機關皆無資料");
		}
		else {
			node.put(key, numerator / denominator);
		}
	}

	/** A key figure of one agency's summary by its dotted name, or null. */
	static Double value(JsonNode summary, String metric) {
		if (metric.startsWith("surveys.")) {
			String code = metric.substring("surveys.".length(), metric.lastIndexOf('.'));
			for (JsonNode survey : summary.path("surveys")) {
				if (survey.path("code").asString().equals(code)) {
					return number(survey.path("satisfactionRate"));
				}
			}
			return null;
		}
		JsonNode node = summary;
		for (String part : metric.split("\\.")) {
			node = node.path(part);
		}
		return number(node);
	}

	private static Double number(JsonNode node) {
		return node.isNumber() ? node.asDouble() : null;
	}

	static Comparator<JsonNode> byCode() {
		return Comparator.comparing((JsonNode s) -> s.path("agency").path("code").asString());
	}

}
