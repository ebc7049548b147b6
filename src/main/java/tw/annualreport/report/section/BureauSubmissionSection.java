package tw.annualreport.report.section;

import java.time.format.DateTimeFormatter;
import java.util.List;

import tw.annualreport.report.BureauReportData;
import tw.annualreport.report.BureauReportData.Status;
import tw.annualreport.report.BureauReportData.Submission;
import tw.annualreport.report.ReportFormats;
import tw.annualreport.report.document.Align;
import tw.annualreport.report.document.Cell;
import tw.annualreport.report.document.Column;
import tw.annualreport.report.document.Kind;
import tw.annualreport.report.document.PdfDocument;
import tw.annualreport.report.document.SheetLayout;
import tw.annualreport.report.document.Table;
import tw.annualreport.report.document.Workbook;
import tw.annualreport.system.OfficerText;

/**
 * 參、資料繳交狀況: per agency under the bureau whether its data are in, when they were imported,
 * rows read and rejected, and for a failed agency why — what a bureau chases late agencies with.
 */
final class BureauSubmissionSection implements BureauSection {

	static final String TITLE = "參、資料繳交狀況";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	static final Table SUBMISSIONS = Table.of("bureau.submissions", new Column("機關代碼", Kind.TEXT, Align.LEFT, 48, 80),
			new Column("機關名稱", Kind.TEXT, Align.LEFT, 80, 180), new Column("繳交狀況", Kind.TEXT, Align.CENTER, 45, 80),
			new Column("繳交期限", Kind.TEXT, Align.CENTER, 45, 80), new Column("送出／核定", Kind.TEXT, Align.CENTER, 50, 110),
			new Column("資料狀況", Kind.TEXT, Align.CENTER, 42, 80), new Column("匯入時間", Kind.TEXT, Align.CENTER, 55, 120),
			new Column("讀入\n筆數", Kind.COUNT, Align.RIGHT, 32, 80), new Column("拒收\n筆數", Kind.COUNT, Align.RIGHT, 32, 80),
			new Column("說明", Kind.TEXT, Align.LEFT, 86, 420))
		.withHeaderHeight(22);

	static final SheetLayout SHEET = SheetLayout.of("bureau.submissions", TITLE, SUBMISSIONS);

	@Override
	public Section.Definition definition() {
		return new Section.Definition(TITLE, List.of(SUBMISSIONS), List.of(SHEET));
	}

	@Override
	public void writePdf(BureauReportData d, PdfDocument pdf) {
		pdf.paragraph(null, summary(d));
		pdf.table(null, SUBMISSIONS, rows(d));
		pdf.note("繳交狀況依機關名冊，逾期者註明「逾期」（未於繳交期限前送出）；無機關名冊時為「—」。"
				+ "匯入時間：該機關本年度資料最近一次匯入完成（發布）之時間；本次失敗者為其最近一次匯入開始之時間，讀入與拒收筆數亦為該次匯入。");
	}

	@Override
	public void writeSheets(BureauReportData d, Workbook workbook) {
		workbook.sheet(SHEET, TITLE).note(summary(d)).table(SUBMISSIONS, rows(d));
	}

	private static String summary(BureauReportData d) {
		return "所屬機關 " + d.submissions().size() + " 個：已繳交並納入彙整 " + BureauOverviewSection.of(d, Status.INCLUDED).size()
				+ " 個，本次產製失敗 " + BureauOverviewSection.of(d, Status.FAILED).size() + " 個，尚無統計 "
				+ BureauOverviewSection.of(d, Status.MISSING).size() + " 個"
				+ (BureauOverviewSection.of(d, Status.NOT_SUBMITTED).isEmpty() ? ""
						: "，未繳交 " + BureauOverviewSection.of(d, Status.NOT_SUBMITTED).size() + " 個")
				+ (BureauOverviewSection.of(d, Status.NOT_APPROVED).isEmpty() ? ""
						: "，未核定 " + BureauOverviewSection.of(d, Status.NOT_APPROVED).size() + " 個")
				+ "。";
	}

	private static List<List<Cell>> rows(BureauReportData d) {
		return d.submissions().stream().map(BureauSubmissionSection::row).toList();
	}

	private static List<Cell> row(Submission s) {
		String time = (s.importedAt() == null) ? "未匯入"
				: ReportFormats.rocShortDate(s.importedAt().toLocalDate()) + " " + TIME.format(s.importedAt());
		String detail = switch (s.status()) {
			case INCLUDED -> "已納入彙整";
			case FAILED -> OfficerText.of(s.reason());
			case MISSING -> "已匯入，尚未產製本年度統計";
			case NOT_SUBMITTED -> "尚未繳交任何資料";
			case NOT_APPROVED -> "報告尚未核定，未納入正式彙整";
		};
		BureauReportData.Standing st = s.standing();
		if (st != null && !st.registered()) {
			detail = "未列於機關名冊；" + detail;
		}
		String standing = (st == null) ? ReportFormats.NONE : st.status() + (st.late() ? "（逾期）" : "");
		String due = (st == null || st.due() == null) ? ReportFormats.NONE : ReportFormats.rocShortDate(st.due());
		String sent = (st == null || st.sentAt() == null) ? ReportFormats.NONE
				: ReportFormats.rocShortDate(st.sentAt())
						+ (st.decidedAt() == null ? "" : "／" + ReportFormats.rocShortDate(st.decidedAt()));
		return SUBMISSIONS.row(s.code(), s.name(), standing, due, sent, s.status().label(), time, count(s.read()),
				count(s.rejected()), detail);
	}

	private static Object count(Long value) {
		return (value == null) ? Cell.text(ReportFormats.NONE) : value;
	}

}
