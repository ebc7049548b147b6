package tw.annualreport.report.jasper.section;

import java.util.List;

import tw.annualreport.report.ReportData;
import tw.annualreport.report.jasper.document.PdfDocument;
import tw.annualreport.report.jasper.document.SheetLayout;
import tw.annualreport.report.jasper.document.Table;
import tw.annualreport.report.jasper.document.Workbook;

/**
 * One section of the report (cover, 壹 to 陸, 資料品質說明), defined once: its tables, what it
 * writes into the PDF and into its sheets. The build compiles {@link #pdfTables()} into the PDF
 * template and one sheet template per {@link #sheets()} layout; a new section is one new class,
 * listed in {@link ReportSections}.
 */
public interface Section {

	void writePdf(ReportData data, PdfDocument pdf);

	/** Adds this section's sheets (none by default). */
	default void writeSheets(ReportData data, Workbook workbook) {
	}

	/** The tables this section puts in the PDF. */
	default List<Table> pdfTables() {
		return List.of();
	}

	/** The sheets this section writes, in order. */
	default List<SheetLayout> sheets() {
		return List.of();
	}

}
