package tw.annualreport.system;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The one rule for a report year, on the command line and in the console: ROC years (民國) from
 * {@value #FIRST} (the first 提升服務品質方案, 1996) to next year in Taiwan; the command line also takes
 * a Gregorian year (2024 → 113, SPEC §6). A year outside is refused at once, naming the year the
 * officer probably meant ({@code 13} → 113, {@code 24} → 113 = 2024, {@code 1130} → 113).
 */
public final class ReportYear {

	/** The earliest plausible report year: 民國 85, the first 提升服務品質方案. */
	public static final int FIRST = 85;

	private static final ZoneId TAIWAN = ZoneId.of("Asia/Taipei");

	private static final int ROC_OFFSET = 1911;

	private ReportYear() {
	}

	/** This year in Taiwan, in ROC years. */
	public static int current() {
		return LocalDate.now(TAIWAN).getYear() - ROC_OFFSET;
	}

	/** The latest plausible report year: next year (a plan is often entered in December). */
	public static int last(int thisRocYear) {
		return thisRocYear + 1;
	}

	/**
	 * A year as the command line takes it: ROC ({@code 113}) or Gregorian ({@code 2024}).
	 * @throws IllegalArgumentException with the Chinese reason, and the year probably meant
	 */
	public static int parse(String text) {
		return parse(text, current());
	}

	static int parse(String text, int thisRocYear) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("必須指定報告年度，例如 --year=" + (thisRocYear - 1));
		}
		int value;
		try {
			value = Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("年度「" + text + "」不是數字，請用民國（" + (thisRocYear - 1) + "）或西元（"
					+ (thisRocYear - 1 + ROC_OFFSET) + "）");
		}
		if (value > ROC_OFFSET && value < 3000) {
			int roc = value - ROC_OFFSET;
			if (!plausible(roc, thisRocYear)) {
				throw new IllegalArgumentException("年度「" + text + "」（民國 " + roc + " 年）不合理：報告年度應在民國 " + FIRST + " 年至 "
						+ last(thisRocYear) + " 年之間");
			}
			return roc;
		}
		return checkRoc(value, text, thisRocYear);
	}

	/**
	 * A ROC year as the console takes it (a link or the year field).
	 * @throws IllegalArgumentException with the Chinese reason, and the year probably meant
	 */
	public static int checkRoc(int rocYear) {
		return checkRoc(rocYear, String.valueOf(rocYear), current());
	}

	static int checkRoc(int value, String text, int thisRocYear) {
		if (plausible(value, thisRocYear)) {
			return value;
		}
		String meant = probablyMeant(value, thisRocYear).map((y) -> "，是否為 " + y + " 年度" + gregorianNote(value, y) + "？")
			.orElse("");
		throw new IllegalArgumentException("年度「" + text + "」不合理" + meant + "（報告年度為民國 " + FIRST + " 年至 "
				+ last(thisRocYear) + " 年，例如 " + (thisRocYear - 1) + "）");
	}

	public static boolean plausible(int rocYear, int thisRocYear) {
		return rocYear >= FIRST && rocYear <= last(thisRocYear);
	}

	/**
	 * The plausible year closest to this year among what the digits may have meant: a ROC year
	 * missing its hundreds (13 → 113), a Gregorian year in two digits (24 → 2024 = 113), a digit too
	 * many (1130 → 113).
	 */
	static Optional<Integer> probablyMeant(int value, int thisRocYear) {
		List<Integer> candidates = new ArrayList<>();
		if (value >= 1 && value <= 99) {
			candidates.add(100 + value);
			candidates.add(2000 + value - ROC_OFFSET);
		}
		if (value >= 1000 && value <= 9999) {
			candidates.add(value / 10);
		}
		return candidates.stream()
			.filter((y) -> plausible(y, thisRocYear))
			.min(Comparator.comparingInt((Integer y) -> Math.abs(y - thisRocYear)).thenComparing((y) -> -y));
	}

	private static String gregorianNote(int value, int meant) {
		return (value <= 99 && meant != 100 + value) ? "（西元 " + (meant + ROC_OFFSET) + " 年）" : "";
	}

}
