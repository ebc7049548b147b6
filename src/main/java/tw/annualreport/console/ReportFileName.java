package tw.annualreport.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tw.annualreport.source.RejectsFile;
import tw.annualreport.system.OutputFormat;

/**
 * The files of an output folder the console serves, and nothing else: a name not in the list is
 * 404. They are the run's outputs ({@link OutputFormat}) and its rejects.csv.
 */
record ReportFileName(String fileName, String contentType, String label) {

	/** Public: agency.html names it ({@code T(...).PDF}). */
	public static final ReportFileName PDF = of(OutputFormat.PDF);

	public static final ReportFileName REJECTS = new ReportFileName(RejectsFile.NAME, "text/csv; charset=UTF-8",
			"拒收明細 " + RejectsFile.NAME);

	private static final List<ReportFileName> ALL = all();

	/** Every file served, in the order the console lists them. */
	static List<ReportFileName> values() {
		return ALL;
	}

	static Optional<ReportFileName> of(String name) {
		return ALL.stream().filter((f) -> f.fileName.equals(name)).findFirst();
	}

	private static ReportFileName of(OutputFormat format) {
		return new ReportFileName(format.fileName(), format.contentType(), format.label());
	}

	private static List<ReportFileName> all() {
		List<ReportFileName> files = new ArrayList<>();
		for (OutputFormat format : OutputFormat.values()) {
			files.add(of(format));
		}
		files.add(REJECTS);
		return List.copyOf(files);
	}

}
