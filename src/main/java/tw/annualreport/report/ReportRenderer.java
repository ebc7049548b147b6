package tw.annualreport.report;

import java.nio.file.Path;
import java.util.Set;

import tw.annualreport.system.OutputFormat;

/**
 * Renders the year-end report of SPEC §5 into a folder: {@code report.pdf}, {@code report.xlsx},
 * {@code report.ods}, {@code report.odt} and {@code report.docx}, each written whole or not at all. Implemented with JasperReports in
 * {@code report.jasper}.
 */
public interface ReportRenderer {

	/**
	 * @param formats the report formats to write ({@link OutputFormat#isReport()}); others are ignored
	 * @param draft a draft carries a visible 「草稿」 mark; a final report does not, and its PDF
	 * is PDF/A-1b
	 * @return the files written
	 */
	java.util.List<Path> render(ReportData data, Path folder, Set<OutputFormat> formats, boolean draft);

	/**
	 * The bureau's consolidated report (彙整報告) as {@code report.pdf}, {@code report.xlsx},
	 * {@code report.ods}, {@code report.odt} and {@code report.docx}: the same fonts, page footer, draft mark and PDF/A as the agency report.
	 * @param draft as for {@link #render}
	 * @return the files written
	 */
	java.util.List<Path> renderConsolidated(BureauReportData data, Path folder, Set<OutputFormat> formats,
			boolean draft);

}
