package tw.annualreport.figures;

/** Execution status of a measure (措施執行狀態). */
public enum MeasureStatus {

	/** 已完成 */
	COMPLETED("已完成"),
	/** 執行中 */
	IN_PROGRESS("執行中"),
	/** 未執行 */
	NOT_STARTED("未執行");

	private final String label;

	MeasureStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
