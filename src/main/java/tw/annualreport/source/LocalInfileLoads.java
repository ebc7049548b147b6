package tw.annualreport.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.StatementCallback;

/**
 * Rows loaded by MySQL/MariaDB itself: each table's rows of a chunk are written to a file in the
 * load folder, tab-separated as {@code LOAD DATA} reads them, and loaded with
 * {@code LOAD DATA LOCAL INFILE} in the chunk's transaction. The server parses one file instead
 * of a multi-row INSERT with a bound value per cell: a city agency's import, 10 s → see
 * src/bench/RESULTS.md.
 *
 * <p>The connection allows local files only from that folder ({@code allowLoadLocalInfileInPath},
 * set from the same setting in application-mysql.yml), so a server can never ask for another
 * file of this machine. {@code LOCAL} makes the server turn errors (a value too long, a duplicate
 * key) into warnings and skip the row: a load that stores fewer rows than it sent, or warns at
 * all, throws, and the chunk's transaction takes back what it stored.
 */
public class LocalInfileLoads implements TableWriter {

	private final JdbcTemplate jdbc;

	private final LoadFolder folder;

	private final Map<String, InsertShape> shapes = new ConcurrentHashMap<>();

	/** @param folder where the chunk files are written, and the only folder the connection may send */
	LocalInfileLoads(JdbcTemplate jdbc, LoadFolder folder) {
		this.jdbc = jdbc;
		this.folder = folder;
	}

	@Override
	public void write(String insert, long importId, List<?> rows) {
		InsertShape shape = this.shapes.computeIfAbsent(insert, InsertShape::of);
		Path file = null;
		try {
			file = this.folder.newChunkFile(shape.table());
			writeRows(file, shape, importId, rows);
			load(file, shape, rows.size());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the rows of " + shape.table() + " to " + this.folder.path(), ex);
		}
		finally {
			deleteQuietly(file);
		}
	}

	private static void writeRows(Path file, InsertShape shape, long importId, List<?> rows) throws IOException {
		StringBuilder line = new StringBuilder(256);
		Class<?> type = null;
		Method[] accessors = null;
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			for (Object row : rows) {
				if (row.getClass() != type) {
					// a chunk's rows are of one class: their accessors looked up once, not per value
					type = row.getClass();
					accessors = RowParameters.accessors(type, shape.parameters());
				}
				line.setLength(0);
				for (int i = 0; i < accessors.length; i++) {
					if (i > 0) {
						line.append('\t');
					}
					LoadDataFormat.append((accessors[i] == null) ? importId : RowParameters.read(accessors[i], row), line);
				}
				out.append(line).append('\n');
			}
		}
	}

	private void load(Path file, InsertShape shape, int sent) {
		// the file name is ours (a temporary file of the load folder), the table and columns come
		// from the feature's INSERT in code: nothing of the input is in the statement
		String sql = "LOAD DATA LOCAL INFILE '" + file.toAbsolutePath().toString().replace("\\", "\\\\").replace("'", "''")
				+ "' INTO TABLE " + shape.table() + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\'"
				+ " LINES TERMINATED BY '\\n' (" + String.join(", ", shape.columns()) + ")";
		this.jdbc.execute((StatementCallback<Void>) (statement) -> {
			int stored = statement.executeUpdate(sql);
			List<String> warnings = warnings(statement);
			if (stored != sent || !warnings.isEmpty()) {
				throw new IllegalStateException(String.format("資料庫只存入 %s 的 %d 筆中的 %d 筆%s", shape.table(), sent,
						stored, warnings.isEmpty() ? "" : "：" + String.join("；", warnings)));
			}
			return null;
		});
	}

	private static List<String> warnings(Statement statement) throws java.sql.SQLException {
		List<String> messages = new ArrayList<>();
		for (SQLWarning w = statement.getWarnings(); w != null && messages.size() < 5; w = w.getNextWarning()) {
			messages.add(w.getMessage());
		}
		return messages;
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// the next run's LoadFolder.open deletes it
			}
		}
	}

}
