package tw.annualreport.summary;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import tw.annualreport.figures.Interval;
import tw.annualreport.system.ReportKind;

/**
 * The one mapping between the summary records ({@link AgencySummary}, {@link BureauSummary}) and
 * their JSON: summary.json, the stored summary in the database, and every reader of them. Keys
 * are the record components in their order; no timestamps, so the same data give the same file.
 */
public final class SummaryJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.addMixIn(ReportKind.class, ReportKindAsCode.class)
		.addMixIn(Interval.Method.class, IntervalMethodAsCode.class)
		.build();

	private SummaryJson() {
	}

	/** A kind is written and read as its code, {@code draft} or {@code final} (system/ knows no Jackson). */
	private abstract static class ReportKindAsCode {

		@JsonValue
		abstract String code();

	}

	/** An interval's method is written and read as its code, {@code wilson} or {@code cluster}. */
	private abstract static class IntervalMethodAsCode {

		@JsonValue
		abstract String code();

	}

	public static String write(Object summary) {
		return MAPPER.writeValueAsString(summary) + "\n";
	}

	public static AgencySummary read(String json) {
		return MAPPER.readValue(json, AgencySummary.class);
	}

	/** The name a consolidated summary.json gives its bureau (or city), if it gives one. */
	public static Optional<String> bureauName(String json) {
		String name = MAPPER.readTree(json).path("bureau").path("name").asString("");
		return name.isBlank() ? Optional.empty() : Optional.of(name);
	}

	/** Another record (or array of them) written by {@link #write}, e.g. a frozen copy's improvements. */
	public static <T> T read(String json, Class<T> type) {
		return MAPPER.readValue(json, type);
	}

}
