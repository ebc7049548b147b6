package tw.annualreport.source;

/**
 * One line of rejects.csv: where (file, sheet, Excel row, column), what (the value) and why.
 * A whole-file problem has row 0.
 */
public record RowProblem(String file, String sheet, int rowNumber, String column, String value,
		RejectReason reason, String detail) {

	public static RowProblem wholeFile(String file, String sheet, RejectReason reason, String detail) {
		return new RowProblem(file, sheet, 0, "", "", reason, detail);
	}

	/** The Chinese reason with its detail, as the officer reads it. */
	public String message() {
		return (this.detail == null || this.detail.isBlank()) ? this.reason.text()
				: this.reason.text() + "：" + this.detail;
	}

}
