package tw.annualreport.figures;

/** 指標方向: whether a higher or a lower actual is better. */
public enum IndicatorDirection {

	/** 高: e.g. 滿意度、場次 */
	HIGHER_IS_BETTER("高"),
	/** 低: e.g. 平均處理日數 */
	LOWER_IS_BETTER("低");

	private final String label;

	IndicatorDirection(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** 高 or 低; blank means 高 (the plan's default). */
	public static IndicatorDirection fromLabel(String label) {
		if (label == null || label.isBlank() || label.strip().equals("高")) {
			return HIGHER_IS_BETTER;
		}
		if (label.strip().equals("低")) {
			return LOWER_IS_BETTER;
		}
		throw new IllegalArgumentException("指標方向須為「高」或「低」：" + label);
	}

}
