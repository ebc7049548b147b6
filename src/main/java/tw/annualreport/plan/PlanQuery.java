package tw.annualreport.plan;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The plan tree of an import, in reading order ({@link PlanOrder}: top-level items as plan.csv lists them, 1.2 before 1.10). */
@Component
public class PlanQuery {

	private static final String NODES = """
			SELECT code, parent_code, node_level, seq, title, units, indicator_name, indicator_unit, direction,
			       target_value, previous_value, indicator_source, label, due
			FROM plan_node WHERE import_id = ?
			""";

	private final JdbcTemplate jdbc;

	public PlanQuery(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<PlanNode> nodes(long importId) {
		return PlanOrder.of(this.jdbc.query(NODES, (rs, i) -> new PlanNode(rs.getString(1), rs.getString(2), rs.getInt(3),
				rs.getInt(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
				rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getString(12), rs.getString(13), rs.getString(14)), importId));
	}

}
