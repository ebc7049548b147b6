package tw.annualreport.figures;

import java.util.List;

import org.junit.jupiter.api.Test;

import tw.annualreport.figures.MeasureRollup.LeafActivity;
import tw.annualreport.figures.MeasureRollup.Node;
import tw.annualreport.figures.MeasureRollup.NodeFigures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class MeasureRollupTests {

	// 1 ─ 1.1 ─ 1.1.1, 1.1.2
	//   └ 1.2 (a level-2 leaf)
	// 2 ─ 2.1 ─ 2.1.1
	private static final List<Node> PLAN = List.of(new Node("1", null), new Node("1.1", "1"), new Node("1.1.1", "1.1"),
			new Node("1.1.2", "1.1"), new Node("1.2", "1"), new Node("2", ""), new Node("2.1", "2"),
			new Node("2.1.1", "2.1"));

	@Test
	void rollsSessionsAndParticipantsUpToEveryAncestor() {
		MeasureRollup rollup = new MeasureRollup(PLAN);
		rollup.add(LeafActivity.ofRecord("1.1.1", false, 2, 40));
		rollup.add(LeafActivity.ofRecord("1.1.1", true, 1, 15));
		rollup.add(LeafActivity.ofRecord("1.1.2", false, 3, 100));
		rollup.add(LeafActivity.ofRecord("2.1.1", false, 0, 0));
		MeasureRollup.Result r = rollup.result();

		assertThat(r.nodes()).extracting(NodeFigures::code)
			.containsExactly("1", "1.1", "1.1.1", "1.1.2", "1.2", "2", "2.1", "2.1.1");
		NodeFigures n111 = node(r, "1.1.1");
		assertThat(n111.sessions()).isEqualTo(3); // 2 + 1
		assertThat(n111.participants()).isEqualTo(55); // 40 + 15
		assertThat(node(r, "1.1").sessions()).isEqualTo(6); // 3 + 3
		assertThat(node(r, "1.1").participants()).isEqualTo(155); // 55 + 100
		assertThat(node(r, "1").sessions()).isEqualTo(6); // 1.1 + 1.2 (0)
		assertThat(node(r, "1").participants()).isEqualTo(155);
		assertThat(node(r, "2").sessions()).isZero();
		assertThat(node(r, "1.1.1").level()).isEqualTo(3);
		assertThat(node(r, "1").level()).isEqualTo(1);
		assertThat(node(r, "2").parentCode()).isNull(); // blank parent = root
	}

	@Test
	void statusIsCompletedThenInProgressThenNotStarted() {
		MeasureRollup rollup = new MeasureRollup(PLAN);
		rollup.add(LeafActivity.ofRecord("1.1.1", false, 1, 0));
		rollup.add(LeafActivity.ofRecord("1.1.1", true, 0, 0)); // one 已完成 record is enough
		rollup.add(LeafActivity.ofRecord("1.1.2", false, 0, 0)); // a record, none 已完成
		rollup.add(LeafActivity.ofRecord("2.1.1", true, 0, 0));
		MeasureRollup.Result r = rollup.result();

		assertThat(node(r, "1.1.1").status()).isEqualTo(MeasureStatus.COMPLETED);
		assertThat(node(r, "1.1.2").status()).isEqualTo(MeasureStatus.IN_PROGRESS);
		assertThat(node(r, "1.2").status()).isEqualTo(MeasureStatus.NOT_STARTED);
		assertThat(node(r, "2.1.1").status()).isEqualTo(MeasureStatus.COMPLETED);
		assertThat(node(r, "1").status()).isNull();
		// 4 leaves: 1.1.1 done, 1.1.2 in progress, 1.2 not started, 2.1.1 done → 2/4
		assertThat(r.totals()).isEqualTo(new MeasureRollup.Totals(4, 2, 1, 1, Figure.of(0.5)));
		// node 1: leaves 1.1.1, 1.1.2, 1.2 → 1 of 3 completed
		NodeFigures one = node(r, "1");
		assertThat(one.leaves()).isEqualTo(3);
		assertThat(one.completed()).isEqualTo(1);
		assertThat(one.inProgress()).isEqualTo(1);
		assertThat(one.notStarted()).isEqualTo(1);
		assertThat(one.completionRate().value()).isCloseTo(1.0 / 3, within(1e-15));
		assertThat(node(r, "2").completionRate().value()).isEqualTo(1.0);
	}

	@Test
	void emptyPlanHasNoCompletionRate() {
		MeasureRollup.Result r = new MeasureRollup(List.of()).result();
		assertThat(r.totals().total()).isZero();
		assertThat(r.totals().completionRate().reason()).isEqualTo("無措施，無法計算完成率");
	}

	@Test
	void rejectsABrokenPlanOrRecordsOffTheLeaves() {
		assertThatIllegalArgumentException().isThrownBy(() -> new MeasureRollup(List.of(new Node("1.1", "1"))))
			.withMessageContaining("parent 1");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MeasureRollup(List.of(new Node("1", null), new Node("1", null))));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MeasureRollup(List.of(new Node("a", "b"), new Node("b", "a"))))
			.withMessageContaining("cycle");
		MeasureRollup rollup = new MeasureRollup(PLAN);
		assertThatIllegalArgumentException().isThrownBy(() -> rollup.add(LeafActivity.ofRecord("1.1", true, 0, 0)));
		assertThatIllegalArgumentException().isThrownBy(() -> rollup.add(LeafActivity.ofRecord("9", true, 0, 0)));
	}

	private static NodeFigures node(MeasureRollup.Result r, String code) {
		return r.nodes().stream().filter((n) -> n.code().equals(code)).findFirst().orElseThrow();
	}

}
