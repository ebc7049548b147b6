package tw.annualreport.plan;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The plan's own numbering (編號) of its nodes, as the report prints it: level 1 「一、」, level 2
 * 「(一)」, level 3 「1、」, as the Kaohsiung plans number them. plan.csv's 編號 column gives what the
 * agency's plan typed (「1.」, 「整體評核構面」, or nothing for a row it leaves unnumbered); without
 * the column each node is numbered by its place in the tree, the last number of its 項次. The
 * dotted 項次 stays the key: executions.csv, improvements.csv and the spreadsheets' 項次 use it.
 */
public final class PlanNumbering {

	private static final String[] DIGITS = { "", "一", "二", "三", "四", "五", "六", "七", "八", "九" };

	private PlanNumbering() {
	}

	/** The numbering of a node by its place: 1 → 「一、」, 1.2 → 「(二)」, 1.2.3 → 「3、」. */
	public static String byPosition(String code) {
		String[] parts = code.split("\\.");
		int number = Integer.parseInt(parts[parts.length - 1]);
		return switch (parts.length) {
			case 1 -> chinese(number) + "、";
			case 2 -> "(" + chinese(number) + ")";
			default -> number + "、";
		};
	}

	/**
	 * How a sentence refers to a node by the numbers of its path, the trailing 、 and . dropped:
	 * 「二(一)2」 for 二、 (一) 2、; an unnumbered node adds nothing. Empty when no node of the path is
	 * numbered.
	 *
	 * @param labels the numbering of the node's ancestors and itself, from level 1 down (null or
	 *        empty for an unnumbered one)
	 */
	public static String reference(List<String> labels) {
		return labels.stream()
			.filter((label) -> label != null && !label.isBlank())
			.map((label) -> label.strip().replaceAll("[、.．，,]+$", ""))
			.collect(Collectors.joining());
	}

	/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (a plan has far fewer items than 100). */
	static String chinese(int number) {
		if (number < 10) {
			return (number == 0) ? "〇" : DIGITS[number];
		}
		if (number < 100) {
			return ((number / 10 == 1) ? "" : DIGITS[number / 10]) + "十" + DIGITS[number % 10];
		}
		return Integer.toString(number);
	}

}
