package tw.annualreport.report.document;

/**
 * One column of a {@link Table}: its header, how its cells are shown, and its widths.
 *
 * @param align the alignment of the column's cells in the PDF (headers are centred)
 * @param pdfWidth its width in the PDF in points, 0 when the table is not in the PDF
 * @param sheetWidth its width in the sheet (the sheet's column width), 0 when the table is not
 * in a sheet or leaves the width to another table of the sheet ({@link SheetLayout})
 */
public record Column(String header, Kind kind, Align align, int pdfWidth, int sheetWidth) {

	/** A column of a PDF table. */
	public static Column pdf(String header, Kind kind, Align align, int pdfWidth) {
		return new Column(header, kind, align, pdfWidth, 0);
	}

	/** A column of a sheet table. */
	public static Column sheet(String header, Kind kind, int sheetWidth) {
		return new Column(header, kind, Align.LEFT, 0, sheetWidth);
	}

	/** A column of a sheet table whose width another table of the sheet sets. */
	public static Column sheet(String header, Kind kind) {
		return sheet(header, kind, 0);
	}

}
