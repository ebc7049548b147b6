package tw.annualreport.source;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Rejects a row whose cells are longer than their columns allow or hold an Excel error value,
 * beside the feature's own checks: an over-long 執行情形 is a row reject with its reason, never a
 * database error that ends the run, and a #DIV/0! is a cell reject, never a blank. An error value
 * in a free-text column (意見, 備註 …) keeps the row, its text empty, with a warning.
 */
public class ColumnLimits<T> implements ItemProcessor<SourceRow, ImportedRow<T>> {

	private final SourceFile source;

	private final ItemProcessor<SourceRow, ImportedRow<T>> checks;

	ColumnLimits(SourceFile source, ItemProcessor<SourceRow, ImportedRow<T>> checks) {
		this.source = source;
		this.checks = checks;
	}

	@Override
	public ImportedRow<T> process(SourceRow row) throws Exception {
		return apply(this.source, this.checks.process(row));
	}

	/**
	 * The checked row, rejected as well when a cell is too long or holds an error value in a
	 * column the figures use; kept with a warning when an error value is in free text only.
	 */
	public static <T> ImportedRow<T> apply(SourceFile source, ImportedRow<T> checked) {
		List<RowProblem> cells = problems(source, checked.source());
		if (cells.isEmpty()) {
			return checked;
		}
		List<RowProblem> problems = new ArrayList<>(cells);
		checked.problems().stream().filter((p) -> !checked.source().errors().contains(p.column())).forEach(problems::add);
		if (checked.isAccepted() && problems.stream().allMatch((p) -> p.reason().warning())) {
			return ImportedRow.accepted(checked.source(), checked.value(), problems);
		}
		return ImportedRow.rejected(checked.source(), problems);
	}

	/**
	 * Cells longer than their columns allow, and cells holding an Excel error value (a warning in
	 * a free-text column).
	 */
	public static List<RowProblem> problems(SourceFile source, SourceRow row) {
		List<RowProblem> problems = new ArrayList<>(row.errorProblems(source));
		problems.addAll(source.tooLong(row));
		return problems;
	}

}
