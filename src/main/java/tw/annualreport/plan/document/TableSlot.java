package tw.annualreport.plan.document;

import java.util.List;

/**
 * One grid position of a document table: the paragraphs of the cell that covers it and how it is
 * covered. A cell merged down over several rows shows its paragraphs in each row it covers
 * ({@link Merge#FROM_ABOVE}), so that a units or deadline column merged over a group still
 * reaches every row of it; the tree reads only the cell where the merge starts.
 *
 * @param paragraphs the cell's paragraphs as typed (line breaks inside a paragraph split it), without blanks
 */
public record TableSlot(List<String> paragraphs, Merge merge) {

	/** How a grid position relates to the cell that fills it. */
	public enum Merge {

		/** The cell starts here. */
		NONE,
		/** The cell above is merged down over this row. */
		FROM_ABOVE,
		/** The cell on the left spans this column. */
		FROM_LEFT

	}

	public static final TableSlot EMPTY = new TableSlot(List.of(), Merge.NONE);

	public TableSlot {
		paragraphs = List.copyOf(paragraphs);
	}

	/** The paragraphs joined by a space, e.g. to match a header. */
	public String text() {
		return String.join(" ", this.paragraphs);
	}

	public boolean blank() {
		return this.paragraphs.isEmpty();
	}

	/** The same cell seen from the row below it covers. */
	TableSlot continued() {
		return new TableSlot(this.paragraphs, Merge.FROM_ABOVE);
	}

}
