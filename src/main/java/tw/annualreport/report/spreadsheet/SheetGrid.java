package tw.annualreport.report.spreadsheet;

import java.util.ArrayList;
import java.util.List;

import tw.annualreport.report.document.Cells;
import tw.annualreport.report.document.SheetRow.RowKind;
import tw.annualreport.report.document.SheetRow;

/**
 * The cells of a sheet's rows as both spreadsheet writers lay them out: a title or note spans the
 * sheet, a header row has a cell in every column (an empty one bordered too), a data row a cell
 * wherever the row has a value. Heights follow the report's fonts, so a wrapped text shows whole.
 */
final class SheetGrid {

	/** The row heights of the sheet templates this replaced, in points. */
	static final double TITLE_HEIGHT = 26;

	static final double NOTE_HEIGHT = 20;

	static final double HEAD_HEIGHT = 22;

	static final double DATA_HEIGHT = 20;

	static final double BLANK_HEIGHT = 12;

	/** The height of one line of 10-point Noto Sans TC, and of 9-point for the note. */
	private static final double LINE = 14.5;

	private static final double NOTE_LINE = 13;

	/** A cell's padding, left and right together, in points. */
	private static final double PADDING = 4;

	/** The sheet column widths are points; a spreadsheet column of width 1 is about 6 of them. */
	static final double POINTS_PER_CHARACTER = 6;

	private SheetGrid() {
	}

	/** What a cell shows and how. */
	enum Role {

		TITLE, NOTE, HEAD, TEXT, NUMBER, DATE

	}

	/**
	 * One cell: its column, role and value (a {@link String}, a {@link Cells.Num} or a
	 * {@link Cells.Day}; {@code null} for an empty header cell), and how many columns it spans.
	 */
	record GridCell(int column, Role role, Object value, int span) {
	}

	/** The cells of a row of a sheet {@code columns} wide, left to right. */
	static List<GridCell> cells(SheetRow row, int columns) {
		List<GridCell> cells = new ArrayList<>();
		switch (row.kind()) {
			case TITLE -> cells.add(new GridCell(0, Role.TITLE, Cells.text(row.cells(), 0), columns));
			case NOTE -> cells.add(new GridCell(0, Role.NOTE, Cells.text(row.cells(), 0), columns));
			case HEAD -> {
				for (int i = 0; i < columns; i++) {
					cells.add(new GridCell(i, Role.HEAD, Cells.text(row.cells(), i), 1));
				}
			}
			case DATA -> {
				for (int i = 0; i < Math.min(columns, row.cells().size()); i++) {
					Object value = row.cells().get(i);
					Role role = (value instanceof Cells.Num) ? Role.NUMBER : (value instanceof Cells.Day) ? Role.DATE
							: (value instanceof String) ? Role.TEXT : null;
					if (role != null) {
						cells.add(new GridCell(i, role, value, 1));
					}
				}
			}
			case BLANK -> {
			}
		}
		return cells;
	}

	/** The row's height in points: its longest wrapped text, at least the template's height. */
	static double height(SheetRow row, List<Integer> widths) {
		int sheetWidth = widths.stream().mapToInt(Integer::intValue).sum();
		return switch (row.kind()) {
			case TITLE -> TITLE_HEIGHT;
			case BLANK -> BLANK_HEIGHT;
			case NOTE -> Math.max(NOTE_HEIGHT, lines(Cells.text(row.cells(), 0), sheetWidth, 9) * NOTE_LINE);
			default -> {
				int lines = 1;
				for (GridCell cell : cells(row, widths.size())) {
					if (cell.value() instanceof String text) {
						lines = Math.max(lines, lines(text, widths.get(cell.column()), 10));
					}
				}
				yield Math.max(row.kind() == RowKind.HEAD ? HEAD_HEIGHT : DATA_HEIGHT, lines * LINE);
			}
		};
	}

	/** How many lines a text takes in a column {@code width} points wide: a full-width character is one em, others about half. */
	static int lines(String text, int width, double fontSize) {
		if (text == null || text.isEmpty()) {
			return 1;
		}
		double room = Math.max(fontSize, width - PADDING);
		int lines = 0;
		for (String paragraph : text.split("\n", -1)) {
			double used = 0;
			int paragraphLines = 1;
			for (int i = 0; i < paragraph.length();) {
				int codePoint = paragraph.codePointAt(i);
				double advance = (codePoint >= 0x2E80) ? fontSize : fontSize * 0.55;
				if (used + advance > room) {
					paragraphLines++;
					used = 0;
				}
				used += advance;
				i += Character.charCount(codePoint);
			}
			lines += paragraphLines;
		}
		return lines;
	}

}
