package tw.annualreport.report.jasper.document;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

/**
 * Cell access for the template expressions (JasperReports compiles them as Java 8, so they stay
 * simple calls). A row's cells are a list: a {@link String} is text, a {@link Num} a number with
 * its format, a {@link Day} a date; a missing or {@code null} cell is blank.
 */
public final class Cells {

	private Cells() {
	}

	/** A numeric spreadsheet cell: the unrounded value and its number format (e.g. {@code 0.0%}). */
	public record Num(double value, String pattern) {
	}

	/** A date cell of a sheet: a real date, shown in ROC form (113/05/21) by the exporters. */
	public record Day(LocalDate date) {
	}

	/**
	 * The pattern of a date field in the sheet templates: the exporters never show it, they write
	 * the date with its ROC format ({@link #ROC_DATE_EXCEL}, and the ODS style of
	 * {@code TypedOdsExporter}).
	 */
	public static final String DATE_PATTERN = "yyyy/MM/dd";

	/** The Excel number format of a date in ROC form: Taiwan's era year (民國), 113/05/21. */
	public static final String ROC_DATE_EXCEL = "[$-404]e/mm/dd";

	public static String at(List<?> cells, int index) {
		Object value = get(cells, index);
		if (value instanceof Num || value instanceof Day) {
			throw new IllegalStateException("a PDF cell must be text, formatted with ReportFormats: " + value);
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

	public static boolean isDate(List<?> cells, int index) {
		return get(cells, index) instanceof Day;
	}

	/** The date as the start of its day in the JVM's zone, the zone the exporters write dates in. */
	public static Date date(List<?> cells, int index) {
		return (get(cells, index) instanceof Day d)
				? Date.from(d.date().atStartOfDay(ZoneId.systemDefault()).toInstant()) : null;
	}

	public static String pattern(List<?> cells, int index) {
		return (get(cells, index) instanceof Num n) ? n.pattern() : null;
	}

	private static Object get(List<?> cells, int index) {
		return (cells == null || index >= cells.size()) ? null : cells.get(index);
	}

}
