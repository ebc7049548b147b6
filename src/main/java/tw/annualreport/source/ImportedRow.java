package tw.annualreport.source;

import java.util.List;
import java.util.function.Supplier;

/** What the import made of one source row: the accepted value, or the problems that reject it. */
public record ImportedRow<T>(SourceRow source, T value, List<RowProblem> problems) {

	public static <T> ImportedRow<T> accepted(SourceRow source, T value) {
		return new ImportedRow<>(source, value, List.of());
	}

	public static <T> ImportedRow<T> rejected(SourceRow source, List<RowProblem> problems) {
		return new ImportedRow<>(source, null, List.copyOf(problems));
	}

	/** Accepted with the value the supplier builds if the check found nothing wrong. */
	public static <T> ImportedRow<T> of(RowCheck check, Supplier<T> value) {
		return check.ok() ? accepted(check.row(), value.get()) : rejected(check.row(), check.problems());
	}

	public boolean isAccepted() {
		return this.problems.isEmpty();
	}

}
