package tw.annualreport.source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads one source file of an agency folder row by row. A file that cannot be read (missing
 * when required, undecodable, unsafe, lacking a required column) is not an exception that kills
 * the run here: it is recorded as a whole-file reject and reads as empty, so that one run tells
 * the officer about every file at once; the check step then fails the run.
 *
 * <p>Deliberately not restartable mid-file: a restarted import step starts the file over (its
 * earlier rows are cleared first), which keeps read = accepted + rejected exact.
 */
public class SourceRowReader implements ItemStreamReader<SourceRow> {

	private final SourceFile source;

	private final ImportContext context;

	private final SourceFolder folder;

	private final ImportLedger ledger;

	private SourceTable table;

	private String sourceName;

	public SourceRowReader(SourceFile source, ImportContext context, long maxFileBytes, ImportLedger ledger) {
		this(source, context, maxFileBytes, ledger, System::nanoTime);
	}

	/** For tests: a clock that need not wait for the counting. */
	SourceRowReader(SourceFile source, ImportContext context, long maxFileBytes, ImportLedger ledger, LongSupplier nanoClock) {
		this.nanoClock = nanoClock;
		this.source = source;
		this.context = context;
		this.folder = new SourceFolder(context.folder(), maxFileBytes);
		this.ledger = ledger;
	}

	/** Key of the number of data rows of the file in the step's execution context, for progress lines. */
	public static final String ROWS_TO_DO = "rowsToDo";

	/** Key of what the progress lines call the file, with its agency: {@code KHH-ZY 的 executions.csv}. */
	public static final String PROGRESS_NAME = "progressName";

	/**
	 * How long a file is read before its rows are counted for the progress lines, which start at
	 * five seconds: a file read sooner is never counted (the pass was a tenth of a city agency's
	 * import), a longer one once, by a quick pass over it.
	 */
	static final long COUNT_AFTER_NANOS = 3_000_000_000L;

	private SourceFolder.Location location;

	private long openedAt;

	private final LongSupplier nanoClock;

	/** The data rows of a source, counted by a first quick pass (the file is read twice, the database written once). */
	private long countRows(SourceFolder.Location location) {
		try (SourceTable counting = this.folder.open(location)) {
			return counting.countRows();
		}
	}

	/** At a chunk's end: a file still being read after {@link #COUNT_AFTER_NANOS} gets its rows counted, once. */
	@Override
	public void update(ExecutionContext executionContext) {
		if (this.table != null && !executionContext.containsKey(ROWS_TO_DO)
				&& this.nanoClock.getAsLong() - this.openedAt >= COUNT_AFTER_NANOS) {
			executionContext.putLong(ROWS_TO_DO, countRows(this.location));
		}
	}

	/** The file (and sheet) read, e.g. {@code 資料.xlsx［executions］}; null when absent. */
	public String sourceName() {
		return this.sourceName;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		String csvName = this.source.fileName() + ".csv";
		try {
			Optional<SourceFolder.Location> location = this.folder.locate(this.source);
			if (location.isEmpty()) {
				if (this.source.required()) {
					fileProblem(csvName, "", RejectReason.FILE_MISSING,
							csvName + "（或 .xlsx 中名為 " + this.source.fileName() + " 的工作表）");
				}
				return;
			}
			this.sourceName = location.get().displayName();
			executionContext.putString(PROGRESS_NAME, this.context.agencyCode() + " 的 " + this.sourceName);
			this.location = location.get();
			this.openedAt = this.nanoClock.getAsLong();
			this.table = this.folder.open(location.get());
			Optional<String> missing = HeaderHints.missing(this.source.columns(), this.table.headers());
			List<String> duplicates = duplicateHeaders(this.table.headers());
			if (!duplicates.isEmpty()) {
				fileProblem(this.table.fileName(), this.table.sheet(), RejectReason.COLUMN_DUPLICATE,
						String.join("；", duplicates) + "；請刪除或改名其中一欄");
				closeTable();
			}
			else if (missing.isPresent()) {
				fileProblem(this.table.fileName(), this.table.sheet(), RejectReason.COLUMN_MISSING, missing.get());
				closeTable();
			}
		}
		catch (SourceFileException ex) {
			fileProblem(this.sourceName == null ? csvName : this.sourceName, "", ex.reason(), ex.getMessage());
			closeTable();
		}
	}

	@Override
	public SourceRow read() {
		if (this.table == null) {
			return null;
		}
		try {
			return this.table.next();
		}
		catch (SourceFileException ex) {
			fileProblem(this.table.fileName(), this.table.sheet(), ex.reason(), ex.getMessage());
			closeTable();
			return null;
		}
	}

	/**
	 * Headers that name the same column: the same text twice, or a contract column under both
	 * its names (測試編號 and id). Reading either would silently drop the other.
	 */
	private List<String> duplicateHeaders(List<String> headers) {
		List<String> duplicates = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String header : headers) {
			if (!header.isEmpty() && !seen.add(header.toLowerCase(Locale.ROOT))) {
				duplicates.add("「" + header + "」出現兩次以上");
			}
		}
		for (SourceFile.Column column : this.source.columns()) {
			List<String> naming = headers.stream().filter(column::matches).distinct().toList();
			if (naming.size() > 1) {
				duplicates.add("「" + String.join("」與「", naming) + "」都是 " + column.chinese() + " 欄");
			}
		}
		return duplicates;
	}

	/** The headers of the open file (empty when the file is absent or rejected). */
	public List<String> headers() {
		return this.table == null ? List.of() : this.table.headers();
	}

	@Override
	public void close() {
		closeTable();
	}

	private void fileProblem(String file, String sheet, RejectReason reason, String detail) {
		this.ledger.recordProblems(this.context.importId(), this.source, List.of(RowProblem.wholeFile(file, sheet, reason, detail)));
	}

	private void closeTable() {
		if (this.table != null) {
			this.table.close();
			this.table = null;
		}
	}

}
