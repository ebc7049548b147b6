package tw.annualreport.report.section;

import java.util.List;

import tw.annualreport.improvement.Improvement;
import tw.annualreport.plan.PlanLevels;
import tw.annualreport.report.ReportData;
import tw.annualreport.report.ReportData.Flag;
import tw.annualreport.report.ReportData.FlagKind;
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
 * 陸、檢討與改進: the shortfalls of {@code ReviewFlags}, each with its 改進措施, 承辦單位 and 預定完成日期
 * from improvements.csv (left empty for the officer to fill in where none was given), then the
 * agency's own items; the PDF groups them by kind under their own headings, the sheet lists them
 * with their kind.
 */
final class ReviewSection implements Section {

	static final String TITLE = "陸、檢討與改進";

	static final Table FLAGS = Table.of("review.flags", Column.pdf("項目", Kind.TEXT, Align.LEFT, 130),
			Column.pdf("現況與檢討", Kind.TEXT, Align.LEFT, 140), Column.pdf("改進措施", Kind.TEXT, Align.LEFT, 135),
			Column.pdf("承辦單位", Kind.TEXT, Align.LEFT, 48), Column.pdf("預定完成日期", Kind.DATE, Align.CENTER, 62));

	static final Table KINDS_AND_FLAGS = Table.of("review.kindsAndFlags", Column.sheet("類別", Kind.TEXT, 180),
			Column.sheet("項目", Kind.TEXT, 450), Column.sheet("現況", Kind.TEXT, 420), Column.sheet("檢討", Kind.TEXT, 300),
			Column.sheet("改進措施", Kind.TEXT, 420), Column.sheet("承辦單位", Kind.TEXT, 120),
			Column.sheet("預定完成日期", Kind.DATE, 100));

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
				+ number(r.passThreshold()) + " 分；問卷題目滿意度低於目標 " + percent(r.satisfactionTarget()) + "。"
				+ "各項之改進措施、承辦單位及預定完成日期取自「檢討與改進」資料檔；" + blanks(r));
		int n = 0;
		for (FlagKind kind : FlagKind.values()) {
			List<Flag> flags = r.flags().stream().filter((f) -> f.kind() == kind).toList();
			if (kind == FlagKind.OWN_ITEM && flags.isEmpty()) {
				continue;
			}
			String heading = Texts.ordinal(n++) + kind.label(d.levels()) + "（" + flags.size() + " " + kind.counter() + "）";
			if (flags.isEmpty()) {
				pdf.paragraph(heading, "無。");
			}
			else {
				pdf.table(heading, FLAGS, flags.stream().map(ReviewSection::row).toList());
			}
		}
	}

	/** What the officer still has to fill in: 「改進措施欄空白者（2 項）尚未填寫，請承辦人於送出前補填。」 */
	static String blanks(ReportData.Review review) {
		int blank = review.withoutImprovement().size();
		return (blank == 0) ? "各項均已填寫改進措施。" : "改進措施欄空白者（" + blank + " 項）尚未填寫，請承辦人於送出前補填。";
	}

	private static List<Cell> row(Flag f) {
		Improvement i = f.improvement();
		return FLAGS.row(f.item(), state(f), (i == null) ? "" : i.action(), (i == null) ? "" : Texts.nz(i.units()),
				(i == null) ? null : i.due());
	}

	/** A flag's figures with the officer's own 檢討 under them (an item of the agency's own: its 檢討). */
	static String state(Flag f) {
		Improvement i = f.improvement();
		if (i == null || f.kind() == FlagKind.OWN_ITEM || i.finding() == null) {
			return f.detail();
		}
		return f.detail() + "\n檢討：" + i.finding();
	}

	@Override
	public void writeSheets(ReportData d, Workbook workbook) {
		List<Flag> flags = d.review().flags();
		workbook.sheet(SHEET, TITLE)
			.table(KINDS_AND_FLAGS, flags.isEmpty() ? List.of(KINDS_AND_FLAGS.row("", "無未達預期之事項", "", "", "", "", null))
					: flags.stream().map((f) -> sheetRow(f, d.levels())).toList());
	}

	static List<Cell> sheetRow(Flag f, PlanLevels levels) {
		Improvement i = f.improvement();
		if (i == null) {
			return KINDS_AND_FLAGS.row(f.kind().label(levels), f.item(), f.detail(), "", "", "", null);
		}
		String state = (f.kind() == FlagKind.OWN_ITEM) ? "" : f.detail();
		return KINDS_AND_FLAGS.row(f.kind().label(levels), f.item(), state, Texts.nz(i.finding()), i.action(),
				Texts.nz(i.units()), i.due());
	}

}
