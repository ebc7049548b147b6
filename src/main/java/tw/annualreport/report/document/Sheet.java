package tw.annualreport.report.document;

import java.util.List;

/**
 * One sheet as filled: its layout (the compiled template), its name (the layout's, or one this
 * report gives it: 「貳、各評核構面」) and its rows.
 */
public record Sheet(SheetLayout layout, String name, List<SheetRow> rows) {

	/** Rows above the first data row (the title, notes and the first header), frozen. */
	public int frozenRows() {
		for (int i = 0; i < this.rows.size(); i++) {
			if (this.rows.get(i).kind() == SheetRow.RowKind.HEAD) {
				return i + 1;
			}
		}
		return 0;
	}

}
