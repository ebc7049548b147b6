package tw.annualreport.source;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * One data row of a source file, with its position as the user sees it in Excel (header =
 * row 1). Values are normalised text keyed by the normalised header.
 *
 * @param errors the headers whose cell holds an Excel error value (#DIV/0!, #N/A …) instead of
 * data; each is a cell reject, or a warning in a free-text column (whose text is then empty)
 */
public record SourceRow(String file, String sheet, int rowNumber, Map<String, String> cells, Set<String> errors) {

	public SourceRow(String file, String sheet, int rowNumber, Map<String, String> cells) {
		this(file, sheet, rowNumber, cells, Set.of());
	}

	/**
	 * A row from its raw cells under the given headers (normalised here), or null when every
	 * cell is blank: Excel leaves such rows, and they are not data.
	 */
	static SourceRow ofCells(String file, String sheet, int rowNumber, List<String> headers, IntFunction<String> rawCell) {
		return ofCells(file, sheet, rowNumber, headers, rawCell, (i) -> false);
	}

	/** @param error whether the cell at an index holds an Excel error value (its text is the error's) */
	static SourceRow ofCells(String file, String sheet, int rowNumber, List<String> headers, IntFunction<String> rawCell,
			IntPredicate error) {
		Map<String, String> cells = new LinkedHashMap<>();
		Set<String> errors = new LinkedHashSet<>();
		boolean blank = true;
		for (int i = 0; i < headers.size(); i++) {
			String value = Text.normalize(rawCell.apply(i));
			blank &= value.isEmpty();
			if (cells.putIfAbsent(headers.get(i), value) == null && error.test(i)) {
				errors.add(headers.get(i));
			}
		}
		return blank ? null : new SourceRow(file, sheet, rowNumber, cells, Set.copyOf(errors));
	}

	/**
	 * A problem for every cell holding an Excel error value: in a free-text column of the file a
	 * warning (the row is kept, the text left empty), in any other column a cell reject. In the
	 * order of the row's cells, so rejects.csv lists them as the sheet does.
	 */
	public List<RowProblem> errorProblems(SourceFile file) {
		if (this.errors.isEmpty()) {
			return List.of();
		}
		return this.cells.keySet()
			.stream()
			.filter(this.errors::contains)
			.map((header) -> problem(header, this.cells.get(header),
					file.freeText(header) ? RejectReason.TEXT_CELL_ERROR : RejectReason.CELL_ERROR))
			.toList();
	}

	/**
	 * The value of a contract column ("" when blank or absent, and in a free-text column whose cell
	 * holds an Excel error value: that text is left empty).
	 */
	public String get(SourceFile.Column column) {
		String header = headerOf(column);
		if (header == null) {
			return "";
		}
		return (column.freeText() && this.errors.contains(header)) ? "" : this.cells.get(header);
	}

	/**
	 * The header naming a contract column: looked up by its two names first (a file made from the
	 * template), else matched cell by cell (the English name in other case). A file never has two
	 * (SourceRowReader refuses it), so the first found is the only one.
	 */
	private String headerOf(SourceFile.Column column) {
		if (this.cells.containsKey(column.chinese())) {
			return column.chinese();
		}
		if (this.cells.containsKey(column.alias())) {
			return column.alias();
		}
		for (String header : this.cells.keySet()) {
			if (column.matches(header)) {
				return header;
			}
		}
		return null;
	}

	/** Whether the file has the contract column at all (a blank cell under it is there). */
	public boolean has(SourceFile.Column column) {
		return this.cells.keySet().stream().anyMatch(column::matches);
	}

	/** The value under any of the given headers, e.g. a scale item's code or Chinese label. */
	public String getAny(List<String> headers) {
		for (String header : headers) {
			String value = this.cells.get(header);
			if (value != null) {
				return value;
			}
		}
		for (Map.Entry<String, String> cell : this.cells.entrySet()) {
			for (String header : headers) {
				if (cell.getKey().equalsIgnoreCase(header)) {
					return cell.getValue();
				}
			}
		}
		return "";
	}

	/** A problem with one cell of this row. */
	public RowProblem problem(String column, String value, RejectReason reason) {
		return new RowProblem(this.file, this.sheet, this.rowNumber, column, value, reason, null);
	}

	/** A problem with one cell of this row, with a detail appended to the reason. */
	public RowProblem problem(String column, String value, RejectReason reason, String detail) {
		return new RowProblem(this.file, this.sheet, this.rowNumber, column, value, reason, detail);
	}

}
