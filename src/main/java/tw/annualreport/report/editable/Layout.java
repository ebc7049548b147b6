package tw.annualreport.report.editable;

import java.util.ArrayList;
import java.util.List;

import tw.annualreport.report.document.Block;
import tw.annualreport.report.document.BlockKind;
import tw.annualreport.report.document.Table;

/**
 * What an editable document is made of, in reading order: a writer ({@link OdtWriter},
 * {@link DocxWriter}) is told each part by {@link #walk}, which reads the PDF's blocks as the PDF
 * template does: a heading above the first block of its group, a table's ROW blocks (or the plan's
 * PLAN blocks) as one table under its caption and column headers.
 */
interface Layout {

	/** The cover page, then a page break. */
	void cover(EditableReport.Cover cover);

	/** A section's heading (壹、…) on a new page: heading level 1. */
	void section(String title);

	/** A table's or a paragraph's heading: heading level 2. */
	void heading(String text);

	void paragraph(String text);

	/** Small print. */
	void note(String text);

	/**
	 * A table: the caption across it ({@code null}: none), the column headers (repeated on every
	 * page it continues on), the rows (cells as printed, {@code null} blank, a row may be short).
	 */
	void table(String caption, Table table, List<List<String>> rows);

	/**
	 * The plan's measures as one table: above each measure the level-1 and level-2 nodes it starts
	 * and its title, each across the table, then its cells.
	 */
	void plan(String caption, Table table, List<Block> measures);

	void chart(Block chart, ChartImage image);

	/** Tells {@code layout} the report's parts in order, its charts drawn by {@code charts}. */
	static void walk(EditableReport report, Charts charts, Layout layout) {
		List<Block> blocks = report.blocks();
		int i = 0;
		while (i < blocks.size()) {
			Block block = blocks.get(i);
			switch (block.kind()) {
				case COVER -> layout.cover(report.cover());
				case H1 -> layout.section(block.text());
				case P -> {
					if (block.heading() != null) {
						layout.heading(block.heading());
					}
					layout.paragraph(block.text());
				}
				case NOTE -> layout.note(block.text());
				case BAR, LINE, COMPARE -> layout.chart(block, charts.of(block));
				case ROW, PLAN -> {
					List<Block> group = new ArrayList<>();
					int j = i;
					while (j < blocks.size() && blocks.get(j).kind() == block.kind()
							&& blocks.get(j).group().equals(block.group())) {
						group.add(blocks.get(j++));
					}
					if (block.heading() != null) {
						layout.heading(block.heading());
					}
					Table table = report.table(block);
					if (block.kind() == BlockKind.ROW) {
						layout.table(block.caption(), table, group.stream().map(Block::cells).toList());
					}
					else {
						layout.plan(block.caption(), table, group);
					}
					i = j;
					continue;
				}
			}
			i++;
		}
	}

}
