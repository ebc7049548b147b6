package tw.annualreport.register;

/**
 * Where an agency's report of a year stands, as the bureau sees it on its board, in the
 * consolidation and in its summary.json.
 */
public enum SubmissionStatus {

	/** 未繳交: nothing of the year yet (no upload, no import). */
	NOT_SUBMITTED("未繳交"),
	/** 已上傳: files uploaded or imported, no report made of them yet. */
	UPLOADED("已上傳"),
	/** 草稿: a report made, not sent to the bureau. */
	DRAFT("草稿"),
	/** 已送出: sent to the bureau (frozen), awaiting its decision. */
	SENT("已送出"),
	/** 退回: returned by the bureau with a comment, to be corrected and sent again. */
	RETURNED("退回"),
	/** 已核定: accepted by the bureau (備查); its frozen report is the one consolidated. */
	APPROVED("已核定"),
	/** 失敗: its latest run failed. */
	FAILED("失敗");

	private final String label;

	SubmissionStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** Whether the agency has handed its report in (送出 or 核定): no reminder, never late. */
	public boolean handedIn() {
		return this == SENT || this == APPROVED;
	}

}
