package tw.annualreport.phonetest;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import tw.annualreport.figures.PhoneTestStatistics;
import tw.annualreport.system.StreamingReads;

/**
 * The phone-test figures of an import (SPEC §4 Phone tests), streamed test by test from the
 * database into {@link PhoneTestStatistics}: memory does not grow with the number of tests.
 */
@Component
public class PhoneTestFiguresQuery {

	private static final String TESTS = """
			SELECT t.test_id, t.unit, t.total, t.deductions, s.item_code, s.score
			FROM phone_test t JOIN phone_test_score s ON s.import_id = t.import_id AND s.test_id = t.test_id
			WHERE t.import_id = ?
			ORDER BY t.row_no, s.item_code
			""";

	private final JdbcTemplate jdbc;

	private final PhoneTestSettings settings;

	public PhoneTestFiguresQuery(StreamingReads reads, PhoneTestSettings settings) {
		this.jdbc = reads.jdbc();
		this.settings = settings;
	}

	/** @param previousMean last year's mean for the YoY change, or null */
	public PhoneTestStatistics.Result compute(long importId, Double previousMean) {
		PhoneTestStatistics statistics = new PhoneTestStatistics(this.settings.scale(), this.settings.passThreshold());
		TestRows rows = new TestRows(statistics);
		this.jdbc.query(TESTS, rows::row, importId);
		rows.flush();
		return statistics.result(previousMean);
	}

	/** Groups the joined rows of one test (one per scored item) back into the test. */
	private static final class TestRows {

		private final PhoneTestStatistics statistics;

		private String testId;

		private String unit;

		private double total;

		private List<String> deductions;

		private Map<String, BigDecimal> scores = new LinkedHashMap<>();

		TestRows(PhoneTestStatistics statistics) {
			this.statistics = statistics;
		}

		void row(java.sql.ResultSet rs) throws java.sql.SQLException {
			String id = rs.getString(1);
			if (!id.equals(this.testId)) {
				flush();
				this.testId = id;
				this.unit = rs.getString(2);
				this.total = rs.getDouble(3);
				String deductions = rs.getString(4);
				this.deductions = (deductions == null) ? List.of() : Arrays.asList(deductions.split("；"));
			}
			this.scores.put(rs.getString(5), rs.getBigDecimal(6));
		}

		void flush() {
			if (this.testId != null) {
				this.statistics.add(this.unit, this.total, this.scores, this.deductions);
				this.scores = new LinkedHashMap<>();
				this.testId = null;
			}
		}

	}

}
