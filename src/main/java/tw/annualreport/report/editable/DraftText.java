package tw.annualreport.report.editable;

/** What a draft's pages say at their top, as the PDF's stamp does; a final report says nothing. */
final class DraftText {

	/** The mark, large and grey, on every page of a draft. */
	static final String MARK = "草稿";

	private DraftText() {
	}

}
