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
		int first = firstToEscape(text);
		if (first < 0) {
			// most texts: appended whole, not char by char
			line.append(text);
			return;
		}
		line.append(text, 0, first);
		for (int i = first; i < text.length(); i++) {
			char ch = text.charAt(i);
			String escape = escape(ch);
			if (escape == null) {
				line.append(ch);
			}
			else {
				line.append(escape);
			}
		}
	}

	private static int firstToEscape(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (escape(text.charAt(i)) != null) {
				return i;
			}
		}
		return -1;
	}

	/** How LOAD DATA's default format writes a character it would otherwise take for a separator; null for the rest. */
	private static String escape(char ch) {
		return switch (ch) {
			case '\\' -> "\\\\";
			case '\t' -> "\\t";
			case '\n' -> "\\n";
			case '\r' -> "\\r";
			case '\0' -> "\\0";
			case '\u001A' -> "\\Z";
			default -> null;
		};
	}

}
