package tw.annualreport.plan.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import tw.annualreport.plan.document.TableSlot.Merge;

/**
 * From the tables of a document, whatever its format, to the plan tree. The plan table is the
 * table whose header names the levels ({@link PlanTableHeader}); several such tables are read as
 * one plan, in order. A level's cell starts a node where it starts (merged down, it is the same
 * node in each row it covers; an empty cell, too, means "as above"); a measure cell holds one
 * measure or several, each starting with the plan's measure numbering (1、 1. …), the other
 * paragraphs (its (1) (2) …) staying in its title. Numbering is kept as the node's 編號 and
 * removed from its title. Nothing is guessed silently: a cell that fits nowhere is listed in
 * {@link DocumentPlan#unplaced()}, every judgement call in {@link DocumentPlan#notes()}.
 */
final class PlanTableReader {

	private static final int QUOTED = 20;

	private final String documentName;

	private final int tableCount;

	private final List<String> notes = new ArrayList<>();

	private final List<String> unplaced = new ArrayList<>();

	private final Node root = new Node(0, "", "");

	private Node[] current;

	private Node lastMeasure;

	/** The measure the current row goes on with, when a page break cut its row in two; else null. */
	private Node continuedMeasure;

	private Numbering.Style measureStyle;

	private List<String> levelNames;

	private PlanTableReader(String documentName, int tableCount) {
		this.documentName = documentName;
		this.tableCount = tableCount;
	}

	/**
	 * Reads the plan of a document's tables.
	 * @throws PlanDocumentException when no table is a plan table, or the plan table has no rows
	 */
	static DocumentPlan read(String documentName, List<DocumentTable> tables) {
		return new PlanTableReader(documentName, tables.size()).read(tables);
	}

	private DocumentPlan read(List<DocumentTable> tables) {
		List<DocumentTable> planTables = new ArrayList<>();
		List<PlanTableHeader> headers = new ArrayList<>();
		for (DocumentTable table : tables) {
			Optional<PlanTableHeader> header = PlanTableHeader.find(table);
			if (header.isEmpty()) {
				continue;
			}
			if (!headers.isEmpty() && header.get().levels() != headers.get(0).levels()) {
				this.unplaced.add(where(table, header.get().row()) + "：這個表格有 " + header.get().levels() + " 層（"
						+ String.join("／", header.get().levelNames()) + "），與前面的計畫表（" + headers.get(0).levels()
						+ " 層）不同，整個表格未讀取");
				continue;
			}
			planTables.add(table);
			headers.add(header.get());
		}
		if (planTables.isEmpty()) {
			throw new PlanDocumentException(noPlanTable(tables));
		}
		PlanTableHeader first = headers.get(0);
		this.levelNames = first.levelNames();
		this.current = new Node[first.levels()];
		this.measureStyle = measureStyle(planTables, headers);
		for (int t = 0; t < planTables.size(); t++) {
			readTable(planTables.get(t), headers.get(t));
		}
		if (this.root.children.isEmpty()) {
			throw new PlanDocumentException("「" + this.documentName + "」的工作計畫表只有表頭，沒有任何" + this.levelNames.get(0)
					+ "：請確認表格內容是否完整");
		}
		this.root.noteChildless(this.levelNames, this.notes);
		List<DocumentPlan.Node> nodes = new ArrayList<>();
		this.root.flatten("", nodes);
		return new DocumentPlan(this.levelNames, nodes, this.notes, this.unplaced);
	}

	private void readTable(DocumentTable table, PlanTableHeader header) {
		if (!header.otherColumns().isEmpty()) {
			this.notes.add(where(table, header.row()) + "：未讀取的欄「" + String.join("」「", header.otherColumns()) + "」");
		}
		int repeated = 0;
		for (int row = header.row() + 1; row < table.rows().size(); row++) {
			if (header.repeatedIn(table, row)) {
				repeated++;
				continue;
			}
			readRow(table, header, row);
		}
		if (repeated > 0) {
			this.notes.add(where(table, -1) + "：跳過重複的表頭列 " + repeated + " 列（跨頁重複的表頭）");
		}
	}

	private void readRow(DocumentTable table, PlanTableHeader header, int row) {
		int levels = header.levels();
		List<Node> started = new ArrayList<>();
		for (int i = 0; i < levels - 1; i++) {
			TableSlot slot = table.slot(row, header.levelColumns().get(i));
			if (slot.merge() != Merge.NONE || slot.blank()) {
				continue;
			}
			Node parent = (i == 0) ? this.root : this.current[i - 1];
			Arrays.fill(this.current, i, levels, null);
			if (parent == null) {
				unplaced(table, row, i, slot, "上方沒有" + this.levelNames.get(i - 1) + "可以歸屬");
				continue;
			}
			Node node = upperNode(table, row, i, slot.paragraphs());
			parent.add(node);
			this.current[i] = node;
			started.add(node);
		}
		List<Node> owners = new ArrayList<>();
		this.continuedMeasure = null;
		TableSlot leaf = table.slot(row, header.levelColumns().get(levels - 1));
		if (leaf.merge() == Merge.NONE && !leaf.blank()) {
			Node parent = this.current[levels - 2];
			if (parent == null) {
				unplaced(table, row, levels - 1, leaf, "上方沒有" + this.levelNames.get(levels - 2) + "可以歸屬");
			}
			else {
				owners.addAll(measures(table, row, parent, leaf.paragraphs(), started.isEmpty()));
			}
		}
		if (owners.isEmpty() && !started.isEmpty()) {
			owners.add(started.get(started.size() - 1));
		}
		units(table, row, header, owners);
		due(table, row, header, owners);
	}

	/** A level-1 or level-2 node: one item per cell; a second numbered item cannot carry the row's measures. */
	private Node upperNode(DocumentTable table, int row, int index, List<String> paragraphs) {
		Numbering first = Numbering.of(paragraphs.get(0));
		Node node = new Node(index + 1, first.label(), first.title());
		for (String paragraph : paragraphs.subList(1, paragraphs.size())) {
			Numbering next = Numbering.of(paragraph);
			if (first.numbered() && next.style() == first.style()) {
				this.unplaced.add(where(table, row) + "「" + this.levelNames.get(index) + "」欄「" + quote(paragraph)
						+ "」：一格中有第二個" + this.levelNames.get(index) + "，無法判斷其下的項目屬於哪一個；請拆成兩列");
			}
			else {
				node.append(paragraph);
			}
		}
		return node;
	}

	/**
	 * The measures of one cell. A paragraph in the measure numbering that goes on from the last
	 * (2、 after 1、) starts a measure; any other paragraph belongs to the measure before it. Leading
	 * paragraphs without that numbering in a row that starts nothing above them continue the last
	 * measure: a row that a page break cut in two.
	 */
	private List<Node> measures(DocumentTable table, int row, Node parent, List<String> paragraphs, boolean mayContinue) {
		int level = this.current.length;
		List<Node> measures = new ArrayList<>();
		if (this.measureStyle == Numbering.Style.NONE) {
			Numbering first = Numbering.of(paragraphs.get(0));
			Node measure = new Node(level, first.label(), first.title());
			paragraphs.subList(1, paragraphs.size()).forEach(measure::append);
			parent.add(measure);
			measures.add(measure);
			this.lastMeasure = measure;
			return measures;
		}
		Node open = null;
		int lastValue = 0;
		boolean continued = false;
		for (String paragraph : paragraphs) {
			Numbering numbering = Numbering.of(paragraph);
			boolean starts = numbering.style() == this.measureStyle && (open == null || numbering.value() == lastValue + 1);
			if (starts || (open == null && !(mayContinue && this.lastMeasure != null && this.lastMeasure.parent == parent))) {
				open = new Node(level, numbering.label(), numbering.title());
				lastValue = numbering.value();
				parent.add(open);
				measures.add(open);
				if (!starts && measures.size() == 1 && !numbering.numbered()) {
					this.notes.add(where(table, row) + "「" + this.levelNames.get(level - 1) + "」欄「" + quote(paragraph)
							+ "」沒有編號，當作一項" + this.levelNames.get(level - 1));
				}
			}
			else if (open != null) {
				open.append(paragraph);
			}
			else {
				this.lastMeasure.append(paragraph);
				if (!continued) {
					this.notes.add(where(table, row) + "「" + quote(paragraph) + "」沒有編號，上方各欄也沒有新項目：接在上一項"
							+ this.levelNames.get(level - 1) + "「" + quote(this.lastMeasure.title.toString()) + "」之後（跨頁分開的列）");
				}
				continued = true;
				this.continuedMeasure = this.lastMeasure;
				if (measures.isEmpty()) {
					measures.add(this.lastMeasure);
				}
			}
		}
		if (!measures.isEmpty()) {
			this.lastMeasure = measures.get(measures.size() - 1);
		}
		return measures;
	}

	/**
	 * The row's units go to the nodes the row starts: one paragraph per measure when the cell lists
	 * them so (units per cell), otherwise all of them to each (units per row).
	 */
	private void units(DocumentTable table, int row, PlanTableHeader header, List<Node> owners) {
		if (header.unitsColumn() < 0) {
			return;
		}
		TableSlot slot = table.slot(row, header.unitsColumn());
		if (slot.blank() || slot.merge() == Merge.FROM_LEFT) {
			if (this.continuedMeasure != null) {
				// the rest of a row cut by a page break: its units are those of the part above
				owners.forEach((owner) -> owner.units.addAll(this.continuedMeasure.units));
			}
			return;
		}
		if (owners.isEmpty()) {
			if (slot.merge() == Merge.NONE) {
				unplaced(table, row, slot, "承辦單位", "這一列沒有可以歸屬的項目");
			}
			return;
		}
		List<String> paragraphs = slot.paragraphs();
		boolean perMeasure = slot.merge() == Merge.NONE && owners.size() > 1 && paragraphs.size() == owners.size();
		for (int i = 0; i < owners.size(); i++) {
			if (perMeasure) {
				owners.get(i).addUnits(paragraphs.get(i));
			}
			else {
				paragraphs.forEach(owners.get(i)::addUnits);
			}
		}
	}

	private void due(DocumentTable table, int row, PlanTableHeader header, List<Node> owners) {
		if (header.dueColumn() < 0) {
			return;
		}
		TableSlot slot = table.slot(row, header.dueColumn());
		if (slot.blank() || slot.merge() == Merge.FROM_LEFT) {
			if (this.continuedMeasure != null) {
				owners.stream().filter((owner) -> owner.due.isEmpty()).forEach((owner) -> owner.due = this.continuedMeasure.due);
			}
			return;
		}
		if (owners.isEmpty()) {
			if (slot.merge() == Merge.NONE) {
				unplaced(table, row, slot, "完成期限", "這一列沒有可以歸屬的項目");
			}
			return;
		}
		for (Node owner : owners) {
			if (owner.due.isEmpty()) {
				owner.due = slot.text();
			}
		}
	}

	/**
	 * The numbering of the measures: the one most measure cells start with (1、 in one plan, 1. in
	 * another), or none when most start without a number, each cell then one measure.
	 */
	private static Numbering.Style measureStyle(List<DocumentTable> tables, List<PlanTableHeader> headers) {
		int[] counts = new int[Numbering.Style.values().length];
		for (int t = 0; t < tables.size(); t++) {
			DocumentTable table = tables.get(t);
			PlanTableHeader header = headers.get(t);
			int column = header.levelColumns().get(header.levels() - 1);
			for (int row = header.row() + 1; row < table.rows().size(); row++) {
				TableSlot slot = table.slot(row, column);
				if (slot.merge() == Merge.NONE && !slot.blank() && !header.repeatedIn(table, row)) {
					counts[Numbering.of(slot.paragraphs().get(0)).style().ordinal()]++;
				}
			}
		}
		Numbering.Style best = Numbering.Style.NONE;
		for (Numbering.Style style : Numbering.Style.values()) {
			if (counts[style.ordinal()] > counts[best.ordinal()]) {
				best = style;
			}
		}
		return best;
	}

	private void unplaced(DocumentTable table, int row, int level, TableSlot slot, String reason) {
		unplaced(table, row, slot, this.levelNames.get(level), reason);
	}

	private void unplaced(DocumentTable table, int row, TableSlot slot, String column, String reason) {
		this.unplaced.add(where(table, row) + "「" + column + "」欄「" + quote(slot.text()) + "」：" + reason);
	}

	/** 「第 3 列」, or 「表格 2 第 3 列」 in a document of several tables; the rows counted as Word shows them, from 1. */
	private String where(DocumentTable table, int row) {
		String prefix = this.tableCount > 1 ? "表格 " + table.number() + (row >= 0 ? " " : "") : "";
		return row < 0 ? (prefix.isEmpty() ? "計畫表" : prefix) : prefix + "第 " + (row + 1) + " 列";
	}

	private static String quote(String text) {
		return text.length() <= QUOTED ? text : text.substring(0, QUOTED) + "…";
	}

	private String noPlanTable(List<DocumentTable> tables) {
		String expected = "表頭要有至少兩個層級的欄，例如「工作要項／工作重點／具體措施」或「評核構面／評核項目／評核重點」";
		if (tables.isEmpty()) {
			return "「" + this.documentName + "」裡沒有表格，找不到工作計畫表：" + expected;
		}
		List<String> found = new ArrayList<>();
		for (DocumentTable table : tables) {
			List<String> cells = new ArrayList<>();
			if (!table.rows().isEmpty()) {
				table.rows().get(0).stream().map((slot) -> PlanTableHeader.compact(slot.text())).filter((s) -> !s.isEmpty())
					.map(PlanTableReader::quote).forEach(cells::add);
			}
			found.add("表格 " + table.number() + "「" + String.join("｜", cells) + "」");
		}
		String which = tables.size() == 1 ? "唯一的表格" : "的 " + tables.size() + " 個表格都";
		return "「" + this.documentName + "」" + which + "不是工作計畫表：" + expected + "；文件中表格的第一列是 " + String.join("、", found);
	}

	/** A node while the tree grows. */
	private static final class Node {

		private Node parent;

		private final int level;

		private final String label;

		private final StringBuilder title;

		private final Set<String> units = new LinkedHashSet<>();

		private String due = "";

		private final List<Node> children = new ArrayList<>();

		Node(int level, String label, String title) {
			this.level = level;
			this.label = label;
			this.title = new StringBuilder(title);
		}

		void add(Node child) {
			child.parent = this;
			this.children.add(child);
		}

		void append(String paragraph) {
			String joined = Paragraphs.join(this.title.toString(), paragraph);
			this.title.setLength(0);
			this.title.append(joined);
		}

		void addUnits(String text) {
			for (String unit : text.split("[、,，;；/／\\s]+")) {
				if (!unit.isBlank()) {
					this.units.add(unit.strip());
				}
			}
		}

		/** A node above the measures with nothing under it: a leaf at the wrong level, for the officer to see. */
		void noteChildless(List<String> names, List<String> notes) {
			for (Node child : this.children) {
				if (child.children.isEmpty() && child.level < names.size()) {
					notes.add(names.get(child.level - 1) + "「" + child.label + quote(child.title.toString()) + "」下沒有任何"
							+ names.get(child.level) + "：plan.csv 中它會是最末一層的項目");
				}
				child.noteChildless(names, notes);
			}
		}

		void flatten(String code, List<DocumentPlan.Node> nodes) {
			for (int i = 0; i < this.children.size(); i++) {
				Node child = this.children.get(i);
				String childCode = code.isEmpty() ? String.valueOf(i + 1) : code + "." + (i + 1);
				nodes.add(new DocumentPlan.Node(childCode, child.level, child.label, child.title.toString(),
						List.copyOf(child.units), child.due));
				child.flatten(childCode, nodes);
			}
		}

	}

}
