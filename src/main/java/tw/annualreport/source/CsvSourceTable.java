package tw.annualreport.source;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import tw.annualreport.system.Printable;

/** A CSV source file, its encoding detected, parsed as RFC 4180 (quoted cells may span lines). */
final class CsvSourceTable implements SourceTable {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

	/** How commons-csv says a quoted cell runs to the end of the file. */
	private static final Pattern QUOTE_NOT_CLOSED = Pattern.compile("\\(startline (\\d+)\\).*EOF reached");

	private final String fileName;

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private final List<String> headers;

	private final String encoding;

	/** The last record read, to say where a broken byte or quote is. */
	private long lastRecord = 1;

	CsvSourceTable(Path file) throws IOException {
		this.fileName = Printable.of(file.getFileName().toString());
		TextEncodingDetector.Detected detected = TextEncodingDetector.detect(file);
		this.encoding = detected.charset().name();
		Reader reader = TextEncodingDetector.open(file, detected);
		this.parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
		this.records = this.parser.iterator();
		this.headers = new ArrayList<>();
		try {
			if (this.records.hasNext()) {
				for (String header : this.records.next()) {
					this.headers.add(Text.strict(header));
				}
			}
		}
		catch (RuntimeException ex) {
			this.parser.close();
			throw refused(ex);
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
				this.lastRecord = record.getRecordNumber();
				// CSV record number: the header is record 1, as it is row 1 in Excel
				SourceRow row = SourceRow.ofCells(this.fileName, "", Math.toIntExact(record.getRecordNumber()),
						this.headers, (i) -> i < record.size() ? record.get(i) : "");
				if (row != null) {
					return row;
				}
			}
			return null;
		}
		catch (RuntimeException ex) {
			throw refused(ex);
		}
	}

	/**
	 * The records that are not blank, without normalising their cells into rows: a quarter of a
	 * large import's time went to counting its rows the way they are read. A cell blank only
	 * after normalising (an invisible character alone) counts here, so this is about the rows
	 * {@link #next()} gives, which is all a progress line needs.
	 */
	@Override
	public long countRows() {
		long rows = 0;
		try {
			while (this.records.hasNext()) {
				CSVRecord record = this.records.next();
				this.lastRecord = record.getRecordNumber();
				for (String cell : record) {
					if (!cell.isBlank()) {
						rows++;
						break;
					}
				}
			}
			return rows;
		}
		catch (RuntimeException ex) {
			throw refused(ex);
		}
	}

	/**
	 * A file the parser gave up on, as the officer can act on it: undecodable bytes (the rest of
	 * the file is not in the encoding its beginning is) or a quote that opens a cell and never
	 * closes, with the row where it happened. Never the parser's own words.
	 */
	private SourceFileException refused(RuntimeException ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof CharacterCodingException) {
				return new SourceFileException(RejectReason.FILE_ENCODING, this.fileName + " 第 " + (this.lastRecord + 1)
						+ " 列附近有無法以 " + this.encoding + " 解碼的位元組（檔案可能損毀或混用編碼）；請以 Excel 開啟後另存為「CSV UTF-8」再匯入", ex);
			}
			Matcher quote = QUOTE_NOT_CLOSED.matcher(String.valueOf(t.getMessage()));
			if (quote.find()) {
				return new SourceFileException(RejectReason.FILE_UNREADABLE, this.fileName + " 第 " + quote.group(1)
						+ " 列開始的引號（\"）沒有結束，其後的內容都被當成同一格；請檢查該列的引號是否成對", ex);
			}
		}
		return new SourceFileException(RejectReason.FILE_UNREADABLE,
				this.fileName + " 不是可讀取的 CSV 檔；請以 Excel 開啟後另存為「CSV UTF-8」再匯入", ex);
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
