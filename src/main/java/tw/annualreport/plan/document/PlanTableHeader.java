package tw.annualreport.plan.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The header row of a plan table and what each column holds, told by the words plans use:
 * 工作要項/工作重點/具體措施, 評核構面/評核項目/評核重點, 執行要項/執行重點 … for the levels, left to right;
 * 承辦單位 (主辦、負責、執行單位) for the units; 完成期限 (期程、完成日期) for the deadline. Other columns
 * (備註, 預期效益 …) are left out and named in the summary.
 *
 * @param row the header row's index in its table
 * @param levelColumns the columns of level 1, 2 (and 3), left to right
 * @param levelNames the levels as the header names them, spaces removed
 * @param unitsColumn -1 when the table has none
 * @param dueColumn -1 when the table has none
 * @param otherColumns the headers of the columns left out
 */
record PlanTableHeader(int row, List<Integer> levelColumns, List<String> levelNames, int unitsColumn, int dueColumn,
		List<String> otherColumns) {

	private static final Pattern LEVEL = Pattern.compile(".*(要項|構面|重點|項目|措施|策略|作法|做法|內容).*");

	private static final Pattern UNITS = Pattern.compile(".*單位.*");

	private static final Pattern DUE = Pattern.compile(".*(期限|期程|完成日期|完成時間|預定完成).*");

	/** How many of the first rows may come before the header (a title row spanning the table). */
	private static final int SEARCHED_ROWS = 3;

	/** The header of a table, if one of its first rows names at least two levels. */
	static Optional<PlanTableHeader> find(DocumentTable table) {
		for (int row = 0; row < Math.min(SEARCHED_ROWS, table.rows().size()); row++) {
			PlanTableHeader header = of(table, row);
			if (header.levelColumns.size() >= 2) {
				return Optional.of(header);
			}
		}
		return Optional.empty();
	}

	private static PlanTableHeader of(DocumentTable table, int row) {
		List<Integer> levels = new ArrayList<>();
		List<String> names = new ArrayList<>();
		List<String> others = new ArrayList<>();
		int units = -1;
		int due = -1;
		for (int column = 0; column < table.width(); column++) {
			TableSlot slot = table.slot(row, column);
			String name = compact(slot.text());
			if (slot.merge() != TableSlot.Merge.NONE || name.isEmpty()) {
				continue;
			}
			if (UNITS.matcher(name).matches() && units < 0) {
				units = column;
			}
			else if (DUE.matcher(name).matches() && due < 0) {
				due = column;
			}
			else if (LEVEL.matcher(name).matches() && levels.size() < 3) {
				levels.add(column);
				names.add(name);
			}
			else {
				others.add(name);
			}
		}
		return new PlanTableHeader(row, List.copyOf(levels), List.copyOf(names), units, due, List.copyOf(others));
	}

	/** The header's own cells repeated (a page break in Word's or the author's way): compared without spaces. */
	boolean repeatedIn(DocumentTable table, int row) {
		for (int i = 0; i < this.levelColumns.size(); i++) {
			if (!compact(table.slot(row, this.levelColumns.get(i)).text()).equals(this.levelNames.get(i))) {
				return false;
			}
		}
		return true;
	}

	int levels() {
		return this.levelColumns.size();
	}

	static String compact(String text) {
		return text.replaceAll("\\s+", "");
	}

}
