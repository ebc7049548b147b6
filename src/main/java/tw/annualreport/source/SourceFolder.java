package tw.annualreport.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import tw.annualreport.system.Printable;

/**
 * One agency's folder of source files. Finds each {@link SourceFile} as {@code <name>.csv}, or
 * as a sheet of that name in any workbook of the folder, or as {@code <name>.xlsx}. Only regular
 * files directly inside the folder are considered (no links leading elsewhere).
 */
public final class SourceFolder {

	private final Path folder;

	private final long maxFileBytes;

	public SourceFolder(Path folder, long maxFileBytes) {
		this.folder = folder.toAbsolutePath().normalize();
		this.maxFileBytes = maxFileBytes;
	}

	public Path path() {
		return this.folder;
	}

	/** Where a source file is, if present: a CSV file, or a workbook and the sheet to read. */
	public record Location(Path file, String sheet) {

		/** The file (and sheet) as messages, rejects.csv and the report name it: never a control character. */
		public String displayName() {
			String name = Printable.of(this.file.getFileName().toString());
			return this.sheet == null ? name : name + "［" + Printable.of(this.sheet) + "］";
		}

	}

	public Optional<Location> locate(SourceFile source) {
		List<Path> files = regularFiles();
		for (Path file : files) {
			String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
			if (name.equals(source.fileName() + ".csv") || name.equals(source.alias().toLowerCase(Locale.ROOT) + ".csv")) {
				return Optional.of(new Location(file, null));
			}
		}
		for (Path file : files) {
			if (!isWorkbook(file)) {
				continue;
			}
			checkSize(file);
			for (String sheet : XlsxSourceTable.sheetNames(file)) {
				String name = Text.strict(sheet);
				if (name.equalsIgnoreCase(source.fileName()) || name.equalsIgnoreCase(source.alias())) {
					return Optional.of(new Location(file, sheet));
				}
			}
		}
		for (Path file : files) {
			String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
			if (name.equals(source.fileName() + ".xlsx") || name.equals(source.alias().toLowerCase(Locale.ROOT) + ".xlsx")) {
				return Optional.of(new Location(file, XlsxSourceTable.sheetNames(file).get(0)));
			}
		}
		return Optional.empty();
	}

	/**
	 * A table of the folder (a CSV file or one sheet of a workbook) and the source file its own
	 * name makes it, by the rules {@link #locate} follows; {@code named} is null for a table whose
	 * name is no source file's (「執行紀錄.csv」).
	 */
	public record Table(Location location, SourceFile named) {
	}

	/**
	 * Every table of the folder, CSV files and the sheets of workbooks, in file order: what the
	 * console lists as the agency's data set, the tables {@link #locate} would not use included.
	 */
	public List<Table> tables() {
		List<Table> tables = new java.util.ArrayList<>();
		for (Path file : regularFiles()) {
			tables.addAll(tablesOf(file));
		}
		return tables;
	}

	/**
	 * The tables of one file of the folder: a CSV file is one, a workbook one per sheet, any other
	 * file none. An unreadable or unsafe workbook throws, as reading it would.
	 */
	public List<Table> tablesOf(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".csv")) {
			return List.of(new Table(new Location(file, null), named(name.substring(0, name.length() - 4))));
		}
		if (!isWorkbook(file)) {
			return List.of();
		}
		checkSize(file);
		List<String> sheets = XlsxSourceTable.sheetNames(file);
		SourceFile byFileName = named(name.substring(0, name.length() - 5));
		List<Table> tables = new java.util.ArrayList<>();
		for (int i = 0; i < sheets.size(); i++) {
			SourceFile bySheet = named(Text.strict(sheets.get(i)));
			// a workbook named plan.xlsx is the plan on its first sheet, when no sheet names a file
			SourceFile named = (bySheet == null && i == 0) ? byFileName : bySheet;
			tables.add(new Table(new Location(file, sheets.get(i)), named));
		}
		return tables;
	}

	private static SourceFile named(String name) {
		for (SourceFile source : SourceFile.values()) {
			if (name.equalsIgnoreCase(source.fileName()) || name.equalsIgnoreCase(source.alias())) {
				return source;
			}
		}
		return null;
	}

	/** Opens a located source for reading; the caller closes it. */
	public SourceTable open(Location location) {
		checkSize(location.file());
		try {
			return (location.sheet() == null) ? new CsvSourceTable(location.file())
					: XlsxSourceTable.open(location.file(), location.sheet());
		}
		catch (IOException ex) {
			throw new SourceFileException(RejectReason.FILE_UNREADABLE, location.displayName() + "：" + ex.getMessage(), ex);
		}
	}

	private void checkSize(Path file) {
		try {
			long size = Files.size(file);
			if (size > this.maxFileBytes) {
				throw new SourceFileException(RejectReason.FILE_TOO_LARGE, String.format("%s 大小 %,d 位元組，上限 %,d",
						file.getFileName(), size, this.maxFileBytes));
			}
		}
		catch (IOException ex) {
			throw new SourceFileException(RejectReason.FILE_UNREADABLE, file.getFileName() + "：" + ex.getMessage(), ex);
		}
	}

	private static boolean isWorkbook(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.endsWith(".xlsx") && !name.startsWith("~$");
	}

	private List<Path> regularFiles() {
		try (Stream<Path> entries = Files.list(this.folder)) {
			return entries.filter((p) -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
					.sorted()
					.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("無法讀取資料夾 " + this.folder, ex);
		}
	}

}
