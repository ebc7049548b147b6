package tw.annualreport.report.section;

import java.util.List;

import tw.annualreport.report.ReportData;
import tw.annualreport.report.document.PdfDocument;
import tw.annualreport.report.document.SheetLayout;
import tw.annualreport.report.document.Table;
import tw.annualreport.report.document.Workbook;

/**
 * One section of the report (cover, 壹 to 陸, 資料品質說明), defined once: its tables, what it
 * writes into the PDF and into its sheets. The build compiles its {@link Definition#pdfTables()}
 * into the PDF template and one sheet template per {@link Definition#sheets()} layout; a new
 * section is one new class, listed in {@link ReportSections}.
 */
public interface Section {

	/** What the templates are compiled with for this section. */
	Definition definition();

	/** The section's heading in this report (the definition's, unless it names a plan level). */
	default String title(ReportData data) {
		return definition().title();
	}

	/** Adds the section's content to the PDF, below its heading. */
	void writePdf(ReportData data, PdfDocument pdf);

	/** Adds this section's sheets (none by default). */
	default void writeSheets(ReportData data, Workbook workbook) {
	}

	/**
	 * @param title the heading that starts the section on a new page of the PDF ({@code null}:
	 * none, the cover)
	 * @param pdfTables the tables the section puts in the PDF
	 * @param sheets the sheets it writes, in order
	 */
	record Definition(String title, List<Table> pdfTables, List<SheetLayout> sheets) {

		public Definition {
			pdfTables = List.copyOf(pdfTables);
			sheets = List.copyOf(sheets);
		}

	}

}
