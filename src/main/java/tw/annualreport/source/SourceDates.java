package tw.annualreport.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as officers type them (SPEC §3): ROC {@code 113/03/15}, {@code 113-03-15},
 * {@code 113.03.15}, {@code 113年3月15日}; Gregorian {@code 2024-03-15}, {@code 2024/3/15}; and the
 * ISO form that XLSX date cells are read as. A year of 1-3 digits is ROC (民國), of 4 digits
 * Gregorian. ROC year = Gregorian year − 1911.
 */
public final class SourceDates {

	private static final int ROC_OFFSET = 1911;

	private static final Pattern SEPARATED = Pattern
		.compile("(?:民國)?(\\d{1,4})\\s*[/\\-.]\\s*(\\d{1,2})\\s*[/\\-.]\\s*(\\d{1,2})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");

	private static final Pattern CHINESE = Pattern.compile("(?:民國)?\\s*(\\d{1,4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?");

	private SourceDates() {
	}

	/** Parses a date text (full-width digits too); throws {@link DateTimeException} when it is not a date. */
	public static LocalDate parse(String raw) {
		String text = Text.strict(raw);
		Matcher m = SEPARATED.matcher(text);
		if (!m.matches()) {
			m = CHINESE.matcher(text);
			if (!m.matches()) {
				throw new DateTimeException("not a date: " + text);
			}
		}
		String yearText = m.group(1);
		int year = Integer.parseInt(yearText);
		if (yearText.length() <= 3) {
			if (year < 1) {
				throw new DateTimeException("ROC year must be positive: " + text);
			}
			year += ROC_OFFSET;
		}
		return LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
	}

	public static int rocYear(LocalDate date) {
		return date.getYear() - ROC_OFFSET;
	}

	public static int gregorianYear(int rocYear) {
		return rocYear + ROC_OFFSET;
	}

}
