package tw.annualreport.agency;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import tw.annualreport.system.EditDistance;

/**
 * An agency code as typed, looked up among the codes known: the same code ignoring case
 * ({@code khh-zy} is KHH-ZY), else the closest codes to suggest (a letter or two off, or one
 * containing the other).
 */
public final class AgencyCodeMatch {

	private static final int MAX_SUGGESTIONS = 3;

	private AgencyCodeMatch() {
	}

	/** The known code that is the typed one, ignoring case. */
	public static Optional<String> find(String typed, Collection<String> known) {
		if (known.contains(typed)) {
			return Optional.of(typed);
		}
		return known.stream().filter((code) -> code.equalsIgnoreCase(typed)).findFirst();
	}

	/** Up to three known codes close to the typed one, closest first; empty when none is close. */
	public static List<String> suggestions(String typed, Collection<String> known) {
		String wanted = typed.toUpperCase(Locale.ROOT);
		return known.stream()
			.filter((code) -> EditDistance.between(wanted, code.toUpperCase(Locale.ROOT)) <= limit(wanted)
					|| (wanted.length() >= 2 && code.toUpperCase(Locale.ROOT).contains(wanted)))
			.sorted(Comparator.comparingInt((String code) -> EditDistance.between(wanted, code.toUpperCase(Locale.ROOT)))
				.thenComparing(Comparator.naturalOrder()))
			.limit(MAX_SUGGESTIONS)
			.toList();
	}

	/** 「，是否為 KHH-ZY？」 or nothing. */
	public static String didYouMean(String typed, Collection<String> known) {
		List<String> close = suggestions(typed, known);
		return close.isEmpty() ? "" : "，是否為 " + String.join("、", close) + "？";
	}

	private static int limit(String typed) {
		return Math.max(1, typed.length() / 4);
	}

}
