package tw.annualreport.report.document;

import java.util.List;

/**
 * How tall a PDF table will print, estimated from its texts and column widths before filling:
 * enough to decide which rows must stay on one page (see {@link PdfDocument#table}). It errs
 * on the tall side, so a table it calls small enough does fit in the space it asks for.
 */
public final class TableHeight {

	/** The line height of the 9-point cell font (Noto Sans TC), with a margin. */
	static final double LINE = 13.5;

	/** The cell's top and bottom padding. */
	static final int PADDING = 4;

	/** The heading line above a table (the "Block" group's heading band). */
	static final int HEADING = 26;

	/** The font size of a cell. */
	private static final double CELL_FONT = 9.0;

	/** The width of a character other than a full-width one, in ems (digits, Latin letters). */
	private static final double NARROW = 0.58;

	private TableHeight() {
	}

	/** The heading (when there is one), the caption and the column headers. */
	static int top(String heading, Table table) {
		return ((heading == null) ? 0 : HEADING) + ((table.caption() == null) ? 0 : Table.CAPTION_HEIGHT)
				+ table.headerHeight();
	}

	/** One row: its tallest cell, at least {@link Table#ROW_HEIGHT}. */
	static int row(Table table, List<String> cells) {
		int lines = 1;
		for (int i = 0; i < cells.size() && i < table.columns().size(); i++) {
			lines = Math.max(lines, lines(cells.get(i), table.columns().get(i).pdfWidth() - 6, CELL_FONT));
		}
		return Math.max(Table.ROW_HEIGHT, (int) Math.ceil(PADDING + lines * LINE));
	}

	/** The lines a text in a font of {@code size} points takes in a column of {@code width} points. */
	public static int lines(String text, int width, double size) {
		if (text == null || text.isEmpty()) {
			return 1;
		}
		int lines = 0;
		for (String part : text.split("\n", -1)) {
			double w = 0;
			for (int k = 0; k < part.length(); k++) {
				w += wide(part.charAt(k)) ? size : NARROW * size;
			}
			lines += Math.max(1, (int) Math.ceil(w / Math.max(1, width)));
		}
		return lines;
	}

	private static boolean wide(char c) {
		return c >= 0x1100 && !(c >= 0xFF61 && c <= 0xFFDC);
	}

}
