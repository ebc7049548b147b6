package tw.annualreport.report.section;

import tw.annualreport.report.BureauReportData;
import tw.annualreport.report.document.PdfDocument;
import tw.annualreport.report.document.Workbook;

/**
 * One section of the bureau's consolidated report (彙整報告), defined once like a {@link Section}
 * of the agency report: its tables, what it writes into the PDF and into its sheets. Listed in
 * {@link BureauSections}; its tables are compiled into the same templates as the agency report's.
 */
interface BureauSection {

	Section.Definition definition();

	void writePdf(BureauReportData data, PdfDocument pdf);

	default void writeSheets(BureauReportData data, Workbook workbook) {
	}

}
