package tw.annualreport.plan;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan reads as plan.csv lists its top-level items; under each, 1.2 before 1.10. */
class PlanOrderTests {

	@Test
	void theSeedsFirstRowPrintsFirstThoughItsCodeIsSeven() {
		// KHH-ZY's plan.csv: 訂定「提升服務工作計畫」 (7) in row 2, then 一 (1) … 六 (6); the database returns any order
		List<PlanNode> stored = List.of(node("1.1", 5), node("2", 8), node("7.1.1", 3), node("1", 4), node("7", 1),
				node("1.1.1", 6), node("7.1", 2), node("2.1", 9), node("6", 10));

		assertThat(PlanOrder.of(stored)).extracting(PlanNode::code)
			.containsExactly("7", "7.1", "7.1.1", "1", "1.1", "1.1.1", "2", "2.1", "6");
	}

	@Test
	void underATopLevelItemTheNodesGoByCodeNotByRow() {
		List<PlanNode> stored = List.of(node("1", 1), node("1.10", 2), node("1.2", 3), node("1.2.1", 4), node("1.1", 5));

		assertThat(PlanOrder.of(stored)).extracting(PlanNode::code).containsExactly("1", "1.1", "1.2", "1.2.1", "1.10");
	}

	@Test
	void topLevelItemsInCodeOrderInTheFileStayInCodeOrder() {
		List<PlanNode> stored = List.of(node("2", 3), node("10", 5), node("1", 1), node("1.1", 2), node("2.1", 4));

		assertThat(PlanOrder.of(stored)).extracting(PlanNode::code).containsExactly("1", "1.1", "2", "2.1", "10");
	}

	@Test
	void aTopLevelItemWithoutItsOwnRowGoesWhereItsFirstNodeIs() {
		List<PlanNode> stored = List.of(node("1", 1), node("3.2", 4), node("3.1", 3), node("2", 2));

		assertThat(PlanOrder.of(stored)).extracting(PlanNode::code).containsExactly("1", "2", "3.1", "3.2");
	}

	private static PlanNode node(String code, int seq) {
		return new PlanNode(code, PlanCodes.parent(code), PlanCodes.level(code), seq, "項目 " + code, null, null, null,
				null, null, null, null, null, null);
	}

}
