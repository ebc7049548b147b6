package tw.annualreport.report.section;

import java.util.List;

import tw.annualreport.report.ReportData;
import tw.annualreport.report.ReportData.Flag;
import tw.annualreport.report.ReportData.FlagKind;
import tw.annualreport.report.document.Align;
import tw.annualreport.report.document.Column;
import tw.annualreport.report.document.Kind;
import tw.annualreport.report.document.PdfDocument;
import tw.annualreport.report.document.SheetLayout;
import tw.annualreport.report.document.Table;
import tw.annualreport.report.document.Workbook;

import static tw.annualreport.report.ReportFormats.number;
import static tw.annualreport.report.ReportFormats.percent;

/**
 * 陸、檢討與改進: the shortfalls of {@code ReviewFlags}; the PDF groups them by kind under their own
 * headings, the sheet lists them with their kind.
 */
final class ReviewSection implements Section {

	static final String TITLE = "陸、檢討與改進";

	static final Table FLAGS = Table.of("review.flags", Column.pdf("項目", Kind.TEXT, Align.LEFT, 250),
			Column.pdf("現況", Kind.TEXT, Align.LEFT, 265));

	static final Table KINDS_AND_FLAGS = Table.of("review.kindsAndFlags", Column.sheet("類別", Kind.TEXT, 180),
			Column.sheet("項目", Kind.TEXT, 450), Column.sheet("現況", Kind.TEXT, 420));

	static final SheetLayout SHEET = SheetLayout.of("review", TITLE, KINDS_AND_FLAGS);

	@Override
	public Definition definition() {
		return new Definition(TITLE, List.of(FLAGS), List.of(SHEET));
	}

	@Override
	public void writePdf(ReportData d, PdfDocument pdf) {
		ReportData.Review r = d.review();
		pdf.paragraph(null, "依本年度執行結果，下列事項未達預期，列為下一年度檢討改進之重點。判定基準："
				+ d.levels().measures() + "全年無執行紀錄；量化指標未達目標值；受測單位電話禮貌測試平均分數低於及格分數 "
				+ number(r.passThreshold()) + " 分；問卷題目滿意度低於目標 " + percent(r.satisfactionTarget()) + "。");
		int n = 0;
		for (FlagKind kind : FlagKind.values()) {
			List<Flag> flags = r.flags().stream().filter((f) -> f.kind() == kind).toList();
			String heading = Texts.ordinal(n++) + kind.label(d.levels()) + "（" + flags.size() + " " + kind.counter() + "）";
			if (flags.isEmpty()) {
				pdf.paragraph(heading, "無。");
			}
			else {
				pdf.table(heading, FLAGS, flags.stream().map((f) -> FLAGS.row(f.item(), f.detail())).toList());
			}
		}
	}

	@Override
	public void writeSheets(ReportData d, Workbook workbook) {
		List<Flag> flags = d.review().flags();
		workbook.sheet(SHEET, TITLE)
			.table(KINDS_AND_FLAGS, flags.isEmpty() ? List.of(KINDS_AND_FLAGS.row("", "無未達預期之事項", ""))
					: flags.stream().map((f) -> KINDS_AND_FLAGS.row(f.kind().label(d.levels()), f.item(), f.detail())).toList());
	}

}
