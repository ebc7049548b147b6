package tw.annualreport.report.document;

import java.util.List;

/**
 * One row of a spreadsheet sheet, as {@code report.spreadsheet} writes it; its {@link RowKind}
 * picks the row's style and height. Cells are {@link String} (always written as text, never as a
 * formula) or {@link Cells.Num} (a numeric cell with a number format).
 */
public record SheetRow(RowKind kind, List<Object> cells) {

	/** What a row of a sheet is. */
	public enum RowKind {

		TITLE, NOTE, HEAD, DATA, BLANK

	}

	static SheetRow title(String text) {
		return new SheetRow(RowKind.TITLE, List.of(text));
	}

	static SheetRow note(String text) {
		return new SheetRow(RowKind.NOTE, List.of(text));
	}

	static SheetRow head(String... labels) {
		return new SheetRow(RowKind.HEAD, List.of((Object[]) labels));
	}

	static SheetRow data(List<Object> cells) {
		return new SheetRow(RowKind.DATA, cells);
	}

	static SheetRow blank() {
		return new SheetRow(RowKind.BLANK, List.of());
	}

}
