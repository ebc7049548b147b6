package tw.annualreport.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import tw.annualreport.figures.Rounding;

/**
 * What the mail body says about an agency-year, read from the figures the job stored
 * ({@code figure_value}, {@code agency_summary}): the same numbers as the report files, and
 * nothing recomputed, so a re-send says what the first mail said.
 */
@Component
public class StoredFigures {

	private static final String KEY_FIGURES = """
			SELECT metric, figure_value FROM figure_value WHERE agency_code = ? AND roc_year = ?
			""";

	private static final String SURVEY_TITLES = """
			SELECT DISTINCT q.survey_code, q.survey_title FROM survey_question q
			JOIN agency_year y ON y.import_id = q.import_id
			WHERE y.agency_code = ? AND y.roc_year = ?
			""";

	private final JdbcTemplate jdbc;

	public StoredFigures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** 「措施完成率 78.8%」, 「電話禮貌測試平均 88.6 分」 … in the order of the headline. */
	public List<String> keyFigureLines(String agencyCode, int rocYear) {
		Map<String, Double> figures = new LinkedHashMap<>();
		this.jdbc.query(KEY_FIGURES, (rs) -> {
			figures.put(rs.getString(1), rs.getDouble(2));
		}, agencyCode, rocYear);
		Map<String, String> titles = new LinkedHashMap<>();
		this.jdbc.query(SURVEY_TITLES, (rs) -> {
			titles.putIfAbsent(rs.getString(1), rs.getString(2));
		}, agencyCode, rocYear);
		List<String> lines = new ArrayList<>();
		add(lines, "措施完成率 ", percent(figures.get("measures.completionRate")));
		add(lines, "電話禮貌測試平均 ", score(figures.get("phone.mean")));
		add(lines, "電話禮貌測試及格率 ", percent(figures.get("phone.passRate")));
		figures.keySet()
			.stream()
			.filter((metric) -> metric.startsWith("survey.") && metric.endsWith(".satisfactionRate"))
			.sorted()
			.forEach((metric) -> {
				String code = metric.substring("survey.".length(), metric.length() - ".satisfactionRate".length());
				add(lines, titles.getOrDefault(code, "問卷 " + code + " ") + "整體滿意度 ", percent(figures.get(metric)));
			});
		add(lines, "案件準時結案率 ", percent(figures.get("cases.onTimeRate")));
		return lines;
	}

	/** The kind ({@code draft}/{@code final}) of the figures last computed for an agency-year. */
	public Optional<String> kind(String agencyCode, int rocYear) {
		return this.jdbc
			.queryForList("SELECT kind FROM agency_summary WHERE agency_code = ? AND roc_year = ?", String.class,
					agencyCode, rocYear)
			.stream()
			.findFirst();
	}

	private static void add(List<String> lines, String label, String value) {
		if (value != null) {
			lines.add(label + value);
		}
	}

	private static String percent(Double ratio) {
		return (ratio != null) ? Rounding.percent(ratio, 1).toPlainString() + "%" : null;
	}

	private static String score(Double mean) {
		return (mean != null) ? Rounding.halfUp(mean, 1).toPlainString() + " 分" : null;
	}

}
