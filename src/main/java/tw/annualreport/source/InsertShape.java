package tw.annualreport.source;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table, columns and named parameters of an import's {@code INSERT INTO t (a, b) VALUES (:a,
 * :b)}: what a bulk load needs to write the same row as the statement would.
 */
record InsertShape(String table, List<String> columns, List<String> parameters) {

	private static final Pattern INSERT = Pattern
		.compile("\\s*INSERT\\s+INTO\\s+(\\w+)\\s*\\(([^)]*)\\)\\s*VALUES\\s*\\(([^)]*)\\)\\s*", Pattern.CASE_INSENSITIVE);

	private static final Pattern NAME = Pattern.compile("\\w+");

	private static final Pattern PARAMETER = Pattern.compile(":(\\w+)");

	/** @throws IllegalArgumentException for any other statement: a value that is not a plain parameter */
	static InsertShape of(String sql) {
		Matcher m = INSERT.matcher(sql);
		if (!m.matches()) {
			throw new IllegalArgumentException("not INSERT INTO t (columns) VALUES (:parameters): " + sql);
		}
		List<String> columns = split(m.group(2), NAME, sql, false);
		List<String> parameters = split(m.group(3), PARAMETER, sql, true);
		if (columns.size() != parameters.size()) {
			throw new IllegalArgumentException(columns.size() + " columns but " + parameters.size() + " values: " + sql);
		}
		return new InsertShape(m.group(1), columns, parameters);
	}

	private static List<String> split(String list, Pattern each, String sql, boolean parameter) {
		return Arrays.stream(list.split(","))
			.map(String::trim)
			.map((item) -> {
				Matcher m = each.matcher(item);
				if (!m.matches()) {
					throw new IllegalArgumentException("「" + item + "」 is not a plain " + (parameter ? "parameter" : "column")
							+ ": " + sql);
				}
				return parameter ? m.group(1) : item;
			})
			.toList();
	}

}
