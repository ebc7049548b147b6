package tw.annualreport.source;

import java.util.List;
import java.util.function.Supplier;

/**
 * What the import made of one source row: the accepted value (with the warnings about it, if any),
 * or the problems that reject it.
 */
public record ImportedRow<T>(SourceRow source, T value, List<RowProblem> problems) {

	public static <T> ImportedRow<T> accepted(SourceRow source, T value) {
		return new ImportedRow<>(source, value, List.of());
	}

	/** Accepted all the same: the problems are warnings ({@link RejectReason#warning()}). */
	public static <T> ImportedRow<T> accepted(SourceRow source, T value, List<RowProblem> warnings) {
		if (!warnings.stream().allMatch((p) -> p.reason().warning())) {
			throw new IllegalArgumentException("an accepted row has warnings only: " + warnings);
		}
		return new ImportedRow<>(source, value, List.copyOf(warnings));
	}

	public static <T> ImportedRow<T> rejected(SourceRow source, List<RowProblem> problems) {
		return new ImportedRow<>(source, null, List.copyOf(problems));
	}

	/** Accepted with the value the supplier builds if the check found nothing wrong. */
	public static <T> ImportedRow<T> of(RowCheck check, Supplier<T> value) {
		return check.ok() ? accepted(check.row(), value.get()) : rejected(check.row(), check.problems());
	}

	/** Whether the row is kept: it has no problem, or warnings only. */
	public boolean isAccepted() {
		return this.problems.stream().allMatch((p) -> p.reason().warning());
	}

}
