package tw.annualreport.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rolls measure (措施) activity up the plan tree: 場次 and 人次 summed per leaf and into
 * every ancestor, the status of each leaf, and completion counts per node and for the
 * whole plan.
 * <p>
 * Streaming over execution records: {@link #add(LeafActivity)} once per record (or once
 * per leaf with pre-aggregated sums); memory depends on the plan size only.
 */
public final class MeasureRollup {

	/** One plan node; a node that no other node names as parent is a leaf (措施). */
	public record Node(String code, String parentCode) {

		public Node {
			Objects.requireNonNull(code, "code");
			if (parentCode != null && parentCode.isBlank()) {
				parentCode = null; // a blank cell means a root
			}
		}

	}

	/**
	 * Activity of one leaf: one execution record, or several already summed. Several
	 * activities for the same leaf are merged (any record / any 已完成, sums added).
	 *
	 * @param hasRecord at least one execution record exists (→ at least 執行中)
	 * @param completed at least one record says 已完成
	 */
	public record LeafActivity(String code, boolean hasRecord, boolean completed, long sessions, long participants) {

		public LeafActivity {
			Objects.requireNonNull(code, "code");
			if (sessions < 0 || participants < 0) {
				throw new IllegalArgumentException("negative 場次/人次 for " + code);
			}
		}

		/** One execution record; its 狀態 only matters when it is 已完成. */
		public static LeafActivity ofRecord(String code, boolean completed, long sessions, long participants) {
			return new LeafActivity(code, true, completed, sessions, participants);
		}

	}

	/**
	 * Figures of one node. For a leaf: leaves = 1 and the counts say its own status.
	 *
	 * @param level 1 for a root (工作要項/評核構面), 2, 3 …
	 * @param status the leaf's status, {@code null} for a non-leaf
	 * @param completionRate completed ÷ leaves under this node
	 */
	public record NodeFigures(String code, String parentCode, int level, boolean leaf, MeasureStatus status,
			long sessions, long participants, int leaves, int completed, int inProgress, int notStarted,
			Figure completionRate) {
	}

	/** Whole-plan counts; completionRate = completed ÷ all leaves. */
	public record Totals(int total, int completed, int inProgress, int notStarted, Figure completionRate) {
	}

	/** @param nodes in the order of the plan (as given to the constructor) */
	public record Result(List<NodeFigures> nodes, Totals totals) {
	}

	private static final class Acc {

		final Node node;

		final List<String> children = new ArrayList<>();

		boolean hasRecord;

		boolean completed;

		long sessions;

		long participants;

		Acc(Node node) {
			this.node = node;
		}

	}

	// plan order: the report follows the tree as the plan lists it
	private final Map<String, Acc> nodes = new LinkedHashMap<>();

	/**
	 * @param plan every node of the plan; a parent must be in the list (in any position)
	 * @throws IllegalArgumentException on a duplicate code, a missing parent or a cycle
	 */
	public MeasureRollup(List<Node> plan) {
		for (Node node : plan) {
			if (this.nodes.putIfAbsent(node.code(), new Acc(node)) != null) {
				throw new IllegalArgumentException("duplicate plan code " + node.code());
			}
		}
		for (Acc acc : this.nodes.values()) {
			String parent = acc.node.parentCode();
			if (parent != null) {
				Acc parentAcc = this.nodes.get(parent);
				if (parentAcc == null) {
					throw new IllegalArgumentException("parent " + parent + " of " + acc.node.code() + " is not in the plan");
				}
				parentAcc.children.add(acc.node.code());
			}
		}
		this.nodes.keySet().forEach(this::level); // fails fast on a cycle
	}

	public void add(LeafActivity activity) {
		Acc acc = this.nodes.get(activity.code());
		if (acc == null) {
			throw new IllegalArgumentException("measure " + activity.code() + " is not in the plan");
		}
		if (!acc.children.isEmpty()) {
			// a record on a heading would be counted nowhere: an import error, not a figure
			throw new IllegalArgumentException(activity.code() + " is not a measure (it has sub-items)");
		}
		acc.hasRecord |= activity.hasRecord();
		acc.completed |= activity.completed();
		acc.sessions += activity.sessions();
		acc.participants += activity.participants();
	}

	public Result result() {
		Map<String, NodeFigures> done = new LinkedHashMap<>();
		for (String code : this.nodes.keySet()) {
			figures(code, done);
		}
		List<NodeFigures> ordered = new ArrayList<>();
		int completed = 0;
		int inProgress = 0;
		int notStarted = 0;
		for (String code : this.nodes.keySet()) {
			NodeFigures f = done.get(code);
			ordered.add(f);
			if (f.leaf()) {
				completed += f.completed();
				inProgress += f.inProgress();
				notStarted += f.notStarted();
			}
		}
		int total = completed + inProgress + notStarted;
		return new Result(List.copyOf(ordered),
				new Totals(total, completed, inProgress, notStarted, completionRate(completed, total)));
	}

	// post-order: a node's figures are the sum of its children's
	private NodeFigures figures(String code, Map<String, NodeFigures> done) {
		NodeFigures cached = done.get(code);
		if (cached != null) {
			return cached;
		}
		Acc acc = this.nodes.get(code);
		NodeFigures result;
		if (acc.children.isEmpty()) {
			MeasureStatus status = acc.completed ? MeasureStatus.COMPLETED
					: acc.hasRecord ? MeasureStatus.IN_PROGRESS : MeasureStatus.NOT_STARTED;
			int c = (status == MeasureStatus.COMPLETED) ? 1 : 0;
			int p = (status == MeasureStatus.IN_PROGRESS) ? 1 : 0;
			int n = (status == MeasureStatus.NOT_STARTED) ? 1 : 0;
			result = new NodeFigures(code, acc.node.parentCode(), level(code), true, status, acc.sessions,
					acc.participants, 1, c, p, n, completionRate(c, 1));
		}
		else {
			long sessions = 0;
			long participants = 0;
			int leaves = 0;
			int c = 0;
			int p = 0;
			int n = 0;
			for (String child : acc.children) {
				NodeFigures f = figures(child, done);
				sessions += f.sessions();
				participants += f.participants();
				leaves += f.leaves();
				c += f.completed();
				p += f.inProgress();
				n += f.notStarted();
			}
			result = new NodeFigures(code, acc.node.parentCode(), level(code), false, null, sessions, participants,
					leaves, c, p, n, completionRate(c, leaves));
		}
		done.put(code, result);
		return result;
	}

	private int level(String code) {
		int level = 1;
		String parent = this.nodes.get(code).node.parentCode();
		while (parent != null) {
			if (++level > this.nodes.size()) {
				throw new IllegalArgumentException("the plan has a cycle through " + code);
			}
			parent = this.nodes.get(parent).node.parentCode();
		}
		return level;
	}

	private static Figure completionRate(int completed, int leaves) {
		return Figure.ratio(completed, leaves, "無措施，無法計算完成率");
	}

}
