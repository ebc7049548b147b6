package tw.annualreport.system;

/**
 * Names and values from outside (file and sheet names, cell text) as they may reach a log line,
 * a CSV or a report: control characters and Unicode direction overrides are shown as
 * {@code [U+202E]} instead of acting, so a file named 「p⏎錯誤：偽造.xlsx」 cannot forge a log
 * line and a right-to-left override cannot reorder a report's text.
 */
public final class Printable {

	private Printable() {
	}

	/** The text with every control and bidi-control character made visible. */
	public static String of(String text) {
		if (text == null || !hasUnsafe(text, false)) {
			return text;
		}
		StringBuilder result = new StringBuilder(text.length() + 16);
		text.codePoints().forEach((c) -> {
			if (isUnsafe(c)) {
				result.append(String.format("[U+%04X]", c));
			}
			else {
				result.appendCodePoint(c);
			}
		});
		return result.toString();
	}

	/** Cell text: direction controls and control characters removed, line breaks and tabs kept. */
	public static String cell(String text) {
		if (text == null || !hasUnsafe(text, true)) {
			return text;
		}
		StringBuilder result = new StringBuilder(text.length());
		text.codePoints().forEach((c) -> {
			if (c == '\n' || c == '\t' || !isUnsafe(c)) {
				result.appendCodePoint(c);
			}
		});
		return result.toString();
	}

	/**
	 * Whether any character is unsafe, line breaks and tabs aside if asked. Every unsafe character
	 * is in the Basic Multilingual Plane, so the chars are checked, not the code points: this runs
	 * on every cell an import reads.
	 */
	private static boolean hasUnsafe(String text, boolean breaksAllowed) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isUnsafe(c) && !(breaksAllowed && (c == '\n' || c == '\t'))) {
				return true;
			}
		}
		return false;
	}

	/** C0/C1 controls and the invisible marks that change the direction of text. */
	public static boolean isUnsafe(int c) {
		return Character.getType(c) == Character.CONTROL || c == 0x061C || c == 0x200E || c == 0x200F
				|| (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
	}

}
