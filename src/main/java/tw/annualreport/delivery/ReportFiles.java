package tw.annualreport.delivery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import tw.annualreport.system.OutputFormat;

/**
 * The report files of an agency-year's output folder that are mailed: those of the formats
 * {@code annual-report.mail.attach} names (by default PDF, XLSX and ODS), whichever exist.
 */
public final class ReportFiles {

	/** The report formats attached unless configured otherwise: every report format but the editable documents. */
	public static final Set<OutputFormat> DEFAULT = defaults();

	/** The default attachments' file names, in the order they are attached. */
	public static final List<String> NAMES = names(DEFAULT);

	private ReportFiles() {
	}

	/** The existing report files of {@code folder} ({@code <out>/<year>/<agency>/}) of the default formats, possibly none. */
	public static List<Path> in(Path folder) {
		return in(folder, DEFAULT);
	}

	/** The existing report files of {@code folder} among {@code formats} (summary.json never), in the order of {@link OutputFormat}. */
	public static List<Path> in(Path folder, Set<OutputFormat> formats) {
		return names(formats).stream().map(folder::resolve).filter(Files::isRegularFile).toList();
	}

	/** The file names of the report formats among {@code formats}, in the order of {@link OutputFormat}. */
	public static List<String> names(Set<OutputFormat> formats) {
		return Arrays.stream(OutputFormat.values())
			.filter(OutputFormat::isReport)
			.filter(formats::contains)
			.map(OutputFormat::fileName)
			.toList();
	}

	private static Set<OutputFormat> defaults() {
		Set<OutputFormat> formats = EnumSet.noneOf(OutputFormat.class);
		Arrays.stream(OutputFormat.values()).filter((f) -> f.isReport() && !f.isEditable()).forEach(formats::add);
		return formats;
	}

}
