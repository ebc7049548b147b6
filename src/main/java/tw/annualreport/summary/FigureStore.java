package tw.annualreport.summary;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tw.annualreport.privacy.MaskedCopy;
import tw.annualreport.summary.AgencySummary.YearValue;
import tw.annualreport.system.ReportKind;

/**
 * Stored figures: the summary of each agency-year, and its key figures by metric for the trends
 * and YoY of later years. Earlier years come from the database, or from history.csv when the
 * database does not have them.
 */
@Component
public class FigureStore {

	private static final String HISTORY = """
			SELECT figure_year, figure_value FROM history_figure WHERE import_id = ? AND metric = ?
			""";

	private static final String STORED = """
			SELECT roc_year, figure_value FROM figure_value WHERE agency_code = ? AND metric = ? AND roc_year < ?
			""";

	private final JdbcTemplate jdbc;

	public FigureStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The values of a metric in the years before {@code rocYear}, oldest first; the database wins over history.csv. */
	public List<YearValue> earlier(String agencyCode, int rocYear, long importId, String metric) {
		Map<Integer, Double> values = new TreeMap<>();
		this.jdbc.query(HISTORY, (rs) -> {
			values.put(rs.getInt(1), rs.getDouble(2));
		}, importId, metric);
		this.jdbc.query(STORED, (rs) -> {
			values.put(rs.getInt(1), rs.getDouble(2));
		}, agencyCode, metric, rocYear);
		List<YearValue> result = new ArrayList<>();
		values.forEach((year, value) -> {
			if (year < rocYear) {
				result.add(new YearValue(year, value));
			}
		});
		return result;
	}

	/** Last year's value of a metric, or null. */
	public Double previous(String agencyCode, int rocYear, long importId, String metric) {
		return earlier(agencyCode, rocYear, importId, metric).stream()
			.filter((v) -> v.year() == rocYear - 1)
			.map(YearValue::value)
			.findFirst()
			.orElse(null);
	}

	/**
	 * Replaces the stored summary and key figures of an agency-year. The summary is stored masked
	 * ({@link MaskedCopy}): summary.json, the report, the bureau's figures and the mail are all made
	 * from what is stored, so none of them shows personal data. The raw text stays in the import.
	 * @return the summary as stored
	 */
	@Transactional
	public AgencySummary store(AgencySummary computed, long importId) {
		AgencySummary summary = MaskedCopy.of(computed);
		String agencyCode = summary.agency().code();
		int rocYear = summary.year();
		this.jdbc.update("DELETE FROM agency_summary WHERE agency_code = ? AND roc_year = ?", agencyCode, rocYear);
		this.jdbc.update("""
				INSERT INTO agency_summary (agency_code, roc_year, import_id, kind, summary_json, computed_at)
				VALUES (?, ?, ?, ?, ?, ?)
				""", agencyCode, rocYear, importId, summary.kind().code(), SummaryJson.write(summary),
				Timestamp.from(Instant.now()));
		this.jdbc.update("DELETE FROM figure_value WHERE agency_code = ? AND roc_year = ?", agencyCode, rocYear);
		KeyFigures.computed(summary).forEach((metric, value) -> this.jdbc.update(
				"INSERT INTO figure_value (agency_code, roc_year, metric, figure_value) VALUES (?, ?, ?, ?)", agencyCode,
				rocYear, metric, value));
		return summary;
	}

	/** The kind (draft or final) of the figures last computed for an agency-year. */
	public Optional<ReportKind> kind(String agencyCode, int rocYear) {
		return this.jdbc.queryForList("SELECT kind FROM agency_summary WHERE agency_code = ? AND roc_year = ?",
				String.class, agencyCode, rocYear).stream().findFirst().map(ReportKind::of);
	}

	/** The stored summary of an agency-year. */
	public Optional<AgencySummary> summary(String agencyCode, int rocYear) {
		return summaryJson(agencyCode, rocYear).map(SummaryJson::read);
	}

	/** The stored summary of an agency-year as summary.json has it. */
	public Optional<String> summaryJson(String agencyCode, int rocYear) {
		return this.jdbc.queryForList("SELECT summary_json FROM agency_summary WHERE agency_code = ? AND roc_year = ?",
				String.class, agencyCode, rocYear).stream().findFirst();
	}

}
