package tw.annualreport.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data in free text before it reaches a report (SPEC §7): phone numbers
 * (09**-***-678), e-mail addresses (t***@example.com), national ID numbers (A12****789) and
 * personal names where they can be recognised — a surname and given name followed by a title
 * (陳美玲小姐 → 陳○玲小姐), or next to contact details (王大明 0912… → 王○明 09**…). The
 * database keeps the raw text; only outputs are masked.
 */
public final class PersonalDataMask {

	/** The most common Taiwanese surnames (about 95 % of the population), single characters. */
	private static final String SURNAMES = "陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董温温唐藍石蔣古紀姚連馮歐程湯黃田康姜白汪鄒尤巫鐘涂龔嚴韓袁金童陸夏柳邵錢伍倪溫于譚駱熊任甘秦顧毛章史官萬俞雷粘饒張";

	private static final Pattern ID_NUMBER = Pattern.compile("(?<![A-Za-z0-9])([A-Z][12]\\d)(\\d{4})(\\d{3})(?!\\d)");

	private static final Pattern MOBILE = Pattern.compile("(?<!\\d)09\\d{2}[- ]?\\d{3}[- ]?(\\d{3})(?!\\d)");

	private static final Pattern LANDLINE = Pattern
		.compile("(?<!\\d)(\\(0\\d{1,2}\\)|0\\d{1,2}-)\\s?\\d{3,4}-?\\d?(\\d{3})(?!\\d)");

	private static final Pattern EMAIL = Pattern.compile("([A-Za-z0-9])[A-Za-z0-9._%+-]*(@[A-Za-z0-9.-]+\\.[A-Za-z]{2,})");

	private static final Pattern TITLED_NAME = Pattern
		.compile("([" + SURNAMES + "])([\\u4E00-\\u9FFF])([\\u4E00-\\u9FFF]?)(先生|小姐|女士|太太|君)");

	/** A name of two or three characters written right before or after contact details. */
	private static final Pattern NAME_BEFORE_CONTACT = Pattern
		.compile("([" + SURNAMES + "])([\\u4E00-\\u9FFF])([\\u4E00-\\u9FFF]?)(?=[\\s,，:：、(（]*(?:電話|手機|聯絡電話|信箱|email|E-mail)?[\\s,，:：]*(?:09\\d{2}|0\\d{1,2}-|\\(0\\d|[A-Za-z0-9._%+-]+@))");

	private PersonalDataMask() {
	}

	public static String mask(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		String masked = text;
		masked = replace(masked, TITLED_NAME, (m) -> m.group(1) + maskedGiven(m.group(2), m.group(3)) + m.group(4));
		masked = replace(masked, NAME_BEFORE_CONTACT, (m) -> m.group(1) + maskedGiven(m.group(2), m.group(3)));
		masked = replace(masked, ID_NUMBER, (m) -> m.group(1) + "****" + m.group(3));
		masked = replace(masked, EMAIL, (m) -> m.group(1) + "***" + m.group(2));
		masked = replace(masked, MOBILE, (m) -> "09**-***-" + m.group(1));
		masked = replace(masked, LANDLINE, (m) -> m.group(1) + "***-*" + m.group(2));
		return masked;
	}

	/** 大明 → ○明, 明 → ○: the first character of the given name is hidden. */
	private static String maskedGiven(String first, String second) {
		return second.isEmpty() ? "○" : "○" + second;
	}

	private static String replace(String text, Pattern pattern, java.util.function.Function<Matcher, String> replacement) {
		Matcher m = pattern.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m)));
		}
		m.appendTail(out);
		return out.toString();
	}

}
