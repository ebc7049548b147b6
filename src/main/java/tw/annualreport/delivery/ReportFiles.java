package tw.annualreport.delivery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import tw.annualreport.system.OutputFormat;

/** The report files of an agency-year's output folder that are mailed: PDF, XLSX and ODS, whichever exist. */
public final class ReportFiles {

	/** In the order they are attached: the report formats of {@link OutputFormat}. */
	public static final List<String> NAMES = Arrays.stream(OutputFormat.values())
		.filter(OutputFormat::isReport)
		.map(OutputFormat::fileName)
		.toList();

	private ReportFiles() {
	}

	/** The existing report files of {@code folder} ({@code <out>/<year>/<agency>/}), possibly none. */
	public static List<Path> in(Path folder) {
		return NAMES.stream().map(folder::resolve).filter(Files::isRegularFile).toList();
	}

}
