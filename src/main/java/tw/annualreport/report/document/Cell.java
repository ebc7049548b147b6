package tw.annualreport.report.document;

/**
 * A typed cell: an unrounded value (a {@link Number}, a {@link String}, a date or {@code null})
 * and how it is shown. The PDF formats it ({@link #pdf()}), a sheet writes the number itself
 * ({@link #sheet()}).
 */
public record Cell(Object value, Kind kind) {

	private static final Cell BLANK = new Cell(null, null);

	/** An empty cell (no 「—」): nothing is known nor missing there. */
	public static Cell blank() {
		return BLANK;
	}

	public static Cell text(String text) {
		return new Cell(text, Kind.TEXT);
	}

	public static Cell count(long value) {
		return new Cell(value, Kind.COUNT);
	}

	public static Cell percent(Double value) {
		return new Cell(value, Kind.PERCENT);
	}

	public static Cell score(Double value) {
		return new Cell(value, Kind.SCORE);
	}

	public static Cell alpha(Double value) {
		return new Cell(value, Kind.ALPHA);
	}

	/** The cell as printed in the PDF; {@code null} when blank. */
	public String pdf() {
		return (this.kind == null) ? null : this.kind.pdf(this.value);
	}

	/** The cell of a sheet: a {@link String}, a {@link Cells.Num} or a {@link Cells.Day}; {@code null} when blank. */
	public Object sheet() {
		return (this.kind == null) ? null : this.kind.sheet(this.value);
	}

}
