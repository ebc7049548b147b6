package tw.annualreport.report;

import java.nio.file.Path;
import java.util.Set;

/**
 * Renders the year-end report of SPEC §5 into a folder: {@code report.pdf}, {@code report.xlsx}
 * and {@code report.ods}, each written whole or not at all. Implemented with JasperReports in
 * {@code report.jasper}.
 */
public interface ReportRenderer {

	/** The formats a renderer writes, and their file names ({@code report.<format>}). */
	Set<String> FORMATS = Set.of("pdf", "xlsx", "ods");

	/**
	 * @param formats any of {@link #FORMATS}; others are ignored
	 * @param draft a draft carries a visible 「草稿」 mark; a final report does not, and its PDF
	 * is PDF/A-1b
	 * @return the files written
	 */
	java.util.List<Path> render(ReportData data, Path folder, Set<String> formats, boolean draft);

	/**
	 * The bureau's consolidated table as {@code report.xlsx} and {@code report.ods} (one sheet).
	 * @return the files written
	 */
	java.util.List<Path> renderConsolidated(ConsolidatedTable table, Path folder, Set<String> formats);

	static String fileName(String format) {
		return "report." + format;
	}

}
