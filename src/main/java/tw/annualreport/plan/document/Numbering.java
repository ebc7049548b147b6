package tw.annualreport.plan.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering a plan types before a title: 一、 (一) 1、 1. (1) ① … Its style tells the levels and
 * the measures of one cell apart (a measure's own (1) (2) stay in its title); its value tells a new
 * measure (2、 after 1、) from a sub-list that starts again at 1、.
 *
 * @param label the prefix as typed, without surrounding spaces: {@code (一)}; empty when unnumbered
 * @param value 1 for 一、 (一) 1、 ①; 0 when unnumbered
 * @param title the text after the prefix
 */
public record Numbering(Style style, String label, int value, String title) {

	/** The kinds of numbering met in plans, each with its pattern on the normalised text. */
	public enum Style {

		CHINESE_COMMA("([一二三四五六七八九十壹貳參叁肆伍陸柒捌玖拾]{1,3})\\s*[、．]"),
		CHINESE_PAREN("[(（]\\s*([一二三四五六七八九十]{1,3})\\s*[)）]"),
		DIGIT_PAREN("[(（]\\s*(\\d{1,2})\\s*[)）]"),
		DIGIT_COMMA("(\\d{1,2})\\s*、"),
		DIGIT_DOT("(\\d{1,2})\\s*[.．](?!\\d)"),
		DIGIT_RIGHT_PAREN("(\\d{1,2})\\s*[)）]"),
		CIRCLED("([①-⑳])"),
		NONE("");

		private final Pattern pattern;

		Style(String prefix) {
			this.pattern = Pattern.compile("^(" + prefix + ")\\s*(.*)$", Pattern.DOTALL);
		}

	}

	private static final String CHINESE_DIGITS = "零一二三四五六七八九";

	private static final String FORMAL_DIGITS = "零壹貳參肆伍陸柒捌玖";

	/** The numbering of a paragraph; {@link Style#NONE} with the whole text when it has none. */
	public static Numbering of(String paragraph) {
		String text = paragraph.strip();
		for (Style style : Style.values()) {
			if (style == Style.NONE) {
				break;
			}
			Matcher matcher = style.pattern.matcher(text);
			if (matcher.matches() && !matcher.group(3).isBlank()) {
				return new Numbering(style, matcher.group(1).replaceAll("\\s+", ""), value(style, matcher.group(2)),
						matcher.group(3).strip());
			}
		}
		return new Numbering(Style.NONE, "", 0, text);
	}

	public boolean numbered() {
		return this.style != Style.NONE;
	}

	private static int value(Style style, String number) {
		return switch (style) {
			case CHINESE_COMMA, CHINESE_PAREN -> chinese(number.replace('叁', '參'));
			case CIRCLED -> number.charAt(0) - '①' + 1;
			default -> Integer.parseInt(number);
		};
	}

	/** 一 … 九十九 (and 壹 … 玖拾玖). */
	private static int chinese(String number) {
		int value = 0;
		int digit = 0;
		for (char c : number.toCharArray()) {
			if (c == '十' || c == '拾') {
				value += (digit == 0 ? 1 : digit) * 10;
				digit = 0;
			}
			else {
				int d = Math.max(CHINESE_DIGITS.indexOf(c), FORMAL_DIGITS.indexOf(c));
				digit = Math.max(d, 0);
			}
		}
		return value + digit;
	}

}
