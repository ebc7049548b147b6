package tw.annualreport.source;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A row's values in the text {@code LOAD DATA} reads by default: tab-separated fields, one row a
 * line, backslash escapes for the characters that would end a field or a line. Written by
 * {@link LocalInfileLoads}, and by the benchmark's bulk-load limit so both load the same text.
 */
public final class LoadDataFormat {

	private LoadDataFormat() {
	}

	/** Appends a value as LOAD DATA reads it: \N for NULL, backslash escapes, ISO dates, 1/0. */
	public static void append(Object value, StringBuilder line) {
		if (value == null) {
			line.append("\\N");
		}
		else if (value instanceof String text) {
			appendText(text, line);
		}
		else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
			// the digits written straight into the line: no String per number (a city's import writes millions)
			line.append(((Number) value).longValue());
		}
		else if (value instanceof BigDecimal decimal) {
			line.append(decimal.toPlainString());
		}
		else if (value instanceof Double || value instanceof Float) {
			double number = ((Number) value).doubleValue();
			if (!Double.isFinite(number)) {
				throw new IllegalArgumentException("not a number to store: " + value);
			}
			line.append(BigDecimal.valueOf(number).toPlainString());
		}
		else if (value instanceof Boolean flag) {
			line.append(flag ? '1' : '0');
		}
		else if (value instanceof LocalDate date) {
			line.append(date);
		}
		else {
			throw new IllegalArgumentException("no LOAD DATA form for a " + value.getClass().getName());
		}
	}

	private static void appendText(String text, StringBuilder line) {
		if (!needsEscape(text)) {
			line.append(text);
			return;
		}
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			switch (ch) {
				case '\\' -> line.append("\\\\");
				case '\t' -> line.append("\\t");
				case '\n' -> line.append("\\n");
				case '\r' -> line.append("\\r");
				case '\0' -> line.append("\\0");
				case '\u001A' -> line.append("\\Z");
				default -> line.append(ch);
			}
		}
	}

	/** Most texts have nothing to escape: appended whole, not char by char. */
	private static boolean needsEscape(String text) {
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			if (ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\0' || ch == '\u001A') {
				return true;
			}
		}
		return false;
	}

}
