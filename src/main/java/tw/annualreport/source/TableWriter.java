package tw.annualreport.source;

import java.util.List;

/**
 * How an import's accepted rows reach their table, inside the chunk's transaction: batched
 * INSERTs ({@link BatchInserts}), or the database's own bulk load where it has one
 * ({@link LocalInfileLoads}). Either stores exactly the row the INSERT names, or fails.
 */
public interface TableWriter {

	/**
	 * @param insert the feature's {@code INSERT INTO t (…) VALUES (:importId, :name, …)}
	 * @param rows the objects whose accessors give the named values
	 */
	void write(String insert, long importId, List<?> rows);

}
