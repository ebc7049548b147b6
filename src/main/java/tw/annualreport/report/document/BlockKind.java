package tw.annualreport.report.document;

/**
 * What a {@link Block} is, and so which detail band of {@code reports/report.jrxml} prints it
 * (each band's print expression names its kind).
 */
public enum BlockKind {

	/** the cover page: its texts are the template's parameters */
	COVER,
	/** a section's heading, on a new page */
	H1,
	/** a paragraph, under an optional heading */
	P,
	/** a note in small print */
	NOTE,
	/** a row of a table: {@link Block#layout()} names the table's band */
	ROW,
	/** a measure of the plan, below the level-1 and level-2 nodes it starts */
	PLAN,
	/** a bar chart */
	BAR,
	/** a line chart */
	LINE,
	/** a bar chart with a reference line (the bureau's pooled figure) */
	COMPARE

}
