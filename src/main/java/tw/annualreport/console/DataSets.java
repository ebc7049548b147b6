package tw.annualreport.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import tw.annualreport.source.ImportProperties;
import tw.annualreport.source.SourceFile;
import tw.annualreport.source.SourceFileException;
import tw.annualreport.source.SourceFolder;
import tw.annualreport.source.SourceTable;

/**
 * Reads an agency's folder of the year into the {@link DataSet} its page shows: which table each
 * source file is read from (as the import finds it), its size, rows and who uploaded it, and
 * what to do about the tables that match none.
 */
@ConsoleComponent
class DataSets {

	private final ConsoleProperties properties;

	private final ImportProperties imports;

	DataSets(ConsoleProperties properties, ImportProperties imports) {
		this.properties = properties;
		this.imports = imports;
	}

	DataSet of(String code, int rocYear) {
		Path year = this.properties.folderOf(code, rocYear);
		Path earlier = this.properties.legacyFolderOf(code);
		boolean own = this.properties.hasDataSet(code, rocYear);
		boolean legacy = !own && Files.isDirectory(earlier);
		Path folder = legacy ? earlier : year;
		List<String> earlierFiles = (own && Files.isDirectory(earlier)) ? visibleFiles(earlier).stream()
			.map((p) -> p.getFileName().toString())
			.toList() : List.of();
		if (!Files.isDirectory(folder)) {
			return new DataSet(rocYear, false, absent(), List.of(), earlierFiles);
		}
		return read(folder, rocYear, legacy, earlierFiles);
	}

	private DataSet read(Path folder, int rocYear, boolean legacy, List<String> earlierFiles) {
		SourceFolder source = new SourceFolder(folder, this.imports.maxFileSize().toBytes());
		Map<String, UploadLog.Entry> log = UploadLog.read(folder);
		List<SourceFolder.Table> tables = new ArrayList<>();
		List<DataSet.Other> others = new ArrayList<>();
		for (Path file : visibleFiles(folder)) {
			String name = file.getFileName().toString();
			try {
				List<SourceFolder.Table> ofFile = source.tablesOf(file);
				if (ofFile.isEmpty()) {
					others.add(other(file, null, "不是 CSV 或 XLSX 檔，匯入時不會讀取", log));
				}
				tables.addAll(ofFile);
			}
			catch (SourceFileException ex) {
				others.add(other(file, null, "無法讀取：" + ex.getMessage(), log));
			}
			catch (UncheckedIOException ex) {
				others.add(other(file, null, "無法讀取「" + name + "」", log));
			}
		}
		List<DataSet.Source> sources = new ArrayList<>();
		Set<SourceFolder.Location> used = new HashSet<>();
		for (SourceFile kind : SourceFile.values()) {
			Optional<SourceFolder.Location> location = locate(source, tables, kind);
			location.ifPresent(used::add);
			sources.add(location.map((l) -> source(source, kind, l, log))
				.orElse(new DataSet.Source(kind, null, null, null, null, null, null, null)));
		}
		for (SourceFolder.Table table : tables) {
			if (!used.contains(table.location())) {
				others.add(other(table.location().file(), table.location().sheet(), note(source, table, sources), log));
			}
		}
		return new DataSet(rocYear, legacy, sources, others, earlierFiles);
	}

	/** Where the import reads the file from; a workbook it cannot list leaves it to the names. */
	private static Optional<SourceFolder.Location> locate(SourceFolder source, List<SourceFolder.Table> tables,
			SourceFile kind) {
		try {
			return source.locate(kind);
		}
		catch (SourceFileException ex) {
			return tables.stream().filter((t) -> t.named() == kind).map(SourceFolder.Table::location).findFirst();
		}
	}

	private static DataSet.Source source(SourceFolder source, SourceFile kind, SourceFolder.Location location,
			Map<String, UploadLog.Entry> log) {
		Path file = location.file();
		UploadLog.Entry entry = log.get(file.getFileName().toString());
		Long rows = null;
		String problem = null;
		try (SourceTable table = source.open(location)) {
			rows = table.countRows();
		}
		catch (SourceFileException ex) {
			problem = "無法讀取：" + ex.getMessage();
		}
		return new DataSet.Source(kind, file.getFileName().toString(), location.sheet(), size(file), rows, problem,
				entry == null ? null : UploadTimes.format(entry.at()), entry == null ? null : entry.officer());
	}

	/** Why a table is not read, and what to do: a second copy of a file, or a name the contract does not know. */
	private static String note(SourceFolder source, SourceFolder.Table table, List<DataSet.Source> sources) {
		SourceFolder.Location location = table.location();
		if (table.named() != null) {
			DataSet.Source used = sources.get(table.named().ordinal());
			return "與「" + used.file() + (used.sheet() == null ? "" : "［" + used.sheet() + "］") + "」同為"
					+ table.named().displayName() + "，匯入時使用後者；不需要時請移除";
		}
		String fileName = location.file().getFileName().toString();
		List<String> names = new ArrayList<>();
		names.add(fileName.substring(0, fileName.lastIndexOf('.')));
		if (location.sheet() != null) {
			names.add(0, location.sheet());
		}
		List<String> headers = List.of();
		try (SourceTable opened = source.open(location)) {
			headers = opened.headers();
		}
		catch (SourceFileException ex) {
			// judged by its name alone
		}
		return SourceGuess.of(names, headers).map((guess) -> "可能是" + guess.file().displayName() + "（依"
				+ (guess.byHeaders() ? "欄位標題" : "名稱") + "判斷）："
				+ (location.sheet() == null ? "請將檔名改為 " + guess.file().fileName() + ".csv 後重新上傳"
						: "請將工作表名稱改為 " + guess.file().fileName() + " 後重新上傳"))
			.orElse("不是任何來源檔（檔名或工作表名稱須為來源檔的名稱，例如 plan、executions），匯入時不會讀取");
	}

	private static DataSet.Other other(Path file, String sheet, String note, Map<String, UploadLog.Entry> log) {
		UploadLog.Entry entry = log.get(file.getFileName().toString());
		return new DataSet.Other(file.getFileName().toString(), sheet, size(file), note,
				entry == null ? null : UploadTimes.format(entry.at()), entry == null ? null : entry.officer());
	}

	/** The officer's files: regular files of the folder, not the hidden ones (the sidecar, staging). */
	static List<Path> visibleFiles(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.filter((p) -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
				.filter((p) -> !p.getFileName().toString().startsWith("."))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String size(Path file) {
		try {
			long bytes = Files.size(file);
			if (bytes < 1024) {
				return bytes + " 位元組";
			}
			return (bytes < 1024 * 1024) ? String.format("%.1f KB", bytes / 1024.0)
					: String.format("%.1f MB", bytes / 1024.0 / 1024.0);
		}
		catch (IOException ex) {
			return "—";
		}
	}

	/** Every source file of the contract, none uploaded. */
	private static List<DataSet.Source> absent() {
		return Stream.of(SourceFile.values())
			.map((kind) -> new DataSet.Source(kind, null, null, null, null, null, null, null))
			.toList();
	}

}
