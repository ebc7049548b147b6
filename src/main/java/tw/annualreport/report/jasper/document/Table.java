package tw.annualreport.report.jasper.document;

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
 */
public record Table(String id, String caption, int headerHeight, List<Column> columns) {

	/** The row height of every PDF table (rows stretch with their text). */
	public static final int ROW_HEIGHT = 18;

	/** The height of a caption line above the column headers. */
	public static final int CAPTION_HEIGHT = 18;

	public Table {
		columns = List.copyOf(columns);
	}

	public static Table of(String id, Column... columns) {
		return new Table(id, null, 22, Arrays.asList(columns));
	}

	public Table withHeaderHeight(int height) {
		return new Table(this.id, this.caption, height, this.columns);
	}

	public Table withCaption(String text) {
		return new Table(this.id, text, this.headerHeight, this.columns);
	}

	public List<String> headers() {
		return this.columns.stream().map(Column::header).toList();
	}

	/**
	 * A row of this table: each value shown as its column's kind; a {@link String} is text and a
	 * {@link Cell} is taken as given, in any column. A row may be shorter than the table (the
	 * rest is blank).
	 */
	public List<Cell> row(Object... values) {
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
