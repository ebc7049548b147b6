package tw.annualreport.report.document;

import java.util.ArrayList;
import java.util.List;

/**
 * One sheet of the workbook: its key, its name
 * and the tables it can hold. A sheet has one width per column, whatever table sits in it: column
 * {@code i} is as wide as the widest table's column {@code i} says; another table may leave it
 * (width 0) but not contradict it.
 */
public record SheetLayout(String key, String name, List<Table> tables) {

	public SheetLayout {
		tables = List.copyOf(tables);
		columnWidths(tables);
	}

	public static SheetLayout of(String key, String name, Table... tables) {
		return new SheetLayout(key, name, List.of(tables));
	}

	/** The widths of the sheet's columns. */
	public List<Integer> columnWidths() {
		return columnWidths(this.tables);
	}

	public int width() {
		return columnWidths().stream().mapToInt(Integer::intValue).sum();
	}

	private static List<Integer> columnWidths(List<Table> tables) {
		List<Integer> widths = new ArrayList<>();
		for (Table table : tables) {
			List<Column> columns = table.columns();
			for (int i = 0; i < columns.size(); i++) {
				int width = columns.get(i).sheetWidth();
				if (i == widths.size()) {
					widths.add(width);
				}
				else if (width != 0 && widths.get(i) != 0 && widths.get(i) != width) {
					throw new IllegalArgumentException(table + ": column " + i + " is " + width + " wide, the sheet's is " + widths.get(i));
				}
				else if (width != 0) {
					widths.set(i, width);
				}
			}
		}
		if (widths.contains(0)) {
			throw new IllegalArgumentException("a column of the sheet has no width: " + widths);
		}
		return widths;
	}

}
