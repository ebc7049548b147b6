package tw.annualreport.report.section;

import java.util.ArrayList;
import java.util.List;

import tw.annualreport.report.BureauReportData;
import tw.annualreport.report.BureauReportData.Status;
import tw.annualreport.report.BureauReportData.Submission;
import tw.annualreport.report.document.Align;
import tw.annualreport.report.document.Cell;
import tw.annualreport.report.document.Column;
import tw.annualreport.report.document.Kind;
import tw.annualreport.report.document.PdfDocument;
import tw.annualreport.report.document.SheetLayout;
import tw.annualreport.report.document.Table;
import tw.annualreport.report.document.Workbook;
import tw.annualreport.summary.BureauSummary;
import tw.annualreport.system.OfficerText;

/**
 * 壹、彙整摘要: which agencies are included, which failed (and why) and which have no figures; the
 * bureau-wide figures with the sums they are divided from, and how they are pooled.
 */
final class BureauOverviewSection implements BureauSection {

	static final String TITLE = "壹、彙整摘要";

	static final Table POOLED = Table.of("bureau.pooled", new Column("指標", Kind.TEXT, Align.LEFT, 150, 200),
			new Column("全局數值", Kind.PERCENT, Align.RIGHT, 70, 90), new Column("分子合計", Kind.NUMBER, Align.RIGHT, 85, 100),
			new Column("分母合計", Kind.COUNT, Align.RIGHT, 85, 100), new Column("計算方式", Kind.TEXT, Align.LEFT, 125, 220));

	/** A city's run (研考會): each bureau's agencies and where they stand. */
	static final Table PART_STANDINGS = Table.of("bureau.partStandings", new Column("局處", Kind.TEXT, Align.LEFT, 150, 200),
			new Column("納入彙整機關數", Kind.COUNT, Align.RIGHT, 85, 110),
			new Column("繳交狀況", Kind.TEXT, Align.LEFT, 215, 300), new Column("逾期", Kind.COUNT, Align.RIGHT, 65, 80));

	/** A city's run: each bureau's figures, pooled from its own agencies' counts. */
	static final Table PART_FIGURES = Table.of("bureau.partFigures", new Column("局處", Kind.TEXT, Align.LEFT, 120, 200),
			new Column("指標", Kind.TEXT, Align.LEFT, 150, 200), new Column("數值", Kind.PERCENT, Align.RIGHT, 65, 90),
			new Column("分子合計", Kind.NUMBER, Align.RIGHT, 90, 100), new Column("分母合計", Kind.COUNT, Align.RIGHT, 90, 100));

	static final SheetLayout SHEET = SheetLayout.of("bureau.summary", TITLE, POOLED);

	/** A city's run only: a sheet each, their columns being unlike the pooled table's. */
	static final SheetLayout PART_STANDINGS_SHEET = SheetLayout.of("bureau.partStandings", "壹、各局處繳交狀況", PART_STANDINGS);

	static final SheetLayout PART_FIGURES_SHEET = SheetLayout.of("bureau.partFigures", "壹、各局處數值", PART_FIGURES);

	@Override
	public Section.Definition definition() {
		return new Section.Definition(TITLE, List.of(POOLED, PART_STANDINGS, PART_FIGURES),
				List.of(SHEET, PART_STANDINGS_SHEET, PART_FIGURES_SHEET));
	}

	@Override
	public void writePdf(BureauReportData d, PdfDocument pdf) {
		pdf.paragraph(null, included(d));
		List<Submission> failed = of(d, Status.FAILED);
		if (!failed.isEmpty()) {
			pdf.paragraph("未納入彙整（本次產製失敗）", String.join("\n", failed.stream().map(BureauOverviewSection::failure).toList()));
		}
		List<Submission> missing = of(d, Status.MISSING);
		if (!missing.isEmpty()) {
			pdf.paragraph("尚無統計之機關", String.join("、", missing.stream().map(BureauOverviewSection::name).toList())
					+ "：已有匯入資料，但本年度尚未產製統計，未納入彙整。");
		}
		pdf.table(city(d) ? "全市數值（依各局處所屬機關筆數合計）" : "全局數值（依各機關筆數合計）", POOLED, rows(d));
		pdf.note(BureauFigures.POOLING);
		if (city(d)) {
			pdf.table("各局處繳交狀況", PART_STANDINGS, partStandings(d));
			pdf.table("各局處數值（依各局處所屬機關筆數合計）", PART_FIGURES, partFigures(d));
			pdf.note(CITY_POOLING);
		}
	}

	/** Why the city's figures are not the mean of its bureaus'. */
	static final String CITY_POOLING = "全市與各局處數值皆以所屬機關原始筆數合計後計算，全市數值並非各局處數值之平均。";

	/** A city's consolidation (研考會) lists its bureaus. */
	private static boolean city(BureauReportData d) {
		return !d.summary().bureaus().isEmpty();
	}

	private static List<List<Cell>> partStandings(BureauReportData d) {
		List<List<Cell>> rows = new ArrayList<>();
		for (BureauSummary.BureauPart part : d.summary().bureaus()) {
			String statuses = part.statuses().isEmpty() ? "未設機關名冊"
					: String.join("，", part.statuses().entrySet().stream().map((e) -> e.getKey() + " " + e.getValue() + " 個").toList());
			rows.add(PART_STANDINGS.row(partName(part), (long) part.agencies(), statuses, part.late()));
		}
		return rows;
	}

	private static List<List<Cell>> partFigures(BureauReportData d) {
		List<List<Cell>> rows = new ArrayList<>();
		for (BureauSummary.BureauPart part : d.summary().bureaus()) {
			for (BureauFigures.Figure f : BureauFigures.of(d.summary(), part.pooled())) {
				rows.add(PART_FIGURES.row(partName(part), f.label(), new Cell(f.pooled(), f.kind()), f.numerator(),
						f.denominator()));
			}
		}
		return rows;
	}

	private static String partName(BureauSummary.BureauPart part) {
		return (part.name() == null || part.name().isBlank()) ? part.code() : part.name() + "（" + part.code() + "）";
	}

	@Override
	public void writeSheets(BureauReportData d, Workbook workbook) {
		Workbook.Rows rows = workbook.sheet(SHEET, TITLE).note(included(d));
		of(d, Status.FAILED).forEach((s) -> rows.note("未納入彙整（本次產製失敗）：" + failure(s)));
		rows.table(POOLED, rows(d)).note(BureauFigures.POOLING);
		if (city(d)) {
			workbook.sheet(PART_STANDINGS_SHEET, "各局處繳交狀況").table(PART_STANDINGS, partStandings(d));
			workbook.sheet(PART_FIGURES_SHEET, "各局處數值（依各局處所屬機關筆數合計）")
				.table(PART_FIGURES, partFigures(d))
				.note(CITY_POOLING);
		}
	}

	private static List<List<Cell>> rows(BureauReportData d) {
		List<List<Cell>> rows = new ArrayList<>();
		for (BureauFigures.Figure f : BureauFigures.of(d.summary())) {
			rows.add(POOLED.row(f.label(), new Cell(f.pooled(), f.kind()), f.numerator(), f.denominator(), f.basis()));
		}
		return rows;
	}

	/**
	 * 「所屬機關共 40 個，已核定 31 個，已送出 3 個，退回 1 個，未繳交 5 個；逾期未送出 4 個，本年度彙整 3 個機關：…；
	 * 本次失敗 1 個；尚無統計 0 個。」 — the register's counts when the bureau keeps one.
	 */
	static String included(BureauReportData d) {
		List<Submission> included = of(d, Status.INCLUDED);
		return d.bureauName() + "所屬機關共 " + d.submissions().size() + " 個" + standings(d) + "，本年度彙整 " + included.size()
				+ " 個機關"
				+ (included.isEmpty() ? "" : "（" + String.join("、", included.stream().map(BureauOverviewSection::name).toList()) + "）")
				+ "；本次產製失敗 " + of(d, Status.FAILED).size() + " 個；尚無統計 " + of(d, Status.MISSING).size() + " 個"
				+ (of(d, Status.NOT_SUBMITTED).isEmpty() ? ""
						: "；未繳交 " + of(d, Status.NOT_SUBMITTED).size() + " 個（"
								+ String.join("、", of(d, Status.NOT_SUBMITTED).stream().map(BureauOverviewSection::name).toList()) + "）")
				+ (of(d, Status.NOT_APPROVED).isEmpty() ? ""
						: "；報告未核定、未納入正式彙整 " + of(d, Status.NOT_APPROVED).size() + " 個（"
								+ String.join("、", of(d, Status.NOT_APPROVED).stream().map(BureauOverviewSection::name).toList()) + "）")
				+ "。";
	}

	/** 「，已核定 31 個，已送出 3 個，未繳交 5 個；逾期未送出 4 個」, in the statuses' order; empty without a register. */
	private static String standings(BureauReportData d) {
		List<BureauReportData.Standing> all = d.submissions().stream().map(Submission::standing).filter((s) -> s != null).toList();
		if (all.isEmpty()) {
			return "";
		}
		StringBuilder text = new StringBuilder();
		for (String status : List.of("已核定", "已送出", "退回", "草稿", "已上傳", "失敗", "未繳交")) {
			long n = all.stream().filter((s) -> s.status().equals(status)).count();
			if (n > 0 || status.equals("已核定")) {
				text.append("，").append(status).append(" ").append(n).append(" 個");
			}
		}
		long late = all.stream().filter(BureauReportData.Standing::late).count();
		// after all the statuses, not after the last: a draft past its due date is late too
		return text.append(late > 0 ? "；逾期未送出 " + late + " 個" : "").toString();
	}

	static List<Submission> of(BureauReportData d, Status status) {
		return d.submissions().stream().filter((s) -> s.status() == status).toList();
	}

	static String name(Submission s) {
		return s.name().equals(s.code()) ? s.code() : s.name() + "（" + s.code() + "）";
	}

	private static String failure(Submission s) {
		// the job's reason in the bureau's words: no step name, exception class or command-line advice
		return name(s) + "：" + OfficerText.of(s.reason());
	}

}
