package tw.annualreport.report.jasper.document;

import java.util.List;

/**
 * One row of a spreadsheet sheet, as {@code report.spreadsheet} writes it:
 * TITLE, NOTE, HEAD, DATA or BLANK. Cells are {@link String} (always written as text, never as a
 * formula) or {@link Cells.Num} (a numeric cell with a number format).
 */
public record SheetRow(String kind, List<Object> cells) {

	static SheetRow title(String text) {
		return new SheetRow("TITLE", List.of(text));
	}

	static SheetRow note(String text) {
		return new SheetRow("NOTE", List.of(text));
	}

	static SheetRow head(String... labels) {
		return new SheetRow("HEAD", List.of((Object[]) labels));
	}

	static SheetRow data(List<Object> cells) {
		return new SheetRow("DATA", cells);
	}

	static SheetRow blank() {
		return new SheetRow("BLANK", List.of());
	}

}
