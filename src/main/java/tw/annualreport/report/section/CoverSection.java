package tw.annualreport.report.section;

import java.util.List;

import tw.annualreport.report.ReportData;
import tw.annualreport.report.document.PdfDocument;

/** The cover: its texts are the template's parameters (agency, title, date, contact). */
final class CoverSection implements Section {

	@Override
	public Definition definition() {
		return new Definition(null, List.of(), List.of());
	}

	@Override
	public void writePdf(ReportData data, PdfDocument pdf) {
		pdf.cover();
	}

}
