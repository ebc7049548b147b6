package tw.annualreport.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The names of the plan's three levels (層級名稱), as the agency's own plan calls them: the
 * Kaohsiung plans' 工作要項/工作重點/具體措施 by default, the national format's
 * 評核構面/評核項目/評核重點, a district office's 執行要項/執行重點/… Every output that names a level
 * (headings, column headers, the summary sentence, the sheets) reads it from here.
 *
 * @param names the name of level 1, 2 and 3; level 3 names the measures (措施), the plan's leaves
 */
public record PlanLevels(List<String> names) {

	/** The plan has at most three levels ({@link PlanCodes}). */
	public static final int LEVELS = 3;

	/** The longest name of one level, in characters. */
	public static final int MAX_NAME = 10;

	/** 工作要項/工作重點/具體措施: the Kaohsiung names (SPEC §2), when agency.csv gives none. */
	public static final PlanLevels DEFAULT = new PlanLevels(List.of("工作要項", "工作重點", "具體措施"));

	/** The example the messages give. */
	private static final String EXAMPLE = "例如 評核構面/評核項目/評核重點";

	public PlanLevels {
		names = List.copyOf(names);
		if (names.size() != LEVELS) {
			throw new IllegalArgumentException("a plan has " + LEVELS + " level names, not " + names.size());
		}
	}

	/**
	 * The setting as typed in agency.csv (層級名稱): the names from level 1 down, separated by
	 * {@code /} (or {@code ／}), e.g. {@code 評核構面/評核項目/評核重點}. Blank: {@link #DEFAULT}. Fewer
	 * than three names name the upper levels; the lower ones keep the default names
	 * ({@code 執行要項/執行重點} → 執行要項/執行重點/具體措施).
	 *
	 * @throws IllegalArgumentException with the reason in Chinese, for the reject: more than three
	 * names, a blank name ({@code 構面//重點}), a name over {@value #MAX_NAME} characters, a name that
	 * holds a space, or two levels with one name
	 */
	public static PlanLevels parse(String text) {
		if (text == null || text.isBlank()) {
			return DEFAULT;
		}
		String[] parts = text.strip().split("[/／]", -1);
		if (parts.length > LEVELS) {
			throw new IllegalArgumentException("工作計畫最多三層，層級名稱最多 3 個（以 / 分隔），這裡有 " + parts.length + " 個；" + EXAMPLE);
		}
		List<String> names = new ArrayList<>(DEFAULT.names);
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < parts.length; i++) {
			String name = parts[i].strip();
			if (name.isEmpty()) {
				throw new IllegalArgumentException("第 " + (i + 1) + " 層的名稱是空的；層級名稱以 / 分隔，" + EXAMPLE);
			}
			if (name.codePointCount(0, name.length()) > MAX_NAME) {
				throw new IllegalArgumentException("第 " + (i + 1) + " 層的名稱「" + name + "」超過 " + MAX_NAME + " 個字");
			}
			if (name.chars().anyMatch(Character::isWhitespace)) {
				throw new IllegalArgumentException("第 " + (i + 1) + " 層的名稱「" + name + "」含空白；層級名稱以 / 分隔，" + EXAMPLE);
			}
			names.set(i, name);
		}
		for (int i = 0; i < LEVELS; i++) {
			if (!seen.add(names.get(i))) {
				throw new IllegalArgumentException("兩層的名稱都是「" + names.get(i) + "」；每層的名稱須不同，" + EXAMPLE);
			}
		}
		return new PlanLevels(names);
	}

	/** The name of a level: 1 (工作要項), 2 (工作重點) or 3 (具體措施). */
	public String name(int level) {
		if (level < 1 || level > LEVELS) {
			throw new IllegalArgumentException("no plan level " + level);
		}
		return this.names.get(level - 1);
	}

	/** Level 1's name (工作要項). */
	public String first() {
		return name(1);
	}

	/** Level 3's name, the measures' (具體措施). */
	public String measures() {
		return name(LEVELS);
	}

	/** The three names as agency.csv writes them and the database keeps them: 「工作要項/工作重點/具體措施」. */
	public String text() {
		return String.join("/", this.names);
	}

	/** The three names as the report prints them: 「工作要項／工作重點／具體措施」. */
	public String printed() {
		return String.join("／", this.names);
	}

}
