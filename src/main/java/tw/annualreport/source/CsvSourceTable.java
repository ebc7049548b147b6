package tw.annualreport.source;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A CSV source file, its encoding detected, parsed as RFC 4180 (quoted cells may span lines). */
final class CsvSourceTable implements SourceTable {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

	private final String fileName;

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private final List<String> headers;

	CsvSourceTable(Path file) throws IOException {
		this.fileName = file.getFileName().toString();
		TextEncodingDetector.Detected encoding = TextEncodingDetector.detect(file);
		Reader reader = TextEncodingDetector.open(file, encoding);
		this.parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
		this.records = this.parser.iterator();
		this.headers = new ArrayList<>();
		if (this.records.hasNext()) {
			for (String header : this.records.next()) {
				this.headers.add(Text.strict(header));
			}
		}
	}

	@Override
	public String fileName() {
		return this.fileName;
	}

	@Override
	public String sheet() {
		return "";
	}

	@Override
	public List<String> headers() {
		return this.headers;
	}

	@Override
	public SourceRow next() {
		try {
			while (this.records.hasNext()) {
				CSVRecord record = this.records.next();
				// CSV record number: the header is record 1, as it is row 1 in Excel
				SourceRow row = SourceRow.ofCells(this.fileName, "", Math.toIntExact(record.getRecordNumber()),
						this.headers, (i) -> i < record.size() ? record.get(i) : "");
				if (row != null) {
					return row;
				}
			}
			return null;
		}
		catch (UncheckedIOException ex) {
			if (ex.getCause() instanceof CharacterCodingException) {
				throw new SourceFileException(RejectReason.FILE_ENCODING, "檔案中段出現無法解碼的位元組", ex);
			}
			throw new SourceFileException(RejectReason.FILE_UNREADABLE, ex.getMessage(), ex);
		}
		catch (IllegalStateException ex) {
			// commons-csv reports a broken quote this way
			throw new SourceFileException(RejectReason.FILE_UNREADABLE, "CSV 格式錯誤（引號未成對）：" + ex.getMessage(), ex);
		}
	}

	@Override
	public void close() {
		try {
			this.parser.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
