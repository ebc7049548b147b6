package tw.annualreport.report.section;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tw.annualreport.plan.PlanLevels;
import tw.annualreport.improvement.Improvement;
import tw.annualreport.report.BureauReportData;
import tw.annualreport.report.BureauReportData.AgencyFlag;
import tw.annualreport.report.document.Align;
import tw.annualreport.report.document.Cell;
import tw.annualreport.report.document.Column;
import tw.annualreport.report.document.Kind;
import tw.annualreport.report.document.PdfDocument;
import tw.annualreport.report.document.SheetLayout;
import tw.annualreport.report.document.Table;
import tw.annualreport.report.document.Workbook;

import static tw.annualreport.report.ReportFormats.number;
import static tw.annualreport.report.ReportFormats.percent;

/**
 * 肆、檢討與改進: the review flags (ReviewFlags, each agency report's 陸) of every agency included,
 * agency by agency in the PDF, one list with the agency in the sheet.
 */
final class BureauReviewSection implements BureauSection {

	static final String TITLE = "肆、檢討與改進";

	static final Table FLAGS = Table.of("bureau.flags", Column.pdf("類別", Kind.TEXT, Align.LEFT, 64),
			Column.pdf("項目", Kind.TEXT, Align.LEFT, 110), Column.pdf("現況與檢討", Kind.TEXT, Align.LEFT, 116),
			Column.pdf("改進措施", Kind.TEXT, Align.LEFT, 115), Column.pdf("承辦單位", Kind.TEXT, Align.LEFT, 48),
			Column.pdf("預定完成日期", Kind.DATE, Align.CENTER, 62));

	static final Table AGENCY_FLAGS = Table.of("bureau.agencyFlags", Column.sheet("機關名稱", Kind.TEXT, 180),
			Column.sheet("類別", Kind.TEXT, 180), Column.sheet("項目", Kind.TEXT, 450), Column.sheet("現況", Kind.TEXT, 420),
			Column.sheet("檢討", Kind.TEXT, 300), Column.sheet("改進措施", Kind.TEXT, 420),
			Column.sheet("承辦單位", Kind.TEXT, 120), Column.sheet("預定完成日期", Kind.DATE, 100));

	static final SheetLayout SHEET = SheetLayout.of("bureau.review", TITLE, AGENCY_FLAGS);

	@Override
	public Section.Definition definition() {
		return new Section.Definition(TITLE, List.of(FLAGS), List.of(SHEET));
	}

	@Override
	public void writePdf(BureauReportData d, PdfDocument pdf) {
		long blank = d.flags().stream().filter((f) -> f.flag().improvement() == null).count();
		pdf.paragraph(null, "各機關年度報告「檢討與改進」所列未達預期之事項及其改進措施，依機關彙整如下。判定基準：具體措施全年無執行紀錄；量化指標未達目標值；"
				+ "受測單位電話禮貌測試平均分數低於及格分數 " + number(d.passThreshold()) + " 分；問卷題目滿意度低於目標 "
				+ percent(d.satisfactionTarget()) + "。未納入彙整之機關不列。"
				+ ((blank == 0) ? "" : "改進措施欄空白者（" + blank + " 項）為機關尚未填寫。"));
		Map<String, List<AgencyFlag>> byAgency = new LinkedHashMap<>();
		d.summary().agencies().forEach((a) -> byAgency.put(a.name(), new ArrayList<>()));
		d.flags().forEach((f) -> byAgency.computeIfAbsent(f.agencyName(), (k) -> new ArrayList<>()).add(f));
		int n = 0;
		for (Map.Entry<String, List<AgencyFlag>> agency : byAgency.entrySet()) {
			String heading = Texts.ordinal(n++) + agency.getKey() + "（" + agency.getValue().size() + " 項）";
			if (agency.getValue().isEmpty()) {
				pdf.paragraph(heading, "無未達預期之事項。");
			}
			else {
				pdf.table(heading, FLAGS, agency.getValue()
					.stream()
					.map((f) -> {
						Improvement i = f.flag().improvement();
						return FLAGS.row(f.flag().kind().label(), f.flag().item(), ReviewSection.state(f.flag()),
								(i == null) ? "" : i.action(), (i == null) ? "" : Texts.nz(i.units()),
								(i == null) ? null : i.due());
					})
					.toList());
			}
		}
	}

	@Override
	public void writeSheets(BureauReportData d, Workbook workbook) {
		workbook.sheet(SHEET, TITLE)
			.table(AGENCY_FLAGS, d.flags().isEmpty()
					? List.of(AGENCY_FLAGS.row("", "", "無未達預期之事項", "", "", "", "", null))
					: d.flags().stream().map((f) -> {
						// the agency, then the columns of the agency report's sheet
						List<Cell> row = new ArrayList<>(List.of(Cell.text(f.agencyName())));
						row.addAll(ReviewSection.sheetRow(f.flag(), PlanLevels.DEFAULT));
						return (List<Cell>) row;
					}).toList());
	}

}
