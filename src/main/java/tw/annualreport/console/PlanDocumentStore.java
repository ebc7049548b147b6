package tw.annualreport.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.web.multipart.MultipartFile;

import tw.annualreport.plan.document.DocumentPlan;
import tw.annualreport.plan.document.PlanCsvWriter;
import tw.annualreport.plan.document.PlanDocumentException;
import tw.annualreport.plan.document.PlanDocuments;
import tw.annualreport.report.ReportFormats;

/**
 * A plan document waiting for the officer's confirmation, one per agency-year, in the hidden folder
 * {@code .plan-document} of the year's folder (the data set and the runs ignore dot names). On
 * confirmation it is read again and written as the year's plan.csv, in place of any earlier plan file.
 */
@ConsoleComponent
class PlanDocumentStore {

	private static final String PENDING = ".plan-document";

	private static final List<String> READ = List.of("docx", "odt");

	private final ConsoleProperties properties;

	PlanDocumentStore(ConsoleProperties properties) {
		this.properties = properties;
	}

	/** The document waiting, with the name the officer gave it. */
	record Pending(String name, Path file) {
	}

	void keep(String code, int rocYear, MultipartFile document) {
		String name = Uploads.safeName(document.getOriginalFilename());
		String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
		if (extension.equals("doc")) {
			throw new UploadRejectedException("「" + name + "」是舊版 Word 格式（.doc），請用 Word 或 LibreOffice「另存新檔」為 .docx 或 .odt 後再上傳");
		}
		if (!READ.contains(extension)) {
			throw new UploadRejectedException("只能讀取 .docx 或 .odt 格式的工作計畫文件，「" + name + "」不是");
		}
		if (document.getSize() > this.properties.maxFileSize().toBytes()) {
			throw new UploadRejectedException(name + " 太大，每個檔案上限 " + this.properties.maxFileSize().toMegabytes() + " MB");
		}
		Path folder = pendingFolder(code, rocYear);
		try {
			discard(code, rocYear);
			Files.createDirectories(folder);
			try (InputStream in = document.getInputStream()) {
				Files.copy(in, folder.resolve(name));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Optional<Pending> pending(String code, int rocYear) {
		Path folder = pendingFolder(code, rocYear);
		if (!Files.isDirectory(folder)) {
			return Optional.empty();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile).findFirst().map((f) -> new Pending(f.getFileName().toString(), f));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	/** Whether the year's data set holds a plan file the confirmation would replace. */
	boolean hasPlan(String code, int rocYear) {
		return !planFiles(yearFolder(code, rocYear)).isEmpty();
	}

	/**
	 * Writes the waiting document's plan as the year's plan.csv, removing any other plan file
	 * (plan.xlsx), then forgets the document.
	 * @throws PlanDocumentException when nothing waits or the document yields no plan
	 */
	DocumentPlan confirm(String code, int rocYear, String username) {
		Pending pending = pending(code, rocYear)
			.orElseThrow(() -> new PlanDocumentException("沒有待確認的工作計畫文件，請重新上傳"));
		DocumentPlan plan = PlanDocuments.read(pending.file());
		Path folder = yearFolder(code, rocYear);
		try {
			Files.createDirectories(folder);
			PlanCsvWriter.write(plan, folder.resolve("plan.csv"));
			for (Path other : planFiles(folder)) {
				if (!other.getFileName().toString().equals("plan.csv")) {
					Files.delete(other);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		UploadLog.update(folder, Map.of("plan.csv",
				new UploadLog.Entry(username, LocalDateTime.now(ReportFormats.TAIWAN).withNano(0))));
		discard(code, rocYear);
		return plan;
	}

	void discard(String code, int rocYear) {
		Path folder = pendingFolder(code, rocYear);
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			walk.sorted(Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Path> planFiles(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter((f) -> {
				String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
				return name.equals("plan.csv") || name.equals("plan.xlsx");
			}).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Path yearFolder(String code, int rocYear) {
		return this.properties.folderOf(code, rocYear);
	}

	private Path pendingFolder(String code, int rocYear) {
		return yearFolder(code, rocYear).resolve(PENDING);
	}

}
