package tw.annualreport.report.document;

import java.util.List;

/**
 * One block of the PDF report, the data source row of {@code reports/report.jrxml}: its
 * {@code kind} picks the detail band ({@link BlockKind}). Blocks of one {@code group} share a heading, and for a table ({@code layout}, the {@link Table#id()}) its
 * column headers, which the template re-prints on every page the table continues on. Texts are
 * final: formatted, rounded and masked. Written by {@link PdfDocument}.
 *
 * @param keepWhole on every row of a table kept on one page: the height it needs (a multiple of
 * {@link PdfDocument#KEEP_STEP}); a table starting lower on a page starts on the next one
 * @param keepTail on the last rows of a longer table: the height they need together; they move to
 * the next page together rather than leave one or two rows there alone
 * @param branch1 for a PLAN row: the level-1 node printed above the measure, when it starts
 * there
 * @param branch2 likewise for the level-2 node
 * @param axisMin the lower end of a line chart's value axis ({@code null}: from the data)
 * @param axisMax its upper end
 * @param caption for a table with a caption line ({@link Table#caption()}): its text in this report
 * (the plan's level names), printed above the column headers
 * @param reference for a COMPARE chart: the value drawn as a line across the bars (the bureau's
 * pooled figure), {@code null}: none
 * @param referenceLabel the label of that line
 */
public record Block(BlockKind kind, Integer group, Integer keepWhole, Integer keepTail, String heading, String layout,
		Boolean newPage, String text, List<String> cells, String branch1, String branch2, String chartTitle,
		List<ChartPoint> points, Double axisMin, Double axisMax, String caption, Double reference,
		String referenceLabel) {

	/** One bar or point of a chart: its series, the value as plotted and its label as printed. */
	public record ChartPoint(String series, String category, Double value, String label) {
	}

}
