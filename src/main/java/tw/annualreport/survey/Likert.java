package tw.annualreport.survey;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tw.annualreport.source.SourceFile.Choice;

/**
 * Reads a 5-point Likert answer as form tools export it: a digit or the Chinese label.
 * 1 非常不滿意 … 5 非常滿意; blank or 0 = not answered; 9, 不適用 or 無意見 = not applicable.
 */
public final class Likert {

	/** Not answered: not stored, not counted. */
	public static final int BLANK = 0;

	/** Not applicable: stored, never a valid answer. */
	public static final int NOT_APPLICABLE = 9;

	/** The answers of a question column (Q1 …): what the import reads and the template's list offers. */
	public static final List<Choice> CHOICES = List.of(Choice.of("1", "1", "非常不滿意", "非常不同意"),
			Choice.of("2", "2", "不滿意", "不同意"), Choice.of("3", "3", "普通"), Choice.of("4", "4", "滿意", "同意"),
			Choice.of("5", "5", "非常滿意", "非常同意"),
			Choice.of(String.valueOf(NOT_APPLICABLE), String.valueOf(NOT_APPLICABLE), "不適用", "無意見"));

	/** What the choices mean, for the template's prompt. */
	public static final String MEANING = "1 非常不滿意、2 不滿意、3 普通、4 滿意、5 非常滿意、9 不適用；空白為未填答";

	/**
	 * Each choice's words as typed (1 … 5, 9 and their labels): a city agency's survey has a quarter
	 * of a million answers, nearly all of them a digit; other case is matched by the choices.
	 */
	private static final Map<String, Integer> AS_TYPED = asTyped();

	private Likert() {
	}

	/** The answer code, or null when the text is no Likert answer at all (the row is rejected). */
	public static Integer parse(String text) {
		if (text.isEmpty() || text.equals(String.valueOf(BLANK))) {
			return BLANK;
		}
		Integer exact = AS_TYPED.get(text);
		if (exact != null) {
			return exact;
		}
		for (Choice choice : CHOICES) {
			if (choice.matches(text)) {
				return Integer.valueOf(choice.value());
			}
		}
		return null;
	}

	private static Map<String, Integer> asTyped() {
		Map<String, Integer> words = new HashMap<>();
		for (Choice choice : CHOICES) {
			Integer code = Integer.valueOf(choice.value());
			words.put(choice.label(), code);
			choice.synonyms().forEach((synonym) -> words.put(synonym, code));
		}
		return Map.copyOf(words);
	}

}
