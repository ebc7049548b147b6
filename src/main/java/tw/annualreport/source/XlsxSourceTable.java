package tw.annualreport.source;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.github.pjfanning.xlsx.StreamingReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

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
		this.fileName = fileName;
		this.sheetName = sheet.getSheetName();
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
			throw new SourceFileException(RejectReason.FILE_UNSAFE,
					file.getFileName() + " 工作表 " + sheetName + " 讀取失敗：" + firstLine(String.valueOf(ex.getMessage())), ex);
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
			throw new SourceFileException(RejectReason.FILE_UNREADABLE,
					file.getFileName() + " 不是可讀取的 Excel 活頁簿（.xlsx）", ex);
		}
	}

	private static Workbook openWorkbook(Path file) {
		try {
			return StreamingReader.builder().rowCacheSize(200).bufferSize(8192)
					.setReadComments(false).setReadHyperlinks(false).setReadShapes(false)
					.open(file.toFile());
		}
		catch (RuntimeException ex) {
			String message = String.valueOf(ex.getMessage()) + (ex.getCause() == null ? "" : " " + ex.getCause().getMessage());
			if (message.contains("Zip bomb") || message.contains("zip bomb") || message.contains("DOCTYPE")
					|| message.contains("entity") || message.contains("exceed")) {
				throw new SourceFileException(RejectReason.FILE_UNSAFE, file.getFileName() + "：" + firstLine(message), ex);
			}
			throw new SourceFileException(RejectReason.FILE_UNREADABLE,
					file.getFileName() + " 不是可讀取的 Excel 活頁簿（.xlsx）", ex);
		}
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
						(i) -> (row.getCell(i) == null) ? "" : cellText(row.getCell(i)));
				if (source != null) {
					return source;
				}
			}
			return null;
		}
		catch (RuntimeException ex) {
			throw new SourceFileException(RejectReason.FILE_UNSAFE,
					this.fileName + " 工作表 " + this.sheetName + " 讀取失敗：" + firstLine(String.valueOf(ex.getMessage())), ex);
		}
	}

	private static String cellText(Cell cell) {
		CellType type = cell.getCellType();
		if (type == CellType.FORMULA) {
			type = cell.getCachedFormulaResultType();
		}
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
			case NUMERIC -> DateUtil.isCellDateFormatted(cell)
					? cell.getLocalDateTimeCellValue().toLocalDate().toString()
					: BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
			default -> "";
		};
	}

	private static String firstLine(String message) {
		int newline = message.indexOf('\n');
		return newline < 0 ? message : message.substring(0, newline);
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
