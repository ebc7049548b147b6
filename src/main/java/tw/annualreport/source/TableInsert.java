package tw.annualreport.source;

import java.util.List;
import java.util.function.Function;

/**
 * One INSERT an accepted row turns into: the SQL (named parameters, {@code :importId} bound by
 * the writer) and the parameter objects, one per row to insert (a phone test gives one row
 * for the test and one per scored item).
 */
public record TableInsert<T>(String sql, Function<T, List<?>> rows) {

	/** One inserted row per accepted value, bound from the value itself. */
	public static <T> TableInsert<T> of(String sql) {
		return new TableInsert<>(sql, List::of);
	}

	public static <T> TableInsert<T> each(String sql, Function<T, List<?>> rows) {
		return new TableInsert<>(sql, rows);
	}

}
