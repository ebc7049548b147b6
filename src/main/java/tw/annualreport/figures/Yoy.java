package tw.annualreport.figures;

/** Year-over-year comparisons (與前一年度比較). */
public final class Yoy {

	private Yoy() {
	}

	/**
	 * current − previous, in the unit of the figure (for rates: a change in proportion,
	 * i.e. 個百分點 once shown ×100).
	 */
	public static Figure change(Figure current, Double previous) {
		if (previous == null) {
			return Figure.notComputable("無前一年度資料");
		}
		if (!current.isComputable()) {
			return Figure.notComputable("本年度" + current.reason());
		}
		return Figure.of(current.value() - previous);
	}

	/** (current − previous) ÷ previous: 成長率. */
	public static Figure growth(Double current, Double previous) {
		if (previous == null) {
			return Figure.notComputable("無前一年度實績");
		}
		if (current == null) {
			return Figure.notComputable("無本年度實績");
		}
		if (previous <= 0) {
			// a negative base flips the sign of the rate; zero has no rate at all
			return Figure.notComputable(previous == 0 ? "前一年度實績為 0，無法計算成長率" : "前一年度實績為負數，無法計算成長率");
		}
		return Figure.of((current - previous) / previous);
	}

}
