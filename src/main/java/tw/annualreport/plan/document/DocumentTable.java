package tw.annualreport.plan.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of a plan document as the format readers see it, before any meaning: rows of grid
 * positions, every row as wide as the widest, merges resolved to {@link TableSlot.Merge}.
 *
 * @param number the table's place in the document, from 1 (the messages name it)
 */
public record DocumentTable(int number, List<List<TableSlot>> rows) {

	public DocumentTable {
		int width = rows.stream().mapToInt(List::size).max().orElse(0);
		List<List<TableSlot>> padded = new ArrayList<>();
		for (List<TableSlot> row : rows) {
			List<TableSlot> full = new ArrayList<>(row);
			while (full.size() < width) {
				full.add(TableSlot.EMPTY);
			}
			padded.add(List.copyOf(full));
		}
		rows = List.copyOf(padded);
	}

	public int width() {
		return this.rows.isEmpty() ? 0 : this.rows.get(0).size();
	}

	/** The grid position, an empty one beyond the row's end. */
	public TableSlot slot(int row, int column) {
		List<TableSlot> cells = this.rows.get(row);
		return column < cells.size() ? cells.get(column) : TableSlot.EMPTY;
	}

}
