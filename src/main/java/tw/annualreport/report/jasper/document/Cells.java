package tw.annualreport.report.jasper.document;

import java.util.List;

/**
 * Cell access for the template expressions (JasperReports compiles them as Java 8, so they stay
 * simple calls). A row's cells are a list: a {@link String} is text, a {@link Num} a number with
 * its format; a missing or {@code null} cell is blank.
 */
public final class Cells {

	private Cells() {
	}

	/** A numeric spreadsheet cell: the unrounded value and its number format (e.g. {@code 0.0%}). */
	public record Num(double value, String pattern) {
	}

	public static String at(List<?> cells, int index) {
		Object value = get(cells, index);
		if (value instanceof Num n) {
			throw new IllegalStateException("a PDF cell must be text, formatted with ReportFormats: " + n);
		}
		return (value == null) ? null : value.toString();
	}

	public static boolean isText(List<?> cells, int index) {
		return get(cells, index) instanceof String;
	}

	public static String text(List<?> cells, int index) {
		return (get(cells, index) instanceof String s) ? s : null;
	}

	public static boolean isNumber(List<?> cells, int index) {
		return get(cells, index) instanceof Num;
	}

	public static Double number(List<?> cells, int index) {
		return (get(cells, index) instanceof Num n) ? n.value() : null;
	}

	public static String pattern(List<?> cells, int index) {
		return (get(cells, index) instanceof Num n) ? n.pattern() : null;
	}

	private static Object get(List<?> cells, int index) {
		return (cells == null || index >= cells.size()) ? null : cells.get(index);
	}

}
