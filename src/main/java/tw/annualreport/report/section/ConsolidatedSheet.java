package tw.annualreport.report.section;

import java.util.ArrayList;
import java.util.List;

import tw.annualreport.report.ConsolidatedTable;
import tw.annualreport.report.document.Cell;
import tw.annualreport.report.document.Column;
import tw.annualreport.report.document.Kind;
import tw.annualreport.report.document.SheetLayout;
import tw.annualreport.report.document.Table;
import tw.annualreport.report.document.Workbook;
import tw.annualreport.summary.KeyFigure;

/**
 * The bureau's consolidated table (彙整表) as one sheet: the agency, then each key figure with its
 * rank, and its rows rejected. Its headers and number formats come with the table (the surveys vary by bureau); the
 * sheet's template is made once, with room for every fixed key figure and {@link #SURVEYS} surveys.
 */
public final class ConsolidatedSheet {

	/** Surveys the sheet has columns for, besides the key figures every agency has. */
	static final int SURVEYS = 4;

	/** Key figures the sheet has columns for. */
	static final int FIGURES = KeyFigure.fixed().size() + SURVEYS;

	static final Table TABLE = table();

	static final SheetLayout LAYOUT = SheetLayout.of("consolidated", "貳、各機關彙整表", TABLE);

	private ConsolidatedSheet() {
	}

	private static Table table() {
		List<Column> columns = new ArrayList<>(List.of(Column.sheet("機關代碼", Kind.TEXT, 80), Column.sheet("機關名稱", Kind.TEXT, 180)));
		for (int i = 0; i < FIGURES; i++) {
			columns.add(Column.sheet("數值", Kind.PERCENT, 90));
			columns.add(Column.sheet("名次", Kind.INTEGER, 45));
		}
		columns.add(Column.sheet("拒收筆數", Kind.COUNT, 70));
		return new Table("consolidated", null, 22, columns);
	}

	/** The table as a sheet of the bureau's workbook, under its title and note. */
	static void write(ConsolidatedTable table, Workbook workbook) {
		if (table.header().size() > TABLE.columns().size()) {
			throw new IllegalArgumentException("彙整表有 " + table.header().size() + " 欄，超過試算表樣板之 " + TABLE.columns().size() + " 欄");
		}
		Workbook.Rows rows = workbook.sheet(LAYOUT, table.title()).note(table.note()).head(TABLE, table.header());
		for (List<Object> row : table.rows()) {
			List<Cell> cells = new ArrayList<>();
			for (int i = 0; i < row.size(); i++) {
				cells.add(cell(row.get(i), table.formats().get(i)));
			}
			rows.row(TABLE, cells);
		}
	}

	/** A number shown with its column's format, text as text, nothing as a blank cell. */
	private static Cell cell(Object value, String format) {
		if (value instanceof Number n && format != null) {
			return new Cell(n, Kind.ofPattern(format));
		}
		return (value == null) ? Cell.blank() : Cell.text(value.toString());
	}

}
