package tw.annualreport.execution;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import tw.annualreport.figures.IndicatorDirection;
import tw.annualreport.figures.IndicatorFigures;
import tw.annualreport.figures.LatestActual;
import tw.annualreport.figures.MeasureRollup;
import tw.annualreport.plan.PlanNode;
import tw.annualreport.plan.PlanQuery;

/**
 * The measure figures of an import (SPEC §4 Measures): status and 場次/人次 per leaf summed in
 * SQL, rolled up the plan tree in Java; each indicator's latest actual and achievement.
 */
@Component
public class MeasureFiguresQuery {

	private static final String PER_LEAF = """
			SELECT measure_code, COUNT(*),
			       SUM(CASE WHEN status = 'COMPLETED' THEN 1 ELSE 0 END), SUM(sessions), SUM(participants)
			FROM execution_record WHERE import_id = ?
			GROUP BY measure_code
			""";

	private static final String ACTUALS = """
			SELECT measure_code, exec_date, actual_value FROM execution_record
			WHERE import_id = ? AND actual_value IS NOT NULL
			ORDER BY measure_code, exec_date, row_no
			""";

	private final JdbcTemplate jdbc;

	private final PlanQuery plan;

	public MeasureFiguresQuery(JdbcTemplate jdbc, PlanQuery plan) {
		this.jdbc = jdbc;
		this.plan = plan;
	}

	/**
	 * An indicator (指標) of a measure with its figures.
	 *
	 * @param source the computed figure its actual is to be (指標來源); then its figures here have no
	 *        actual yet, since execution records cannot give one
	 * @param recordedActual the latest 指標實績 of the records of a bound indicator that keeps them (one
	 *        bound to its measure's 場次 or 人次), to be compared with the figure; null otherwise
	 */
	public record Indicator(String code, String title, String name, String unit, LocalDate actualDate,
			IndicatorFigures figures, String source, Double recordedActual) {
	}

	/** The plan tree, its roll-up (in the same order) and the indicators. */
	public record MeasureFigures(List<PlanNode> nodes, MeasureRollup.Result rollup, List<Indicator> indicators) {
	}

	public MeasureFigures compute(long importId) {
		List<PlanNode> nodes = this.plan.nodes(importId);
		MeasureRollup rollup = new MeasureRollup(
				nodes.stream().map((n) -> new MeasureRollup.Node(n.code(), n.parentCode())).toList());
		this.jdbc.query(PER_LEAF, (rs) -> {
			rollup.add(new MeasureRollup.LeafActivity(rs.getString(1), rs.getLong(2) > 0, rs.getLong(3) > 0,
					rs.getLong(4), rs.getLong(5)));
		}, importId);
		Map<String, LatestActual> actuals = new LinkedHashMap<>();
		this.jdbc.query(ACTUALS, (rs) -> {
			actuals.computeIfAbsent(rs.getString(1), (k) -> new LatestActual())
				.add(rs.getObject(2, LocalDate.class), rs.getBigDecimal(3).doubleValue());
		}, importId);
		List<Indicator> indicators = nodes.stream().filter(PlanNode::hasIndicator).map((n) -> {
			// a bound indicator's actual is a computed figure: its records have none (rejected on import),
			// except one bound to its measure's 場次/人次, whose records' actual is kept for comparison
			LatestActual recorded = actuals.getOrDefault(n.code(), new LatestActual());
			LatestActual actual = n.hasIndicatorSource() ? new LatestActual() : recorded;
			IndicatorFigures figures = IndicatorFigures.of(
					"LOWER".equals(n.direction()) ? IndicatorDirection.LOWER_IS_BETTER : IndicatorDirection.HIGHER_IS_BETTER,
					n.target() == null ? null : n.target().doubleValue(), actual.value(),
					n.previous() == null ? null : n.previous().doubleValue());
			return new Indicator(n.code(), n.title(), n.indicatorName(), n.indicatorUnit(), actual.date(), figures,
					n.indicatorSource(), n.hasIndicatorSource() ? recorded.value() : null);
		}).toList();
		return new MeasureFigures(nodes, rollup.result(), indicators);
	}

}
