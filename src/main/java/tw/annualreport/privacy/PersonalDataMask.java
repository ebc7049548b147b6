package tw.annualreport.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data (個人資料) in free text before it reaches an output (SPEC §7): e-mail
 * addresses (t***@example.com), national ID numbers in either case (A12****789, a12****789),
 * mobile numbers with or without dashes, spaces or +886 (09**-***-678, +886-9**-***-678),
 * landlines with an area code in parentheses or with a dash, and their extension
 * ((07)***-*234#***), and personal names where {@link PersonalNames} recognises them (陳○玲小姐,
 * 王○明 0912…). Everything else is left exactly as typed: plan codes, dates such as 113/05/21,
 * amounts, counts such as 1,234, 1999 專線, 0800 numbers, measure numbers such as 2.3.1,
 * percentages. Masking masked text changes nothing. The database keeps the raw text; only
 * outputs are masked ({@link MaskedCopy}).
 */
public final class PersonalDataMask {

	/** A separator inside a phone number: a dash (ASCII or full-width) or a space. */
	private static final String SEP = "[-－‐ \\u3000]";

	private static final Pattern EMAIL = Pattern
		.compile("(?<![A-Za-z0-9._%+-])([A-Za-z0-9])[A-Za-z0-9._%+-]*(@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})");

	/** 身分證字號 and the new-style 居留證 number (second digit 8 or 9), upper or lower case. */
	private static final Pattern ID_NUMBER = Pattern.compile("(?<![A-Za-z0-9])([A-Za-z][1289]\\d)\\d{4}(\\d{3})(?!\\d)");

	/** 0912-345-678, 0912345678, 0912 345 678, +886-912-345-678, +886 912 345 678, (+886)0912… */
	private static final Pattern MOBILE = Pattern.compile("(?<![\\d+])(?:(?<intl>\\+886|00886|[(（]\\+886[)）])" + SEP
			+ "?(?:[(（]0[)）]|0)?|0)9(?:" + SEP + "?\\d){8}(?!\\d)");

	/**
	 * (07)555-1234, （07）5551234, 07-555-1234, 02 2345 6789, +886-7-555-1234, with an extension
	 * (#123, 轉123, 分機 123, ext. 123). The area code must be set off (parentheses or a
	 * separator), so a bare run of digits is no landline; 0800 and 0809 are public numbers.
	 */
	private static final Pattern LANDLINE = Pattern.compile("(?<![\\d+])(?<area>(?:\\+886|00886|[(（]\\+886[)）])" + SEP
			+ "?[(（]?0?[2-8]\\d{0,2}[)）]?" + SEP + "?|[(（]0(?!80[09])[2-8]\\d{0,2}[)）]" + SEP + "?|0(?!80[09])[2-8]\\d{0,2}"
			+ SEP + ")(?<number>\\d{3,4}" + SEP + "?\\d{3,4})(?:(?<extLabel>" + SEP
			+ "?(?:#|＃|轉|分機|(?i:ext)\\.?|[xX])" + SEP + "?)(?<ext>\\d{1,6}))?(?!\\d)");

	/**
	 * The fewest ASCII digits a masked number has: an ID number and a mobile number have 9, a
	 * landline at least 8 (0 and the area digit, then 3 + 3).
	 */
	private static final int FEWEST_DIGITS = 8;

	private PersonalDataMask() {
	}

	private static int digits(String text) {
		int digits = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				digits++;
			}
		}
		return digits;
	}

	public static String mask(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		List<Replacement> contacts = new ArrayList<>();
		if (text.indexOf('@') >= 0) {
			find(text, EMAIL, contacts, (m) -> m.group(1) + "***" + m.group(2));
		}
		// most texts hold too few digits for any number the patterns mask: skip the patterns
		if (digits(text) >= FEWEST_DIGITS) {
			find(text, ID_NUMBER, contacts, (m) -> m.group(1) + "****" + m.group(2));
			find(text, MOBILE, contacts,
					(m) -> ((m.group("intl") != null) ? "+886-9**-***-" : "09**-***-") + lastDigits(m.group(), 3));
			find(text, LANDLINE, contacts, (m) -> m.group("area") + "***-*" + lastDigits(m.group("number"), 3)
					+ ((m.group("ext") != null) ? m.group("extLabel") + "*".repeat(m.group("ext").length()) : ""));
		}
		if (contacts.isEmpty() && !PersonalNames.mayHoldTitledName(text)) {
			return text;
		}
		TreeSet<Integer> hidden = new TreeSet<>(PersonalNames.titled(text));
		for (Replacement contact : contacts) {
			hidden.addAll(PersonalNames.before(text, contact.start()));
		}
		return apply(text, contacts, hidden);
	}

	/** The text with the contacts replaced and the name characters at {@code hidden} shown as ○. */
	private static String apply(String text, List<Replacement> contacts, TreeSet<Integer> hidden) {
		contacts.sort(Comparator.comparingInt(Replacement::start));
		StringBuilder out = new StringBuilder(text.length());
		int next = 0;
		for (int i = 0; i < text.length();) {
			Replacement contact = (next < contacts.size()) ? contacts.get(next) : null;
			if (contact != null && contact.start() == i) {
				out.append(contact.text());
				i = contact.end();
				next++;
				continue;
			}
			int codePoint = text.codePointAt(i);
			out.appendCodePoint(hidden.contains(i) ? '○' : codePoint);
			i += Character.charCount(codePoint);
		}
		return out.toString();
	}

	private static void find(String text, Pattern pattern, List<Replacement> found,
			java.util.function.Function<Matcher, String> replacement) {
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			int start = m.start();
			int end = m.end();
			if (found.stream().noneMatch((r) -> r.start() < end && start < r.end())) {
				found.add(new Replacement(start, end, replacement.apply(m)));
			}
		}
	}

	private static String lastDigits(String text, int count) {
		String digits = text.replaceAll("\\D", "");
		return digits.substring(digits.length() - count);
	}

	/** Contact details found at [start, end), and what they become. */
	private record Replacement(int start, int end, String text) {
	}

}
