package tw.annualreport.support;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** rejects.csv read back as a user's Excel would: checks the BOM, then the header and lines. */
public final class RejectsCsv {

	public static final List<String> HEADER = List.of("檔案", "工作表", "列號", "欄位", "內容", "原因", "原因代碼");

	/** One line of rejects.csv. */
	public record Line(String file, String sheet, String row, String column, String value, String reason, String code) {
	}

	private RejectsCsv() {
	}

	/** The lines under the header; fails when the file lacks the UTF-8 BOM or the header. */
	/**
	 * The rejects a run wrote into its output folder: rejects.csv once it published, else the
	 * pending copy its check left ({@code rejects.pending.csv}), rejects.csv staying the report's.
	 */
	public static List<Line> ofRun(Path folder, org.springframework.batch.core.job.JobExecution execution) {
		boolean published = execution.getStepExecutions()
			.stream()
			.anyMatch((s) -> s.getStepName().equals("publishImportStep")
					&& s.getStatus() == org.springframework.batch.core.BatchStatus.COMPLETED);
		return read(folder.resolve(published ? "rejects.csv" : "rejects.pending.csv"));
	}

	public static List<Line> read(Path file) {
		try {
			byte[] bytes = Files.readAllBytes(file);
			if (bytes.length < 3 || (bytes[0] & 0xFF) != 0xEF || (bytes[1] & 0xFF) != 0xBB || (bytes[2] & 0xFF) != 0xBF) {
				throw new AssertionError(file + " does not start with a UTF-8 BOM");
			}
			String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
			try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
				List<CSVRecord> records = parser.getRecords();
				if (records.isEmpty() || !records.get(0).toList().equals(HEADER)) {
					throw new AssertionError(file + " header is " + (records.isEmpty() ? "missing" : records.get(0).toList()));
				}
				return records.stream().skip(1)
					.map((r) -> new Line(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5), r.get(6)))
					.toList();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
