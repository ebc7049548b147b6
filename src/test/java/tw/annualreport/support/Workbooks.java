package tw.annualreport.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import tw.annualreport.source.SourceDates;

/** XLSX fixtures written with POI, the way Excel users produce them. */
public final class Workbooks {

	private Workbooks() {
	}

	/** How a CSV column becomes cells: dates as real date cells, numbers as numeric or text cells. */
	public enum CellKind {

		/** A real date cell with the format {@code yyyy/m/d}. */
		DATE,
		/** A numeric cell. */
		NUMBER,
		/** A number typed as text (Excel's green triangle). */
		TEXT_NUMBER,
		/** An Excel error value such as {@code #DIV/0!}, written as the error it is. */
		ERROR

	}

	/**
	 * Writes a workbook with one sheet per CSV text (sheet name → CSV), converting the named
	 * columns of each sheet as asked; every other cell stays text.
	 */
	public static Path write(Path file, Map<String, String> sheetsAsCsv, Map<String, CellKind> columnKinds) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CellStyle dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
			for (Map.Entry<String, String> sheetCsv : sheetsAsCsv.entrySet()) {
				XSSFSheet sheet = workbook.createSheet(sheetCsv.getKey());
				List<CSVRecord> records;
				try (CSVParser parser = CSVParser.parse(new StringReader(sheetCsv.getValue()), CSVFormat.RFC4180)) {
					records = parser.getRecords();
				}
				List<String> header = records.get(0).toList();
				for (int r = 0; r < records.size(); r++) {
					Row row = sheet.createRow(r);
					for (int c = 0; c < records.get(r).size(); c++) {
						String value = records.get(r).get(c);
						if (value.isEmpty()) {
							continue;
						}
						Cell cell = row.createCell(c);
						CellKind kind = (r == 0) ? null : columnKinds.get(header.get(c));
						if (kind == CellKind.DATE) {
							LocalDate date = SourceDates.parse(value);
							cell.setCellValue(date);
							cell.setCellStyle(dateStyle);
						}
						else if (kind == CellKind.NUMBER) {
							cell.setCellValue(Double.parseDouble(value));
						}
						else if (kind == CellKind.ERROR && value.startsWith("#")) {
							cell.setCellErrorValue(FormulaError.forString(value).getCode());
						}
						else {
							cell.setCellValue(value);
						}
					}
				}
			}
			Files.createDirectories(file.getParent());
			try (var out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A copy of a workbook with some zip entries' text rewritten, everything else byte for byte. */
	public static byte[] rewrite(byte[] xlsx, Map<String, UnaryOperator<String>> entries) {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
				ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			try (ZipOutputStream out = new ZipOutputStream(bytes)) {
				out.setLevel(9);
				for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
					byte[] content = in.readAllBytes();
					UnaryOperator<String> change = entries.get(entry.getName());
					if (change != null) {
						content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
					}
					out.putNextEntry(new ZipEntry(entry.getName()));
					out.write(content);
					out.closeEntry();
				}
			}
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The names of a workbook's zip entries. */
	public static Set<String> entries(byte[] xlsx) {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
			Set<String> names = new java.util.TreeSet<>();
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				names.add(entry.getName());
			}
			return names;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
