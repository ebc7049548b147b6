package tw.annualreport.source;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import com.github.pjfanning.xlsx.StreamingReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

import tw.annualreport.system.Printable;

/**
 * One sheet of an XLSX workbook, streamed (a window of rows in memory, not the sheet). Real
 * date cells become ISO dates, numeric cells their exact decimal, text-number cells stay text.
 * POI's zip-bomb and entity guards stay on; what trips them is refused as an unsafe file.
 */
final class XlsxSourceTable implements SourceTable {

	private final String fileName;

	private final String sheetName;

	private final Workbook workbook;

	private final Iterator<Row> rows;

	private final List<String> headers = new ArrayList<>();

	private XlsxSourceTable(String fileName, Workbook workbook, Sheet sheet) {
		this.fileName = Printable.of(fileName);
		this.sheetName = Printable.of(sheet.getSheetName());
		this.workbook = workbook;
		this.rows = sheet.rowIterator();
		if (this.rows.hasNext()) {
			Row header = this.rows.next();
			for (int i = 0; i < header.getLastCellNum(); i++) {
				Cell cell = header.getCell(i);
				this.headers.add(cell == null ? "" : Text.strict(cellText(cell)));
			}
		}
	}

	/** Opens the named sheet; the workbook is closed when this table is. */
	static XlsxSourceTable open(Path file, String sheetName) {
		Workbook workbook = openWorkbook(file);
		try {
			Sheet sheet = workbook.getSheet(sheetName);
			if (sheet == null) {
				throw new SourceFileException(RejectReason.FILE_MISSING, file.getFileName() + " 沒有工作表 " + sheetName);
			}
			return new XlsxSourceTable(file.getFileName().toString(), workbook, sheet);
		}
		catch (SourceFileException ex) {
			closeQuietly(workbook);
			throw ex;
		}
		catch (RuntimeException ex) {
			// the header row is parsed here: a bomb or a DOCTYPE in the sheet trips POI's guards
			closeQuietly(workbook);
			throw unsafe(file.getFileName() + " 工作表 " + sheetName, ex);
		}
	}

	/**
	 * The sheet names of a workbook, in workbook order, from its workbook part only (cheap: no
	 * sheet and no shared strings are read).
	 */
	static List<String> sheetNames(Path file) {
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
			List<String> names = new ArrayList<>();
			while (sheets.hasNext()) {
				try (var in = sheets.next()) {
					names.add(sheets.getSheetName());
				}
			}
			return names;
		}
		catch (IOException | OpenXML4JException | RuntimeException ex) {
			String cause = unsafeCause(ex);
			if (cause != null) {
				throw new SourceFileException(RejectReason.FILE_UNSAFE, file.getFileName() + "：" + cause
						+ "，基於安全不予讀取；請以 Excel 開啟後另存新檔再匯入", ex);
			}
			throw new SourceFileException(RejectReason.FILE_UNREADABLE, file.getFileName()
					+ " 不是可讀取的 Excel 活頁簿（.xlsx）；請以 Excel 開啟確認檔案未損毀，另存為 .xlsx 再匯入", ex);
		}
	}

	/**
	 * Opens the workbook from a read-only stream: the streaming reader copies it to a temporary
	 * file of its own, so nothing POI does on a failed or closed package ever touches the
	 * officer's file.
	 */
	private static Workbook openWorkbook(Path file) {
		try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ)) {
			return StreamingReader.builder().rowCacheSize(200).bufferSize(8192)
					.setReadComments(false).setReadHyperlinks(false).setReadShapes(false)
					.open(in);
		}
		catch (IOException ex) {
			throw new SourceFileException(RejectReason.FILE_UNREADABLE, file.getFileName() + " 無法讀取：" + ex.getMessage(), ex);
		}
		catch (RuntimeException ex) {
			if (unsafeCause(ex) != null) {
				throw unsafe(file.getFileName().toString(), ex);
			}
			throw new SourceFileException(RejectReason.FILE_UNREADABLE,
					file.getFileName() + " 不是可讀取的 Excel 活頁簿（.xlsx）；請以 Excel 開啟後另存為 .xlsx 再匯入", ex);
		}
	}

	/** A refusal by POI's guards, told as the officer can act on it (never the parser's words). */
	private static SourceFileException unsafe(String where, RuntimeException ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof NumberFormatException) {
				// the streaming reader formats a row's cells as it reads them: one such cell stops the sheet
				return new SourceFileException(RejectReason.FILE_UNREADABLE, where + "：有一格標為數值、內容卻不是數字（"
						+ String.valueOf(t.getMessage()).replaceFirst("^For input string: ", "") + "），"
						+ "不是 Excel 存出的格式；請以 Excel 開啟後另存新檔再匯入", ex);
			}
		}
		String cause = unsafeCause(ex);
		return new SourceFileException(RejectReason.FILE_UNSAFE, where + "："
				+ ((cause != null) ? cause : "內容無法解析（檔案可能已損毀）") + "，基於安全不予讀取；請以 Excel 開啟後另存新檔再匯入", ex);
	}

	/** What tripped POI's guards, from the messages of the cause chain; null when none did. */
	private static String unsafeCause(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
			if (message.contains("more internal file entries") || message.contains("file count")) {
				return "活頁簿內的工作表或檔案數量超過上限（疑似壓縮炸彈）";
			}
			if (message.contains("zip bomb") || message.contains("exceed") || message.contains("ratio")) {
				return "疑似壓縮炸彈（解壓後大小異常）";
			}
			if (message.contains("doctype") || message.contains("entity") || message.contains("entities")) {
				return "含有 DOCTYPE 或實體宣告（可能為外部實體或實體展開攻擊）";
			}
		}
		return null;
	}

	@Override
	public String fileName() {
		return this.fileName;
	}

	@Override
	public String sheet() {
		return this.sheetName;
	}

	@Override
	public List<String> headers() {
		return this.headers;
	}

	@Override
	public SourceRow next() {
		try {
			while (this.rows.hasNext()) {
				Row row = this.rows.next();
				SourceRow source = SourceRow.ofCells(this.fileName, this.sheetName, row.getRowNum() + 1, this.headers,
						(i) -> (row.getCell(i) == null) ? "" : cellText(row.getCell(i)),
						(i) -> row.getCell(i) != null && isError(row.getCell(i)));
				if (source != null) {
					return source;
				}
			}
			return null;
		}
		catch (RuntimeException ex) {
			throw unsafe(this.fileName + " 工作表 " + this.sheetName, ex);
		}
	}

	private static CellType type(Cell cell) {
		CellType type = cell.getCellType();
		return (type == CellType.FORMULA) ? cell.getCachedFormulaResultType() : type;
	}

	/** An error value (#DIV/0!), or a number cell whose content is no number (an error typed without its type). */
	private static boolean isError(Cell cell) {
		return type(cell) == CellType.ERROR || (type(cell) == CellType.NUMERIC && numeric(cell) == null);
	}

	private static String cellText(Cell cell) {
		return switch (type(cell)) {
			case STRING -> cell.getStringCellValue();
			case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
			case NUMERIC -> {
				String number = numeric(cell);
				yield (number != null) ? number : "#VALUE!";
			}
			case ERROR -> errorText(cell);
			default -> "";
		};
	}

	/** The cell's date or exact number as text; null when its content is not a number. */
	private static String numeric(Cell cell) {
		try {
			return DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
					: BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static String errorText(Cell cell) {
		try {
			return FormulaError.forInt(cell.getErrorCellValue()).getString();
		}
		catch (RuntimeException ex) {
			return "#VALUE!";
		}
	}

	private static void closeQuietly(Workbook workbook) {
		try {
			workbook.close();
		}
		catch (IOException ex) {
			// nothing was written; a failing close of a read-only workbook loses nothing
		}
	}

	@Override
	public void close() {
		closeQuietly(this.workbook);
	}

}
