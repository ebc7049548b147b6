package tw.annualreport.summary;

import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one mapping between the summary records ({@link AgencySummary}, {@link BureauSummary}) and
 * their JSON: summary.json, the stored summary in the database, and every reader of them. Keys
 * are the record components in their order; no timestamps, so the same data give the same file.
 */
public final class SummaryJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.build();

	private SummaryJson() {
	}

	public static String write(Object summary) {
		return MAPPER.writeValueAsString(summary) + "\n";
	}

	public static AgencySummary read(String json) {
		return MAPPER.readValue(json, AgencySummary.class);
	}

}
