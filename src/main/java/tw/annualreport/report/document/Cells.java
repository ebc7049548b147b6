package tw.annualreport.report.document;

import java.time.LocalDate;
import java.util.List;

/**
 * The cells of a row: a {@link String} is text, a {@link Num} a number with its format, a
 * {@link Day} a date; a missing or {@code null} cell is blank. {@link #at} is the PDF template's
 * access (JasperReports compiles its expressions as Java 8, so it stays a simple call).
 */
public final class Cells {

	private Cells() {
	}

	/** A numeric spreadsheet cell: the unrounded value and its number format (e.g. {@code 0.0%}). */
	public record Num(double value, String pattern) {
	}

	/** A date cell of a sheet: a real date, shown in ROC form (113/05/21) by the spreadsheet writers. */
	public record Day(LocalDate date) {
	}

	/** The Excel number format of a date in ROC form: Taiwan's era year (民國), 113/05/21. */
	public static final String ROC_DATE_EXCEL = "[$-404]e/mm/dd";

	public static String at(List<?> cells, int index) {
		Object value = get(cells, index);
		if (value instanceof Num || value instanceof Day) {
			throw new IllegalStateException("a PDF cell must be text, formatted with ReportFormats: " + value);
		}
		return (value == null) ? null : value.toString();
	}

	public static String text(List<?> cells, int index) {
		return (get(cells, index) instanceof String s) ? s : null;
	}

	private static Object get(List<?> cells, int index) {
		return (cells == null || index >= cells.size()) ? null : cells.get(index);
	}

}
