package tw.annualreport.source;

import java.io.Closeable;
import java.util.List;

/**
 * A source file opened for reading row by row: a CSV file or one XLSX sheet. Rows that are
 * entirely blank are skipped (Excel leaves them) but still count in the row numbers.
 */
public interface SourceTable extends Closeable {

	/** The file name as the user knows it, e.g. {@code plan.csv} or {@code 資料.xlsx}. */
	String fileName();

	/** The sheet name for an XLSX source, "" for CSV. */
	String sheet();

	/** The normalised header cells, in file order. */
	List<String> headers();

	/** The next non-blank row, or null at the end. */
	SourceRow next();

	/** Reads the rest of the table, counting the rows {@link #next()} would give (for progress lines). */
	default long countRows() {
		long rows = 0;
		while (next() != null) {
			rows++;
		}
		return rows;
	}

	@Override
	void close();

}
