package tw.annualreport.source;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The row accounting of an import: every rejected row with its problems, every accepted row's
 * warnings, and per file the rows read, accepted (with or without warnings) and rejected. Read = accepted + rejected is checked, never assumed: a row that
 * went missing fails the import.
 */
@Component
public class ImportLedger {

	private static final String INSERT_PROBLEM = """
			INSERT INTO import_reject (import_id, file_key, source_name, sheet, row_no, column_name, cell_value,
			                           reason_code, reason_text)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	private static final String DELETE_PROBLEMS = "DELETE FROM import_reject WHERE import_id = ? AND file_key = ?";

	private static final String DELETE_FILE = "DELETE FROM import_file WHERE import_id = ? AND file_key = ?";

	/** A row with warnings only was accepted: it is not counted here. */
	private static final String COUNT_REJECTED_ROWS = """
			SELECT COUNT(DISTINCT row_no) FROM import_reject WHERE import_id = ? AND file_key = ? AND row_no > 0
			AND reason_code NOT IN (%s)
			""".formatted(RejectReason.warnings().stream().map((r) -> "'" + r.name() + "'").collect(Collectors.joining(", ")));

	private static final String COUNT_FILE_PROBLEMS = """
			SELECT COUNT(*) FROM import_reject WHERE import_id = ? AND file_key = ? AND row_no = 0
			""";

	private static final String INSERT_FILE = """
			INSERT INTO import_file (import_id, file_key, source_name, rows_read, rows_accepted, rows_rejected, status)
			VALUES (?, ?, ?, ?, ?, ?, ?)
			""";

	private final JdbcTemplate jdbc;

	public ImportLedger(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Forgets what an earlier attempt of this import wrote for the file: a restarted step starts over. */
	public void clear(long importId, SourceFile file, List<String> tables) {
		for (String table : tables) {
			// table names come from code, never from input
			this.jdbc.update("DELETE FROM " + table + " WHERE import_id = ?", importId);
		}
		this.jdbc.update(DELETE_PROBLEMS, importId, file.fileName());
		this.jdbc.update(DELETE_FILE, importId, file.fileName());
	}

	public void recordProblems(long importId, SourceFile file, List<RowProblem> problems) {
		this.jdbc.batchUpdate(INSERT_PROBLEM, problems.stream()
			.map((p) -> new Object[] { importId, file.fileName(), truncate(p.file(), 300), truncate(p.sheet(), 100),
					p.rowNumber(), truncate(p.column(), 100), truncate(p.value(), 500), p.reason().name(),
					truncate(p.message(), 1000) })
			.toList());
	}

	/**
	 * Stores the file's counts; accepted rows are counted where they were written.
	 * @throws IllegalStateException when read ≠ accepted + rejected
	 */
	public FileCount recordFile(long importId, SourceFile file, String sourceName, long read, String mainTable) {
		long accepted = this.jdbc.queryForObject("SELECT COUNT(*) FROM " + mainTable + " WHERE import_id = ?",
				Long.class, importId);
		long rejected = this.jdbc.queryForObject(COUNT_REJECTED_ROWS, Long.class, importId, file.fileName());
		boolean fileRejected = this.jdbc.queryForObject(COUNT_FILE_PROBLEMS, Long.class, importId, file.fileName()) > 0;
		String status = fileRejected ? "REJECTED" : (sourceName == null ? "ABSENT" : "IMPORTED");
		this.jdbc.update(DELETE_FILE, importId, file.fileName());
		this.jdbc.update(INSERT_FILE, importId, file.fileName(), truncate(sourceName, 300), read, accepted, rejected,
				status);
		if (read != accepted + rejected) {
			throw new IllegalStateException(String.format("%s 筆數不一致：讀取 %d 筆，接受 %d 筆，拒收 %d 筆",
					file.fileName(), read, accepted, rejected));
		}
		return new FileCount(file.fileName(), sourceName, read, accepted, rejected, status);
	}

	/** The counts of every file of an import, in the order of {@link SourceFile}. */
	public List<FileCount> counts(long importId) {
		return this.jdbc.query("""
				SELECT file_key, source_name, rows_read, rows_accepted, rows_rejected, status
				FROM import_file WHERE import_id = ?
				""", (rs, i) -> new FileCount(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
				rs.getLong(5), rs.getString(6)), importId)
			.stream()
			.sorted(Comparator.comparingInt(FileCount::order))
			.toList();
	}

	/**
	 * Every problem of an import, ordered as the officer fixes them: by file in the order of
	 * {@link SourceFile} (files are imported side by side, so their problems are written
	 * interleaved), then as the file's import wrote them, by row and column.
	 */
	public List<RowProblem> problems(long importId) {
		record InFile(int file, RowProblem problem) {
		}
		return this.jdbc.query("""
				SELECT file_key, source_name, sheet, row_no, column_name, cell_value, reason_code, reason_text
				FROM import_reject WHERE import_id = ? ORDER BY id
				""", (rs, i) -> new InFile(SourceFile.order(rs.getString(1)), problem(rs, i)), importId)
			.stream()
			.sorted(Comparator.comparingInt(InFile::file)) // stable: within a file, as written
			.map(InFile::problem)
			.toList();
	}

	/** How many problems of an import rejects.csv lists (rejects and warnings): none, and it is not written. */
	public long problemCount(long importId) {
		Long count = this.jdbc.queryForObject("SELECT COUNT(*) FROM import_reject WHERE import_id = ?", Long.class,
				importId);
		return (count == null) ? 0 : count;
	}

	/** The problems of one source file, by its key ({@code executions}). */
	public List<RowProblem> problems(long importId, String fileKey) {
		return this.jdbc.query("""
				SELECT file_key, source_name, sheet, row_no, column_name, cell_value, reason_code, reason_text
				FROM import_reject WHERE import_id = ? AND file_key = ? ORDER BY id
				""", this::problem, importId, fileKey);
	}

	private RowProblem problem(ResultSet rs, int row) throws SQLException {
		return new RowProblem(rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5), rs.getString(6),
				RejectReason.valueOf(rs.getString(7)), detailOf(rs.getString(8), rs.getString(7)));
	}

	private static String detailOf(String message, String code) {
		String text = RejectReason.valueOf(code).text();
		return message.length() > text.length() + 1 ? message.substring(text.length() + 1) : null;
	}

	private static String truncate(String value, int max) {
		return (value == null || value.length() <= max) ? value : value.substring(0, max);
	}

	/** Rows read, accepted and rejected of one source file. */
	public record FileCount(String file, String sourceName, long read, long accepted, long rejected, String status) {

		int order() {
			return SourceFile.order(this.file);
		}

		public double rejectedShare() {
			return this.read == 0 ? 0 : (double) this.rejected / this.read;
		}

	}

}
