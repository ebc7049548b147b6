package tw.annualreport.report.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table of the report: typed columns with their headers and widths, defined once in Java. The
 * build turns it into the header and row bands of the templates (see {@code ReportCompiler}), so
 * the order of the cells a section puts in a row is the order of its columns.
 *
 * @param id names the table's bands in the compiled template; unique in the report
 * @param caption a line above the column headers across the whole table ({@code null}: none)
 * @param headerHeight the height of the PDF's column header row, in points (the caption adds
 * {@link #CAPTION_HEIGHT})
 * @param sources for a {@link #view}: for each of its columns, the place of its value in the rows
 * of the table it shows; {@code null} for a table of its own
 */
public record Table(String id, String caption, int headerHeight, List<Column> columns, List<Integer> sources) {

	/** The row height of every PDF table (rows stretch with their text). */
	public static final int ROW_HEIGHT = 18;

	/** The height of a caption line above the column headers. */
	public static final int CAPTION_HEIGHT = 18;

	public Table {
		columns = List.copyOf(columns);
		sources = (sources == null) ? null : List.copyOf(sources);
	}

	public Table(String id, String caption, int headerHeight, List<Column> columns) {
		this(id, caption, headerHeight, columns, null);
	}

	public static Table of(String id, Column... columns) {
		return new Table(id, null, 22, Arrays.asList(columns));
	}

	public Table withHeaderHeight(int height) {
		return new Table(this.id, this.caption, height, this.columns, this.sources);
	}

	public Table withCaption(String text) {
		return new Table(this.id, text, this.headerHeight, this.columns, this.sources);
	}

	/**
	 * The same data seen another way, for the other output (the sheet's view of a PDF table): its
	 * own id and columns, each showing the value at {@code sources[i]} of this table's rows. Its
	 * {@link #row} takes the values in this table's order, so a section puts the data in a row once.
	 */
	public Table view(String id, List<Integer> sources, Column... columns) {
		if (sources.size() != columns.length || sources.stream().anyMatch((i) -> i < 0 || i >= this.columns.size())) {
			throw new IllegalArgumentException(id + ": a view needs one column of " + this.id + " per column");
		}
		return new Table(id, null, this.headerHeight, Arrays.asList(columns), sources);
	}

	public List<String> headers() {
		return this.columns.stream().map(Column::header).toList();
	}

	/**
	 * A row of this table: each value shown as its column's kind; a {@link String} is text and a
	 * {@link Cell} is taken as given, in any column. A row may be shorter than the table (the
	 * rest is blank). A {@link #view}'s row takes the values of the table it shows, in that table's
	 * order.
	 */
	public List<Cell> row(Object... values) {
		if (this.sources != null) {
			Object[] shown = values;
			values = this.sources.stream().map((i) -> shown[i]).toArray();
		}
		if (values.length > this.columns.size()) {
			throw new IllegalArgumentException(this.id + ": " + values.length + " cells for " + this.columns.size() + " columns");
		}
		List<Cell> cells = new ArrayList<>(values.length);
		for (int i = 0; i < values.length; i++) {
			Object value = values[i];
			cells.add((value instanceof Cell cell) ? cell
					: (value instanceof String text) ? Cell.text(text) : new Cell(value, this.columns.get(i).kind()));
		}
		return cells;
	}

	/** Its width in the PDF: the sum of its columns' widths. */
	public int pdfWidth() {
		return this.columns.stream().mapToInt(Column::pdfWidth).sum();
	}

	@Override
	public String toString() {
		return "Table " + this.id;
	}

}
