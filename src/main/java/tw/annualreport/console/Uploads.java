package tw.annualreport.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.springframework.web.multipart.MultipartFile;

import tw.annualreport.report.ReportFormats;
import tw.annualreport.source.ImportProperties;
import tw.annualreport.source.SourceFile;
import tw.annualreport.source.SourceFileException;
import tw.annualreport.source.SourceFolder;

/**
 * Puts an agency's uploaded files (several CSV/XLSX, or one ZIP of them) into its folder of the
 * year under the console's input folder. An upload adds or replaces only the files of the same
 * kind (a new executions.csv replaces the earlier execution records, the plan stays); the whole
 * set is replaced only when the officer says so. Nothing is written outside that folder: a name
 * with a path in it ({@code ../}, {@code /}, {@code \}) is refused, and so are too many files, too
 * large a file or upload, and a ZIP entry that unpacks far beyond its packed size (a ZIP bomb).
 * The files are staged first and moved in only when all of them passed.
 */
@ConsoleComponent
class Uploads {

	private final ConsoleProperties properties;

	private final ImportProperties imports;

	Uploads(ConsoleProperties properties, ImportProperties imports) {
		this.properties = properties;
		this.imports = imports;
	}

	/**
	 * What an upload did.
	 * @param names the files it put in
	 * @param replaced the earlier files it took the place of
	 */
	record Stored(List<String> names, List<String> replaced) {
	}

	/**
	 * @param replaceAll the officer asked for the upload to be the whole set: every earlier file goes
	 * @param officer the account name kept beside the files, with the time
	 */
	synchronized Stored store(String code, int rocYear, List<MultipartFile> files, boolean replaceAll, String officer) {
		List<MultipartFile> given = (files == null) ? List.of() : files.stream().filter((f) -> !f.isEmpty()).toList();
		if (given.isEmpty()) {
			throw new UploadRejectedException("請選擇要上傳的檔案（CSV、XLSX，或一個 ZIP 壓縮檔）");
		}
		Path folder = this.properties.folderOf(code, rocYear);
		Path staging = folder.resolveSibling("." + code + ".upload-" + System.nanoTime());
		try {
			Files.createDirectories(staging);
			boolean zip = given.size() == 1 && extension(given.get(0).getOriginalFilename()).equals("zip");
			List<String> names = zip ? unzip(given.get(0), staging) : copy(given, staging);
			List<String> replaced = merge(folder, staging, replaceAll);
			LocalDateTime now = LocalDateTime.now(ReportFormats.TAIWAN).withNano(0);
			Map<String, UploadLog.Entry> entries = new HashMap<>();
			names.forEach((name) -> entries.put(name, new UploadLog.Entry(officer, now)));
			UploadLog.update(folder, entries);
			return new Stored(names.stream().sorted().toList(), replaced);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deleteQuietly(staging);
		}
	}

	/**
	 * Copies the files uploaded before files were kept per year into the year's data set, those
	 * whose kind the year does not have yet (a file of the same name or whose every source file
	 * the year has stays out). The files of before are left as they are.
	 * @return the files copied
	 */
	synchronized List<String> adopt(String code, int rocYear, String officer) {
		List<Path> earlier = DataSets.visibleFiles(this.properties.legacyFolderOf(code));
		if (earlier.isEmpty()) {
			throw new UploadRejectedException("沒有在依年度分開保存之前上傳的檔案");
		}
		Path folder = this.properties.folderOf(code, rocYear);
		try {
			Files.createDirectories(folder);
			SourceFolder present = new SourceFolder(folder, this.imports.maxFileSize().toBytes());
			Set<String> names = new HashSet<>();
			Set<SourceFile> kinds = new HashSet<>();
			for (Path file : DataSets.visibleFiles(folder)) {
				names.add(file.getFileName().toString().toLowerCase(Locale.ROOT));
				kinds.addAll(kindsOrNone(present, file));
			}
			SourceFolder before = new SourceFolder(this.properties.legacyFolderOf(code), this.imports.maxFileSize().toBytes());
			List<String> copied = new ArrayList<>();
			for (Path file : earlier) {
				String name = file.getFileName().toString();
				Set<SourceFile> of = kindsOrNone(before, file);
				if (names.contains(name.toLowerCase(Locale.ROOT)) || (!of.isEmpty() && kinds.containsAll(of))) {
					continue;
				}
				Files.copy(file, folder.resolve(name));
				copied.add(name);
			}
			LocalDateTime now = LocalDateTime.now(ReportFormats.TAIWAN).withNano(0);
			Map<String, UploadLog.Entry> entries = new HashMap<>();
			copied.forEach((name) -> entries.put(name, new UploadLog.Entry(officer, now)));
			UploadLog.update(folder, entries);
			return copied;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Set<SourceFile> kindsOrNone(SourceFolder folder, Path file) {
		try {
			return kinds(folder.tablesOf(file));
		}
		catch (SourceFileException ex) {
			return Set.of();
		}
	}

	/** Removes one file of the agency's data set of the year, at the officer's request. */
	synchronized void remove(String code, int rocYear, String name) {
		String safe = safeName(name);
		Path folder = this.properties.folderOf(code, rocYear);
		Path file = folder.resolve(safe);
		if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
			throw new UploadRejectedException(rocYear + " 年度的資料中沒有「" + printable(safe) + "」，可能已經移除");
		}
		try {
			Files.delete(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		UploadLog.prune(folder);
	}

	private List<String> copy(List<MultipartFile> files, Path staging) throws IOException {
		if (files.size() > this.properties.maxFiles()) {
			throw new UploadRejectedException("一次最多上傳 " + this.properties.maxFiles() + " 個檔案，這次有 " + files.size() + " 個");
		}
		Set<String> names = new HashSet<>();
		long total = 0;
		for (MultipartFile file : files) {
			String name = safeName(file.getOriginalFilename());
			if (extension(name).equals("zip")) {
				throw new UploadRejectedException("ZIP 壓縮檔請單獨上傳（一次一個），不要與其他檔案一起：" + name);
			}
			checkSourceName(name);
			if (!names.add(name.toLowerCase(Locale.ROOT))) {
				throw new UploadRejectedException("檔名重複：" + name);
			}
			if (file.getSize() > this.properties.maxFileSize().toBytes()) {
				throw new UploadRejectedException(name + " 太大（" + mb(file.getSize()) + "），每個檔案上限 " + mb(this.properties.maxFileSize().toBytes()));
			}
			total += file.getSize();
			if (total > this.properties.maxUploadSize().toBytes()) {
				throw new UploadRejectedException("上傳的檔案合計超過上限 " + mb(this.properties.maxUploadSize().toBytes()));
			}
			try (InputStream in = file.getInputStream()) {
				Files.copy(in, staging.resolve(name));
			}
		}
		return listNames(staging);
	}

	private List<String> unzip(MultipartFile upload, Path staging) throws IOException {
		if (upload.getSize() > this.properties.maxUploadSize().toBytes()) {
			throw new UploadRejectedException("壓縮檔太大（" + mb(upload.getSize()) + "），上限 " + mb(this.properties.maxUploadSize().toBytes()));
		}
		Path archive = staging.resolve(".upload.zip");
		try (InputStream in = upload.getInputStream()) {
			Files.copy(in, archive);
		}
		Set<String> names = new HashSet<>();
		long total = 0;
		try (ZipFile zip = new ZipFile(archive.toFile())) {
			List<? extends ZipEntry> entries = entries(zip);
			if (entries.size() > this.properties.maxFiles()) {
				throw new UploadRejectedException("壓縮檔內最多 " + this.properties.maxFiles() + " 個檔案，這個有 " + entries.size() + " 個");
			}
			for (ZipEntry entry : entries) {
				String name = entryName(entry.getName());
				checkSourceName(name);
				if (!names.add(name.toLowerCase(Locale.ROOT))) {
					throw new UploadRejectedException("壓縮檔內檔名重複：" + name);
				}
				long limit = Math.min(this.properties.maxFileSize().toBytes(), this.properties.maxUploadSize().toBytes() - total);
				long ratioLimit = (long) this.properties.maxZipRatio() * Math.max(entry.getCompressedSize(), 1024);
				try (InputStream in = zip.getInputStream(entry);
						OutputStream out = Files.newOutputStream(staging.resolve(name))) {
					total += copyCapped(in, out, name, limit, ratioLimit);
				}
			}
		}
		catch (ZipException ex) {
			throw new UploadRejectedException(upload.getOriginalFilename() + " 不是可讀取的 ZIP 壓縮檔（可能已損毀，請重新壓縮後再上傳）");
		}
		Files.delete(archive);
		if (names.isEmpty()) {
			throw new UploadRejectedException("壓縮檔內沒有任何檔案");
		}
		return listNames(staging);
	}

	private static List<? extends ZipEntry> entries(ZipFile zip) {
		List<ZipEntry> files = new ArrayList<>();
		for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
			ZipEntry entry = e.nextElement();
			if (!entry.isDirectory() && !systemFile(entry.getName())) {
				files.add(entry);
			}
		}
		return files;
	}

	/** What an archiver adds of its own (macOS's __MACOSX/ and ._ files, .DS_Store, Thumbs.db): left out. */
	private static boolean systemFile(String entry) {
		String normalised = entry.replace('\\', '/');
		String name = normalised.substring(normalised.lastIndexOf('/') + 1);
		return normalised.startsWith("__MACOSX/") || name.startsWith("._") || name.equals(".DS_Store")
				|| name.equalsIgnoreCase("Thumbs.db");
	}

	/** Copies at most {@code limit} bytes, and no more than the ratio allows of the packed entry. */
	private long copyCapped(InputStream in, OutputStream out, String name, long limit, long ratioLimit) throws IOException {
		byte[] buffer = new byte[65536];
		long copied = 0;
		for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
			copied += n;
			if (copied > ratioLimit) {
				throw new UploadRejectedException("壓縮檔內的 " + name + " 解壓後超過壓縮前的 " + this.properties.maxZipRatio()
						+ " 倍，疑似壓縮炸彈，已拒收");
			}
			if (copied > limit) {
				throw new UploadRejectedException("壓縮檔內的 " + name + " 解壓後太大，每個檔案上限 " + mb(this.properties.maxFileSize().toBytes())
						+ "、合計上限 " + mb(this.properties.maxUploadSize().toBytes()));
			}
			out.write(buffer, 0, n);
		}
		return copied;
	}

	/** A ZIP entry may sit in one folder of the archive (「113/plan.csv」); a path out of it is refused. */
	private static String entryName(String entry) {
		String normalised = entry.replace('\\', '/');
		if (normalised.startsWith("/") || normalised.matches("^[A-Za-z]:.*") || List.of(normalised.split("/")).contains("..")) {
			throw new UploadRejectedException("壓縮檔內的路徑「" + printable(entry) + "」指向資料夾之外，已拒收整個壓縮檔");
		}
		return safeName(normalised.substring(normalised.lastIndexOf('/') + 1));
	}

	/** A file's own name: no folder, no {@code ..}, no control characters. */
	static String safeName(String name) {
		if (name == null || name.isBlank()) {
			throw new UploadRejectedException("檔案沒有名稱");
		}
		if (name.contains("/") || name.contains("\\") || name.contains("..") || name.startsWith(".")
				|| name.chars().anyMatch((c) -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)
				|| name.length() > 200) {
			throw new UploadRejectedException("檔名「" + printable(name) + "」不合法（不可含路徑、「..」、控制字元，或以「.」開頭）");
		}
		return name;
	}

	private static void checkSourceName(String name) {
		String extension = extension(name);
		if (!extension.equals("csv") && !extension.equals("xlsx")) {
			throw new UploadRejectedException("只接受 CSV 與 XLSX 檔（或裝著它們的一個 ZIP 壓縮檔），「" + name + "」不是");
		}
	}

	private static String extension(String name) {
		if (name == null) {
			return "";
		}
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/**
	 * Moves the staged files into the agency's folder. An earlier file goes when it has the name
	 * of a new one, or when every source file it holds comes anew (a workbook with the plan and
	 * the surveys stays when only the plan comes; the import then reads the new plan, and the page
	 * shows the workbook's plan sheet as unused). With {@code replaceAll}, every earlier file goes.
	 * @return the earlier files removed
	 */
	private List<String> merge(Path folder, Path staging, boolean replaceAll) throws IOException {
		Files.createDirectories(folder);
		List<Path> staged = DataSets.visibleFiles(staging);
		Set<String> stagedNames = new HashSet<>();
		Set<SourceFile> stagedKinds = new HashSet<>();
		SourceFolder incoming = new SourceFolder(staging, this.imports.maxFileSize().toBytes());
		for (Path file : staged) {
			stagedNames.add(file.getFileName().toString().toLowerCase(Locale.ROOT));
			try {
				stagedKinds.addAll(kinds(incoming.tablesOf(file)));
			}
			catch (SourceFileException ex) {
				throw new UploadRejectedException(ex.getMessage());
			}
		}
		SourceFolder present = new SourceFolder(folder, this.imports.maxFileSize().toBytes());
		List<String> replaced = new ArrayList<>();
		for (Path file : DataSets.visibleFiles(folder)) {
			String name = file.getFileName().toString();
			Set<SourceFile> kinds;
			try {
				kinds = kinds(present.tablesOf(file));
			}
			catch (SourceFileException ex) {
				kinds = Set.of();
			}
			if (replaceAll || stagedNames.contains(name.toLowerCase(Locale.ROOT))
					|| (!kinds.isEmpty() && stagedKinds.containsAll(kinds))) {
				Files.delete(file);
				replaced.add(name);
			}
		}
		for (Path file : staged) {
			Files.move(file, folder.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
		}
		return replaced;
	}

	private static Set<SourceFile> kinds(List<SourceFolder.Table> tables) {
		Set<SourceFile> kinds = new HashSet<>();
		tables.stream().map(SourceFolder.Table::named).filter(Objects::nonNull).forEach(kinds::add);
		return kinds;
	}

	private static List<String> listNames(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map((p) -> p.getFileName().toString()).filter((n) -> !n.startsWith(".")).toList();
		}
	}

	private static void deleteQuietly(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			walk.sorted(Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
		}
		catch (IOException ex) {
			// a staging folder left behind is hidden (a dot name) and never read
		}
	}

	private static String mb(long bytes) {
		return String.format("%.1f MB", bytes / 1024.0 / 1024.0);
	}

	private static String printable(String name) {
		StringBuilder text = new StringBuilder();
		name.codePoints().forEach((c) -> text.append(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
				? String.format("[U+%04X]", c) : Character.toString(c)));
		return text.toString();
	}

}
