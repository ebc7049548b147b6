package tw.annualreport.plan;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reading order of a plan, as the agency's plan lists it: the top-level items (工作要項) in the
 * order of their rows in plan.csv, so an item the plan puts first prints first whatever its
 * number (the Kaohsiung plans' unnumbered 訂定「提升服務工作計畫」, coded {@code 7}, before 一);
 * under each top-level item its nodes by code, 1.2 before 1.10 ({@link PlanCodes#ORDER}).
 */
public final class PlanOrder {

	private PlanOrder() {
	}

	/** The nodes in reading order (a new list). */
	public static List<PlanNode> of(List<PlanNode> nodes) {
		Map<String, Integer> rootRow = new HashMap<>();
		nodes.stream().filter((n) -> n.level() == 1).forEach((n) -> rootRow.put(n.code(), n.seq()));
		// a root that is not in the list goes where its first node is
		Set<String> listed = Set.copyOf(rootRow.keySet());
		nodes.stream()
			.filter((n) -> !listed.contains(root(n.code())))
			.forEach((n) -> rootRow.merge(root(n.code()), n.seq(), Math::min));
		Comparator<PlanNode> byRootRow = Comparator.comparingInt((PlanNode n) -> rootRow.get(root(n.code())));
		return nodes.stream()
			.sorted(byRootRow.thenComparing(PlanNode::code, PlanCodes.ORDER))
			.toList();
	}

	private static String root(String code) {
		int dot = code.indexOf('.');
		return (dot < 0) ? code : code.substring(0, dot);
	}

}
