package tw.annualreport.survey;

import java.util.Map;

/**
 * Reads a 5-point Likert answer as form tools export it: a digit or the Chinese label.
 * 1 非常不滿意 … 5 非常滿意; blank or 0 = not answered; 9, 不適用 or 無意見 = not applicable.
 */
public final class Likert {

	/** Not answered: not stored, not counted. */
	public static final int BLANK = 0;

	/** Not applicable: stored, never a valid answer. */
	public static final int NOT_APPLICABLE = 9;

	private static final Map<String, Integer> LABELS = Map.ofEntries(
			Map.entry("非常不滿意", 1), Map.entry("不滿意", 2), Map.entry("普通", 3), Map.entry("滿意", 4),
			Map.entry("非常滿意", 5), Map.entry("非常不同意", 1), Map.entry("不同意", 2), Map.entry("同意", 4),
			Map.entry("非常同意", 5), Map.entry("不適用", NOT_APPLICABLE), Map.entry("無意見", NOT_APPLICABLE));

	private Likert() {
	}

	/** The answer code, or null when the text is no Likert answer at all (the row is rejected). */
	public static Integer parse(String text) {
		if (text.isEmpty()) {
			return BLANK;
		}
		Integer label = LABELS.get(text);
		if (label != null) {
			return label;
		}
		return switch (text) {
			case "0", "1", "2", "3", "4", "5", "9" -> Integer.parseInt(text);
			default -> null;
		};
	}

}
