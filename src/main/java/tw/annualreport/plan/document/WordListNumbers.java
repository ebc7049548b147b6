package tw.annualreport.plan.document;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * The numbers Word draws before list paragraphs (numbering.xml) and that are not in their text:
 * counted per list and level in document order, formatted as the level says ({@code %1、} in
 * 中文數字, {@code (%1)} in digits …). Enough for the plans' lists; the numbering formats Word has
 * beyond these come out as digits.
 */
final class WordListNumbers {

	private static final String[] CHINESE = { "", "一", "二", "三", "四", "五", "六", "七", "八", "九" };

	private final Map<BigInteger, int[]> counters = new HashMap<>();

	/** The paragraph's list number as Word would draw it, counting it; empty for a paragraph outside lists. */
	String label(XWPFParagraph paragraph) {
		BigInteger list = paragraph.getNumID();
		if (list == null || list.signum() == 0) {
			return "";
		}
		String text = paragraph.getNumLevelText();
		if (text == null) {
			return "";
		}
		int level = paragraph.getNumIlvl() == null ? 0 : Math.min(8, paragraph.getNumIlvl().intValue());
		int[] counter = this.counters.computeIfAbsent(list, (id) -> new int[9]);
		counter[level]++;
		for (int deeper = level + 1; deeper < counter.length; deeper++) {
			counter[deeper] = 0;
		}
		String format = paragraph.getNumFmt() == null ? "decimal" : paragraph.getNumFmt();
		String label = text;
		for (int i = 0; i <= level; i++) {
			label = label.replace("%" + (i + 1), format(Math.max(1, counter[i]), format));
		}
		return label.strip().isEmpty() || "bullet".equals(format) ? "" : label;
	}

	private static String format(int value, String format) {
		if (format.startsWith("taiwanese") || format.startsWith("chinese") || format.startsWith("ideographDigital")) {
			return chinese(value);
		}
		if (format.equals("decimalEnclosedCircle") && value <= 20) {
			return String.valueOf((char) ('①' + value - 1));
		}
		return String.valueOf(value);
	}

	private static String chinese(int value) {
		if (value < 10) {
			return CHINESE[value];
		}
		return (value >= 20 ? CHINESE[value / 10] : "") + "十" + CHINESE[value % 10];
	}

}
