package tw.annualreport.report.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import tw.annualreport.report.document.Block.ChartPoint;

/**
 * The PDF report being written, as the list of {@link Block}s that {@code reports/report.jrxml}
 * prints in reading order. Sections add headings, paragraphs, notes, charts and tables; a table
 * must be one the template was compiled with.
 */
public final class PdfDocument {

	private final Set<Table> tables;

	private final List<Block> blocks = new ArrayList<>();

	/** The steps of the heights a table asks for to stay together (the template has a group per step). */
	public static final int KEEP_STEP = 40;

	/** The tallest table kept on one page whole (half a page): a taller one breaks, only its last rows stay together. */
	public static final int KEEP_LIMIT = 360;

	/** The rows at the end of a long table that stay together: never one or two rows alone on a page. */
	static final int KEEP_TAIL = 3;

	private int group;

	/** @param tables the tables compiled into the template */
	public PdfDocument(Set<Table> tables) {
		this.tables = tables;
	}

	public List<Block> blocks() {
		return List.copyOf(this.blocks);
	}

	public void cover() {
		add(BlockKind.COVER, null, null, null, null);
	}

	/** A section heading (壹、…) at the top of a new page. */
	public void section(String title) {
		add(BlockKind.H1, null, null, true, title);
	}

	public void paragraph(String heading, String text) {
		add(BlockKind.P, heading, null, null, text);
	}

	public void note(String text) {
		add(BlockKind.NOTE, null, null, null, text);
	}

	/**
	 * A table under its heading; the heading and the column headers repeat on every page it
	 * continues on. A table that fits in {@link #KEEP_LIMIT} points (as {@link TableHeight}
	 * estimates it) starts on the next page rather than break; a longer one breaks, but its last
	 * {@link #KEEP_TAIL} rows stay together, so a page never holds one or two of its rows alone.
	 */
	public void table(String heading, Table table, List<List<Cell>> rows) {
		String layout = layout(table);
		int g = nextGroup();
		List<List<String>> cells = rows.stream().map(PdfDocument::pdf).toList();
		int[] heights = cells.stream().mapToInt((row) -> TableHeight.row(table, row)).toArray();
		int whole = TableHeight.top(heading, table) + Arrays.stream(heights).sum();
		Integer keepWhole = (whole <= KEEP_LIMIT) ? step(whole) : null;
		int tailFrom = (keepWhole != null) ? cells.size() : Math.max(0, cells.size() - KEEP_TAIL);
		// rows taller than the tallest step ask for that much: a new page if less is left
		Integer keepTail = (keepWhole != null) ? null
				: Math.min(KEEP_LIMIT, step(Arrays.stream(heights, tailFrom, heights.length).sum()));
		for (int i = 0; i < cells.size(); i++) {
			this.blocks.add(new Block(BlockKind.ROW, g, keepWhole, (i >= tailFrom) ? keepTail : null, heading, layout, null, null,
					cells.get(i), null, null, null, null, null, null, table.caption(), null, null));
		}
	}

	/** The height rounded up to a step of {@link #KEEP_STEP}. */
	private static int step(int height) {
		return Math.max(1, (height + KEEP_STEP - 1) / KEEP_STEP) * KEEP_STEP;
	}

	/**
	 * The plan's measures, each a PLAN block: the level-1 and level-2 nodes it starts (when it
	 * does), its title, and its cells in {@code table}'s columns.
	 */
	public void measures(String heading, Table table, List<Measure> measures) {
		measures(heading, table, table.caption(), measures);
	}

	/** The plan's measures under a caption of this report (the plan's own level names) instead of the table's. */
	public void measures(String heading, Table table, String caption, List<Measure> measures) {
		String layout = layout(table);
		int g = nextGroup();
		for (Measure m : measures) {
			this.blocks.add(new Block(BlockKind.PLAN, g, null, null, heading, layout, null, m.title(), pdf(m.cells()), m.branch1(), m.branch2(),
					null, null, null, null, caption, null, null));
		}
	}

	/** One measure of the plan table; {@code branch1}/{@code branch2} are {@code null} unless it starts them. */
	public record Measure(String branch1, String branch2, String title, List<Cell> cells) {
	}

	public void barChart(String title, List<ChartPoint> points) {
		chart(BlockKind.BAR, title, points, null, null);
	}

	public void lineChart(String title, List<ChartPoint> points, double axisMin, double axisMax) {
		chart(BlockKind.LINE, title, points, axisMin, axisMax);
	}

	/**
	 * Bars comparing agencies with a line across them at {@code reference} (the bureau's figure),
	 * labelled {@code referenceLabel}.
	 */
	/**
	 * Agencies compared: a horizontal bar each (its category names it with its value), the reference
	 * as a line across them, the value axis from {@code axisMin} to {@code axisMax}, named
	 * {@code axisLabel} (the block's caption) with its unit.
	 */
	public void compareChart(String title, List<ChartPoint> points, Double reference, String referenceLabel,
			double axisMin, double axisMax, String axisLabel) {
		this.blocks.add(new Block(BlockKind.COMPARE, nextGroup(), null, null, null, null, null, null, null, null, null, title,
				points, axisMin, axisMax, axisLabel, reference, referenceLabel));
	}

	private void chart(BlockKind kind, String title, List<ChartPoint> points, Double axisMin, Double axisMax) {
		this.blocks.add(new Block(kind, nextGroup(), null, null, null, null, null, null, null, null, null, title, points, axisMin,
				axisMax, null, null, null));
	}

	private void add(BlockKind kind, String heading, String layout, Boolean newPage, String text) {
		this.blocks.add(new Block(kind, nextGroup(), null, null, heading, layout, newPage, text, null, null, null, null, null, null,
				null, null, null, null));
	}

	private String layout(Table table) {
		if (!this.tables.contains(table)) {
			throw new IllegalArgumentException(table + " is not in the compiled report template (not in a section's pdfTables())");
		}
		return table.id();
	}

	private static List<String> pdf(List<Cell> row) {
		return row.stream().map(Cell::pdf).toList();
	}

	private int nextGroup() {
		return ++this.group;
	}

}
