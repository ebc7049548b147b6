package tw.annualreport.report.section;

import java.util.ArrayList;
import java.util.List;

import tw.annualreport.figures.Rounding;
import tw.annualreport.report.BureauReportData;
import tw.annualreport.report.ConsolidatedTables;
import tw.annualreport.report.ReportFormats;
import tw.annualreport.report.document.Align;
import tw.annualreport.report.document.Block.ChartPoint;
import tw.annualreport.report.document.Cell;
import tw.annualreport.report.document.Column;
import tw.annualreport.report.document.Kind;
import tw.annualreport.report.document.PdfDocument;
import tw.annualreport.report.document.SheetLayout;
import tw.annualreport.report.document.Table;
import tw.annualreport.report.document.Workbook;
import tw.annualreport.summary.BureauSummary;
import tw.annualreport.summary.BureauSummary.AgencyRow;
import tw.annualreport.summary.KeyFigure;
import tw.annualreport.summary.KeyFigures;

/**
 * 貳、各機關關鍵指標: one row per agency with its key figures and ranks and its rows rejected, then
 * the bureau's pooled row; each survey's overall satisfaction per agency with its n; a bar chart
 * per key figure comparing the agencies, the bureau's figure as a line across the bars.
 */
final class BureauFiguresSection implements BureauSection {

	static final String TITLE = "貳、各機關關鍵指標";

	static final String POOLED_ROW = "全局（依筆數合計）";

	/** The key figures every agency has, as columns of the agencies' table. */
	private static final List<KeyFigure> FIXED = KeyFigure.fixed();

	static final Table AGENCIES = agencies();

	static final Table SURVEY = Table.of("bureau.survey", new Column("機關", Kind.TEXT, Align.LEFT, 175, 200),
			new Column("填答人數（n）", Kind.COUNT, Align.RIGHT, 70, 90), new Column("有效答項", Kind.COUNT, Align.RIGHT, 70, 90),
			new Column("滿意答項", Kind.COUNT, Align.RIGHT, 70, 90), new Column("整體滿意度", Kind.PERCENT, Align.RIGHT, 80, 90),
			new Column("名次", Kind.INTEGER, Align.CENTER, 50, 60));

	static final SheetLayout SURVEY_SHEET = SheetLayout.of("bureau.surveys", "貳、各機關滿意度", SURVEY);

	/** The agency, each fixed key figure with its rank (in the PDF's width), its rows rejected. */
	private static Table agencies() {
		List<Column> columns = new ArrayList<>(List.of(Column.pdf("機關", Kind.TEXT, Align.LEFT, 115)));
		int width = (515 - 115 - 40) / FIXED.size() - 30;
		for (KeyFigure figure : FIXED) {
			columns.add(Column.pdf(header(figure.label()), BureauFigures.kind(figure), Align.RIGHT, width));
			columns.add(Column.pdf("名次", Kind.INTEGER, Align.CENTER, 30));
		}
		columns.add(Column.pdf("拒收筆數", Kind.COUNT, Align.RIGHT, 40));
		return Table.of("bureau.agencies", columns.toArray(Column[]::new)).withHeaderHeight(34);
	}

	/** A long label on two lines: 「電話禮貌\n測試通過率」. */
	private static String header(String label) {
		return (label.length() > 6) ? label.substring(0, 4) + "\n" + label.substring(4) : label;
	}

	@Override
	public Section.Definition definition() {
		return new Section.Definition(TITLE, List.of(AGENCIES, SURVEY), List.of(ConsolidatedSheet.LAYOUT, SURVEY_SHEET));
	}

	@Override
	public void writePdf(BureauReportData d, PdfDocument pdf) {
		BureauSummary b = d.summary();
		if (b.agencies().isEmpty()) {
			pdf.paragraph(null, "本年度無可彙整之機關（見壹、彙整摘要及參、資料繳交狀況）。");
			return;
		}
		pdf.paragraph(null, "下表列出各機關之關鍵指標與名次（名次 1 為最佳，數值相同者同名次；無資料者不排名），末列為全局數值。");
		List<List<Cell>> rows = new ArrayList<>();
		for (AgencyRow a : b.agencies()) {
			List<Object> cells = new ArrayList<>(List.of(a.name()));
			for (KeyFigure figure : FIXED) {
				cells.add(a.figures().get(figure.key()));
				cells.add(rank(a, figure.key()));
			}
			cells.add(a.rowsRejected());
			rows.add(AGENCIES.row(cells.toArray()));
		}
		long rejected = b.agencies().stream().mapToLong(AgencyRow::rowsRejected).sum();
		List<Object> pooled = new ArrayList<>(List.of(POOLED_ROW));
		for (KeyFigure figure : FIXED) {
			pooled.add(b.pooled().figure(figure.key()).value());
			pooled.add(Cell.blank());
		}
		pooled.add(rejected);
		rows.add(AGENCIES.row(pooled.toArray()));
		pdf.table("一、各機關關鍵指標與名次", AGENCIES, rows);
		int n = 1;
		for (String code : b.surveyTitles().keySet()) {
			pdf.table(Texts.ordinal(n++) + b.surveyTitles().get(code) + "：各機關整體滿意度", SURVEY, surveyRows(b, code));
		}
		pdf.note(BureauFigures.POOLING);
		pdf.paragraph(Texts.ordinal(n) + "各機關比較圖", "各圖橫條為各機關之數值（數值標於機關名稱後），直線為全局數值（依筆數合計）；"
				+ "數值軸依各機關數值之範圍起訖，以便比較差異，非自 0 起算。");
		for (BureauFigures.Figure f : BureauFigures.of(b)) {
			chart(pdf, b, f);
		}
	}

	@Override
	public void writeSheets(BureauReportData d, Workbook workbook) {
		ConsolidatedSheet.write(ConsolidatedTables.of(d.summary()), workbook);
		Workbook.Rows rows = workbook.sheet(SURVEY_SHEET, SURVEY_SHEET.name());
		for (String code : d.summary().surveyTitles().keySet()) {
			rows.title(d.summary().surveyTitles().get(code)).table(SURVEY, surveyRows(d.summary(), code)).blank();
		}
	}

	private static List<List<Cell>> surveyRows(BureauSummary b, String code) {
		String metric = KeyFigures.surveyRate(code);
		List<List<Cell>> rows = new ArrayList<>();
		for (AgencyRow a : b.agencies()) {
			KeyFigure.Fraction counts = a.counts().get(metric);
			if (counts == null) {
				rows.add(SURVEY.row(a.name(), Cell.text("未辦理")));
			}
			else {
				rows.add(SURVEY.row(a.name(), a.respondents().get(code), counts.denominator(), (long) counts.numerator(),
						counts.ratio(), rank(a, metric)));
			}
		}
		BureauSummary.PooledFigure pooled = b.pooled().figure(metric);
		rows.add(SURVEY.row(POOLED_ROW, b.pooled().respondents().get(code), pooled.denominator(),
				(long) pooled.numerator(), pooled.value(), Cell.blank()));
		return rows;
	}

	/** The rank as a cell: 「—」 for an agency without the figure. */
	private static Object rank(AgencyRow a, String metric) {
		Integer rank = a.ranks().get(metric);
		return (rank == null) ? Cell.text(ReportFormats.NONE) : rank;
	}

	/**
	 * Bars per agency (percentages as %, scores as they are), each agency's value after its name,
	 * the bureau's figure as a line; the value axis spans the agencies' values (and the bureau's),
	 * so that 81 and 90 look different.
	 */
	private static void chart(PdfDocument pdf, BureauSummary b, BureauFigures.Figure f) {
		boolean percent = f.kind() == Kind.PERCENT;
		List<ChartPoint> points = new ArrayList<>();
		List<Double> plotted = new ArrayList<>();
		for (AgencyRow a : b.agencies()) {
			Double value = a.figures().get(f.metric());
			String shown = percent ? ReportFormats.percent(value) : ReportFormats.score(value);
			points.add(new ChartPoint(percent ? "各機關（%）" : "各機關（分）", a.name() + "　" + shown, plotted(value, percent),
					shown));
			plotted.add(plotted(value, percent));
		}
		String pooled = percent ? ReportFormats.percent(f.pooled()) : ReportFormats.score(f.pooled());
		Double reference = plotted(f.pooled(), percent);
		plotted.add(reference);
		double[] axis = axis(plotted);
		pdf.compareChart(f.label() + "：各機關與全局（" + pooled + "）", points, reference, "全局（依筆數合計）" + pooled,
				axis[0], axis[1], f.label() + (percent ? "（%）" : "（分）"));
	}

	/**
	 * The value axis of a comparison: from a little below the smallest value to a little above the
	 * largest, on steps of 5, within 0-100 (a rate in %, a score of 100).
	 */
	static double[] axis(List<Double> values) {
		double min = values.stream().filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).min().orElse(0);
		double max = values.stream().filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).max().orElse(100);
		double pad = Math.max(2, (max - min) * 0.15);
		double low = Math.max(0, Math.floor((min - pad) / 5) * 5);
		double high = Math.min(100, Math.ceil((max + pad) / 5) * 5);
		if (high - low < 10) {
			high = Math.min(100, low + 10);
			low = Math.max(0, high - 10);
		}
		return new double[] { low, high };
	}

	private static Double plotted(Double value, boolean percent) {
		if (value == null) {
			return null;
		}
		return percent ? Rounding.percent(value, 1).doubleValue() : Rounding.halfUp(value, 1).doubleValue();
	}

}
