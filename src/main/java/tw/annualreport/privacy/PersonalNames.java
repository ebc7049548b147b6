package tw.annualreport.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds personal names (姓名) in free text where they can be recognised, and says which character
 * to hide: the first of the given name (陳美玲 → 陳○玲, 王明 → 王○). A name is a common surname
 * and one or two more characters, either
 * <ul>
 * <li>followed by a title 先生, 小姐, 女士, 太太 or 君 (陳美玲小姐 → 陳○玲小姐), or</li>
 * <li>right before contact details, perhaps with a label such as 電話 or 手機 between
 * (聯絡人王大明 0912… → 聯絡人王○明 09**…), or with a title or a role (主任, 組長 …) between.</li>
 * </ul>
 * A surname with a title alone names nobody and stays (張先生, 林小姐, 陳主任); so does a title
 * after a word that is no name (各位先生, 這位小姐). Where a name could be read two ways, the
 * shorter reading wins: in 感謝王明先生 the name is 王明, not 謝王明; in 感謝林小姐 it is 林小姐.
 */
final class PersonalNames {

	/** The most common Taiwanese surnames (about 95 % of the population), single characters. */
	private static final String SURNAMES = "陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董温唐藍石蔣古紀姚連馮歐程湯田康姜白汪鄒尤巫鐘涂凃龔嚴韓袁金童陸夏柳邵錢伍倪溫于譚駱熊任甘秦顧毛章史官萬俞雷粘饒";

	/** Titles after a name: 陳美玲小姐. */
	private static final List<String> TITLES = List.of("先生", "小姐", "女士", "太太", "君");

	/** Roles written after a name, as a title is: 陳主任 names nobody, 陳美玲主任 0912… a person. */
	private static final List<String> ROLES = List.of("主任", "組長", "科長", "課長", "股長", "所長", "局長", "處長", "院長",
			"里長", "鄰長", "村長", "區長", "委員", "議員", "經理", "老師", "醫師", "護理師", "藥師", "社工", "志工", "專員", "科員",
			"技士", "督導", "承辦");

	/** Labels between a name and its contact details: 王大明電話：0912…. */
	private static final List<String> LABELS = List.of("聯絡電話", "連絡電話", "行動電話", "電話", "手機", "市話", "傳真",
			"電子郵件", "電子信箱", "信箱", "e-mail", "email", "身分證字號", "身份證字號", "身分證", "身份證", "統一證號", "分機");

	/** Separators between a name, a label and contact details. */
	private static final String SEPARATORS = " \u3000\t,，:：、(（/";

	/**
	 * Characters that are in no given name where this matters: function words (的, 和, 請 …), the
	 * ends of places and offices (市, 區, 所, 中心 …), measure words (位, 名 …).
	 */
	private static final String NOT_IN_NAMES = "的了是在和與及或跟向對給把被讓請謝很也都就還又再說到從由為於之而但並且即"
			+ "位名個某姓等各諸該此這那每們您你我他她它其"
			+ "市縣區鄉鎮村里鄰路街巷弄號樓所局處署室科課股組館院站會隊部府廳心線台檯口機箱碼址話真信件電"
			+ "人員者長士師工";

	/** Pairs of a surname and a character that are common words or places, not names (高雄, 林口 …). */
	private static final Set<String> NOT_NAMES = Set.of("高雄", "高樹", "林口", "林園", "林邊", "林內", "金門", "金城", "金湖",
			"金沙", "金寧", "金峰", "馬祖", "連江", "石門", "田中", "羅東", "楊梅", "蘇澳", "萬丹", "萬巒", "古坑", "方便", "周到",
			"周末", "周邊", "周全", "高興", "何時", "程序", "馬上", "江湖", "白天", "黃金", "曾經", "余生");

	private PersonalNames() {
	}

	/** Whether the text has a title at all (the quick test before {@link #titled}). */
	static boolean mayHoldTitledName(String text) {
		return TITLES.stream().anyMatch(text::contains);
	}

	/** The indexes of the characters to hide in names followed by a title. */
	static List<Integer> titled(String text) {
		List<Integer> hidden = new ArrayList<>();
		for (String title : TITLES) {
			for (int at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + title.length())) {
				Integer index = hiddenOfNameEndingAt(text, at);
				if (index != null) {
					hidden.add(index);
				}
			}
		}
		return hidden;
	}

	/** The index of the character to hide in a name right before contact details at {@code contactStart}. */
	static List<Integer> before(String text, int contactStart) {
		int end = skipLeadIn(text, contactStart);
		String role = endingWith(text, end, TITLES);
		if (role == null) {
			role = endingWith(text, end, ROLES);
		}
		if (role != null) {
			end -= role.length();
		}
		Integer index = hiddenOfNameEndingAt(text, end);
		return (index == null) ? List.of() : List.of(index);
	}

	/** Back from contact details over separators and labels (電話：, 手機 …) to where a name would end. */
	private static int skipLeadIn(String text, int start) {
		int end = start;
		boolean moved = true;
		while (moved) {
			moved = false;
			while (end > 0 && SEPARATORS.indexOf(text.charAt(end - 1)) >= 0) {
				end--;
				moved = true;
			}
			String label = endingWith(text, end, LABELS);
			if (label != null) {
				end -= label.length();
				moved = true;
			}
		}
		return end;
	}

	private static String endingWith(String text, int end, List<String> words) {
		for (String word : words) {
			if (end >= word.length() && text.regionMatches(true, end - word.length(), word, 0, word.length())) {
				return word;
			}
		}
		return null;
	}

	/**
	 * A name of two or three characters ending at {@code end} (surname first), and the index of
	 * its character to hide; null when none ends there. A surname right before {@code end} is a
	 * surname with its title, no name.
	 */
	private static Integer hiddenOfNameEndingAt(String text, int end) {
		int c1 = previous(text, end);
		if (c1 < 0 || !inGivenName(text.codePointAt(c1)) || isSurname(text.codePointAt(c1))) {
			return null;
		}
		int c2 = previous(text, c1);
		if (c2 < 0) {
			return null;
		}
		if (isSurname(text.codePointAt(c2))) {
			return isName(text, c2, c1) ? c1 : null;
		}
		int c3 = previous(text, c2);
		if (c3 >= 0 && inGivenName(text.codePointAt(c2)) && isSurname(text.codePointAt(c3)) && isName(text, c3, c2)) {
			return c2;
		}
		return null;
	}

	/** The surname at {@code surname} and the given name's first character at {@code given} are no common word. */
	private static boolean isName(String text, int surname, int given) {
		return !NOT_NAMES.contains(text.substring(surname, given + Character.charCount(text.codePointAt(given))));
	}

	/** The index of the code point before {@code index}, or -1. */
	private static int previous(String text, int index) {
		return (index <= 0) ? -1 : text.offsetByCodePoints(index, -1);
	}

	private static boolean isSurname(int codePoint) {
		return SURNAMES.indexOf(codePoint) >= 0;
	}

	private static boolean inGivenName(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN && Character.isLetter(codePoint)
				&& NOT_IN_NAMES.indexOf(codePoint) < 0;
	}

}
