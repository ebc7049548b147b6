package tw.annualreport.source;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import tw.annualreport.system.AtomicFiles;

/**
 * rejects.csv: every rejected row, one line per problem, in UTF-8 with a BOM so that Excel on a
 * zh-TW Windows opens it correctly, written atomically. A value that Excel would take for a formula is prefixed with
 * an apostrophe.
 */
public final class RejectsFile {

	public static final String NAME = "rejects.csv";

	/**
	 * The rejects of an import not yet published: a run writes them here when it checks its import
	 * and moves them to rejects.csv only when it publishes, so a run that fails never replaces the
	 * rejects.csv that belongs to the report beside it.
	 */
	public static final String PENDING = "rejects.pending.csv";

	private static final String[] HEADER = { "檔案", "工作表", "列號", "欄位", "內容", "原因", "原因代碼" };

	private RejectsFile() {
	}

	/** Writes the problems, or removes a stale rejects.csv when there are none. */
	public static void write(Path folder, List<RowProblem> problems) {
		writeTo(folder.resolve(NAME), problems);
	}

	/** Writes the problems into {@code target}, or removes it when there are none. */
	static void writeTo(Path target, List<RowProblem> problems) {
		try {
			if (problems.isEmpty()) {
				Files.deleteIfExists(target);
				return;
			}
			AtomicFiles.write(target, (stream) -> {
				Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
				out.write('\uFEFF');
				csv.printRecord((Object[]) HEADER);
				for (RowProblem p : problems) {
					// names and values are already printable: made so where they are read (Printable)
					csv.printRecord(p.file(), p.sheet(), p.rowNumber() == 0 ? "" : p.rowNumber(), p.column(),
							formulaSafe(p.value()), p.message(), p.reason().name());
				}
				csv.flush();
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("無法寫入 " + target, ex);
		}
	}

	static String formulaSafe(String value) {
		if (value != null && !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
			return "'" + value;
		}
		return value;
	}

}
