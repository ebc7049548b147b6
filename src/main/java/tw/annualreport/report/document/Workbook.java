package tw.annualreport.report.document;

import java.util.ArrayList;
import java.util.List;

/**
 * The workbook being written (XLSX and ODS): sections add sheets, each starting with the report's
 * title and note, and write their tables in it, cells typed (numbers unrounded with their format).
 */
public final class Workbook {

	private final String title;

	private final String note;

	private final List<Sheet> sheets = new ArrayList<>();

	/**
	 * @param title the first row of every sheet, before its heading
	 * @param note the second row of every sheet ({@code null}: none)
	 */
	public Workbook(String title, String note) {
		this.title = title;
		this.note = note;
	}

	public List<Sheet> sheets() {
		return List.copyOf(this.sheets);
	}

	/** A new sheet, its first rows 「title　heading」 and the note. */
	public Rows sheet(SheetLayout layout, String heading) {
		return sheet(layout, layout.name(), heading);
	}

	/** A new sheet named for this report (a name that holds the plan's level names), else as {@link #sheet(SheetLayout, String)}. */
	public Rows sheet(SheetLayout layout, String name, String heading) {
		Rows rows = new Rows(layout);
		rows.title((heading == null) ? this.title : this.title + "　" + heading);
		if (this.note != null) {
			rows.note(this.note);
		}
		this.sheets.add(new Sheet(layout, name, rows.rows));
		return rows;
	}

	/** The rows of one sheet; a table must be one of its layout's. */
	public static final class Rows {

		private final SheetLayout layout;

		private final List<SheetRow> rows = new ArrayList<>();

		private Rows(SheetLayout layout) {
			this.layout = layout;
		}

		public Rows title(String text) {
			this.rows.add(SheetRow.title(text));
			return this;
		}

		public Rows note(String text) {
			this.rows.add(SheetRow.note(text));
			return this;
		}

		public Rows blank() {
			this.rows.add(SheetRow.blank());
			return this;
		}

		/** The table's column headers. */
		public Rows head(Table table) {
			return head(table, table.headers());
		}

		/** Headers given with the data, for a table whose columns vary (the bureau's surveys). */
		public Rows head(Table table, List<String> labels) {
			check(table);
			this.rows.add(SheetRow.head(labels.toArray(String[]::new)));
			return this;
		}

		public Rows row(Table table, List<Cell> cells) {
			check(table);
			this.rows.add(SheetRow.data(cells.stream().map(Cell::sheet).toList()));
			return this;
		}

		public Rows rows(Table table, List<List<Cell>> rows) {
			rows.forEach((cells) -> row(table, cells));
			return this;
		}

		/** A table: its headers, then its rows. */
		public Rows table(Table table, List<List<Cell>> rows) {
			return head(table).rows(table, rows);
		}

		private void check(Table table) {
			if (!this.layout.tables().contains(table)) {
				throw new IllegalArgumentException(table + " is not in the layout of sheet " + this.layout.name());
			}
		}

	}

}
