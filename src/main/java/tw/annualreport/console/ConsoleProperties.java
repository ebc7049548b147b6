package tw.annualreport.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import tw.annualreport.system.InputFolder;

/**
 * The web console's settings ({@code annual-report.console.*}).
 *
 * @param input the uploaded source files, one sub-folder per ROC year and in it one per agency (named by
 * its code); files uploaded before that sit straight in it, one sub-folder per agency
 * @param maxFileSize one uploaded file (a ZIP entry unpacked, too)
 * @param maxFiles files in one upload, a ZIP's entries counted
 * @param maxUploadSize an upload in all, a ZIP unpacked
 * @param maxZipRatio unpacked ÷ packed size of a ZIP entry beyond which it is taken for a ZIP bomb
 */
@ConfigurationProperties("annual-report.console")
public record ConsoleProperties(@DefaultValue("./input") Path input, @DefaultValue("20MB") DataSize maxFileSize,
		@DefaultValue("30") int maxFiles, @DefaultValue("100MB") DataSize maxUploadSize,
		@DefaultValue("100") int maxZipRatio) {

	/** The year's uploads, one sub-folder per agency: {@code <input>/<ROC year>/}. */
	public Path yearFolder(int rocYear) {
		return InputFolder.ofYear(root(), rocYear);
	}

	/** Where the agency's uploads of the year go: {@code <input>/<ROC year>/<code>/}. */
	public Path folderOf(String code, int rocYear) {
		return yearFolder(rocYear).resolve(code);
	}

	/** The agency's files uploaded before files were kept per year: {@code <input>/<code>/}, only read now. */
	public Path legacyFolderOf(String code) {
		return root().resolve(code);
	}

	/** What a run or check of the agency-year reads: the year's folder, else the files of before. */
	public Path sourcesOf(String code, int rocYear) {
		return hasDataSet(code, rocYear) ? folderOf(code, rocYear) : legacyFolderOf(code);
	}

	/**
	 * Whether the agency-year has a data set of its own: a file uploaded to it, or the upload
	 * log of files since removed. A folder holding only a plan document waiting to be confirmed
	 * is none, so the files of before stay in use until the officer confirms.
	 */
	boolean hasDataSet(String code, int rocYear) {
		Path folder = folderOf(code, rocYear);
		if (!Files.isDirectory(folder)) {
			return false;
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile).anyMatch((f) -> !f.getFileName().toString().startsWith(".")
					|| f.getFileName().toString().equals(UploadLog.FILE));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Path root() {
		return this.input.toAbsolutePath().normalize();
	}

}
