package tw.annualreport.plan.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A plan as read from the agency's own document: its nodes in plan order with the dotted codes
 * given here, what the reader noticed and the cells it could not place.
 *
 * @param levelNames the levels as the plan table's header names them (工作要項, 工作重點, 具體措施)
 * @param nodes every node, parents before their children, in the order of the plan
 * @param notes what the reader did that the officer should know (a header repeated over a page break …)
 * @param unplaced every cell with text that is in no node, each with where it is and why
 */
public record DocumentPlan(List<String> levelNames, List<Node> nodes, List<String> notes, List<String> unplaced) {

	/**
	 * One node of the plan.
	 *
	 * @param code dotted, by position: {@code 2.3.1}
	 * @param level 1 to 3
	 * @param label the numbering as the plan typed it ({@code (一)}), empty for an unnumbered node
	 * @param title without the numbering
	 * @param units 承辦單位, as listed
	 * @param due 完成期限 as written, empty when the plan gives none
	 */
	public record Node(String code, int level, String label, String title, List<String> units, String due) {

		public Node {
			units = List.copyOf(units);
		}

	}

	public DocumentPlan {
		levelNames = List.copyOf(levelNames);
		nodes = List.copyOf(nodes);
		notes = List.copyOf(notes);
		unplaced = List.copyOf(unplaced);
	}

	/** How many nodes of a level, 1 to 3. */
	public long count(int level) {
		return this.nodes.stream().filter((node) -> node.level() == level).count();
	}

	/** What was read, in the plan's words: 「工作要項 6、工作重點 22、具體措施 57」. */
	public String summary() {
		List<String> parts = new ArrayList<>();
		for (int level = 1; level <= this.levelNames.size(); level++) {
			parts.add(this.levelNames.get(level - 1) + " " + count(level));
		}
		return String.join("、", parts);
	}

}
