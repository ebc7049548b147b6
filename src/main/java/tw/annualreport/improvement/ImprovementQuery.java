package tw.annualreport.improvement;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The lines of an import's improvements.csv (檢討與改進), in the file's order; none without the file. */
@Component
public class ImprovementQuery {

	private static final String IMPROVEMENTS = """
			SELECT row_no, item, finding, improve_action, units, due_date FROM improvement
			WHERE import_id = ? ORDER BY row_no
			""";

	private final JdbcTemplate jdbc;

	public ImprovementQuery(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<Improvement> of(long importId) {
		return this.jdbc.query(IMPROVEMENTS, (rs, i) -> new Improvement(rs.getInt(1), rs.getString(2), rs.getString(3),
				rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class)), importId);
	}

}
