package tw.annualreport.report.section;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tw.annualreport.report.ReportData;
import tw.annualreport.report.ReportFormats;
import tw.annualreport.report.document.Block;
import tw.annualreport.report.document.PdfDocument;
import tw.annualreport.report.document.Sheet;
import tw.annualreport.report.document.SheetLayout;
import tw.annualreport.report.document.Table;
import tw.annualreport.report.document.Workbook;

/**
 * The sections of the report in reading order (SPEC §5), and what the templates are compiled
 * from: every PDF table and every sheet layout comes from here.
 */
public final class ReportSections {

	public static final List<Section> ALL = List.of(new CoverSection(), new SummarySection(), new PlanSection(),
			new PhoneTestSection(), new SurveySection(), new CaseSection(), new ReviewSection(),
			new DataQualitySection());

	private ReportSections() {
	}

	/**
	 * Every table the PDF template is compiled with, each once: the agency report's, then the
	 * bureau's consolidated report's ({@link BureauSections}, printed with the same template).
	 */
	public static Set<Table> pdfTables() {
		Set<Table> tables = new LinkedHashSet<>();
		ALL.forEach((section) -> tables.addAll(section.definition().pdfTables()));
		tables.addAll(BureauSections.pdfTables());
		return tables;
	}

	/** Every sheet template: the agency workbook's, in order, then the bureau's. */
	public static List<SheetLayout> sheets() {
		List<SheetLayout> sheets = new ArrayList<>();
		ALL.forEach((section) -> sheets.addAll(section.definition().sheets()));
		sheets.addAll(BureauSections.sheets());
		return sheets;
	}

	public static List<Block> pdf(ReportData data) {
		Set<Table> tables = new LinkedHashSet<>();
		ALL.forEach((section) -> tables.addAll(section.definition().pdfTables()));
		PdfDocument pdf = new PdfDocument(tables);
		for (Section section : ALL) {
			String title = section.title(data);
			if (title != null) {
				pdf.section(title);
			}
			section.writePdf(data, pdf);
		}
		return pdf.blocks();
	}

	public static List<Sheet> workbook(ReportData data, boolean draft) {
		Workbook workbook = new Workbook(data.agencyName() + " " + data.title(),
				"報告日期：" + ReportFormats.rocDate(data.reportDate()) + (draft ? "。草稿，數字可能仍會變動。" : "。"));
		ALL.forEach((section) -> section.writeSheets(data, workbook));
		return workbook.sheets();
	}

}
