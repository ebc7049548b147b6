package tw.annualreport.cases;

import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import tw.annualreport.figures.CaseStatistics;
import tw.annualreport.system.StreamingReads;

/** The case figures of an import (SPEC §4 Cases), streamed into {@link CaseStatistics}. */
@Component
public class CaseFiguresQuery {

	private static final String CASES = """
			SELECT case_id, case_type, channel, category, received_date, limit_days, closed_date
			FROM case_record WHERE import_id = ?
			ORDER BY row_no
			""";

	private final JdbcTemplate jdbc;

	public CaseFiguresQuery(StreamingReads reads) {
		this.jdbc = reads.jdbc();
	}

	/** The figures, or null when the agency has no cases (cases.csv is optional). */
	public CaseStatistics.Result compute(long importId, int rocYear) {
		Long count = this.jdbc.queryForObject("SELECT COUNT(*) FROM case_record WHERE import_id = ?", Long.class, importId);
		if (count == null || count == 0) {
			return null;
		}
		CaseStatistics statistics = new CaseStatistics(LocalDate.of(rocYear + 1911, 12, 31));
		this.jdbc.query(CASES, (rs) -> {
			statistics.add(rs.getString(1), typeLabel(rs.getString(2)), rs.getString(3), rs.getString(4),
					rs.getObject(5, LocalDate.class), rs.getInt(6), rs.getObject(7, LocalDate.class));
		}, importId);
		return statistics.result();
	}

	/** Cases are grouped and shown by the officer's word for the type. */
	static String typeLabel(String type) {
		return "PETITION".equals(type) ? "陳情" : "申辦";
	}

}
