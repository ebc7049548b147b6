package tw.annualreport.report.section;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tw.annualreport.report.BureauReportData;
import tw.annualreport.report.ReportFormats;
import tw.annualreport.report.document.Block;
import tw.annualreport.report.document.PdfDocument;
import tw.annualreport.report.document.Sheet;
import tw.annualreport.report.document.SheetLayout;
import tw.annualreport.report.document.Table;
import tw.annualreport.report.document.Workbook;

/**
 * The sections of the bureau's consolidated report in reading order: the cover, 壹、彙整摘要,
 * 貳、各機關關鍵指標, 參、資料繳交狀況, 肆、檢討與改進. Printed with the agency report's template
 * (same fonts, page footer, draft mark and PDF/A), whose build compiles these tables too.
 */
public final class BureauSections {

	static final List<BureauSection> ALL = List.of(new BureauOverviewSection(), new BureauFiguresSection(),
			new BureauSubmissionSection(), new BureauReviewSection());

	private BureauSections() {
	}

	/** Every table of the bureau's PDF. */
	public static Set<Table> pdfTables() {
		Set<Table> tables = new LinkedHashSet<>();
		ALL.forEach((section) -> tables.addAll(section.definition().pdfTables()));
		return tables;
	}

	/** Every sheet of the bureau's workbook, in order. */
	public static List<SheetLayout> sheets() {
		List<SheetLayout> sheets = new ArrayList<>();
		ALL.forEach((section) -> sheets.addAll(section.definition().sheets()));
		return sheets;
	}

	public static List<Block> pdf(BureauReportData data) {
		PdfDocument pdf = new PdfDocument(pdfTables());
		pdf.cover();
		for (BureauSection section : ALL) {
			pdf.section(section.definition().title());
			section.writePdf(data, pdf);
		}
		return pdf.blocks();
	}

	public static List<Sheet> workbook(BureauReportData data, boolean draft) {
		Workbook workbook = new Workbook(data.bureauName() + " " + data.title(),
				"報告日期：" + ReportFormats.rocDate(data.reportDate()) + (draft ? "。草稿，數字可能仍會變動。" : "。"));
		ALL.forEach((section) -> section.writeSheets(data, workbook));
		return workbook.sheets();
	}

}
