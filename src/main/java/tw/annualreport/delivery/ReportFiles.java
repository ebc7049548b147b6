package tw.annualreport.delivery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The report files of an agency-year's output folder that are mailed: PDF, XLSX and ODS, whichever exist. */
public final class ReportFiles {

	/** In the order they are attached. */
	public static final List<String> NAMES = List.of("report.pdf", "report.xlsx", "report.ods");

	private ReportFiles() {
	}

	/** The existing report files of {@code folder} ({@code <out>/<year>/<agency>/}), possibly none. */
	public static List<Path> in(Path folder) {
		return NAMES.stream().map(folder::resolve).filter(Files::isRegularFile).toList();
	}

}
