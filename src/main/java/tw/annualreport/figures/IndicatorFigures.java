package tw.annualreport.figures;

import java.util.Objects;

/**
 * Figures of one indicator (指標): achievement (達成率) against the target and growth (成長率)
 * against last year's actual.
 *
 * @param achievement actual ÷ target (高) or target ÷ actual (低); 1.0 = target met
 * @param targetMet achievement ≥ 1, {@code null} when achievement is not computable
 * @param yoyGrowth (actual − previous) ÷ previous
 */
public record IndicatorFigures(IndicatorDirection direction, Double target, Double actual, Double previous,
		Figure achievement, Boolean targetMet, Figure yoyGrowth) {

	public static IndicatorFigures of(IndicatorDirection direction, Double target, Double actual, Double previous) {
		Objects.requireNonNull(direction, "direction");
		Figure achievement = achievement(direction, target, actual);
		Boolean met = achievement.isComputable() ? achievement.value() >= 1 : null;
		return new IndicatorFigures(direction, target, actual, previous, achievement, met,
				Yoy.growth(actual, previous));
	}

	public static Figure achievement(IndicatorDirection direction, Double target, Double actual) {
		if (target == null) {
			return Figure.notComputable("未訂目標值");
		}
		if (actual == null) {
			return Figure.notComputable("無指標實績");
		}
		if (target < 0 || actual < 0) {
			// a ratio of signed values would read as a 達成率 but mean nothing
			return Figure.notComputable("目標值或實績為負數，無法計算達成率");
		}
		if (direction == IndicatorDirection.HIGHER_IS_BETTER) {
			return (target == 0) ? Figure.notComputable("目標值為 0，無法計算達成率") : Figure.of(actual / target);
		}
		return (actual == 0) ? Figure.notComputable("實績為 0（越低越好），無法以目標值 ÷ 實績計算達成率")
				: Figure.of(target / actual);
	}

}
