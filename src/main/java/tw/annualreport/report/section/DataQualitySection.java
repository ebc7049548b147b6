package tw.annualreport.report.section;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tw.annualreport.report.ReportData;
import tw.annualreport.report.document.Align;
import tw.annualreport.report.document.Cell;
import tw.annualreport.report.document.Column;
import tw.annualreport.report.document.Kind;
import tw.annualreport.report.document.PdfDocument;
import tw.annualreport.report.document.SheetLayout;
import tw.annualreport.report.document.Table;
import tw.annualreport.report.document.Workbook;
import tw.annualreport.source.SourceFile;
import tw.annualreport.summary.AgencySummary.FileRows;
import tw.annualreport.summary.AgencySummary.Indicator;

import static tw.annualreport.report.ReportData.unitAfter;
import static tw.annualreport.report.ReportFormats.number;
import static tw.annualreport.report.ReportFormats.rocDate;
import static tw.annualreport.report.section.Texts.nz;

/** 資料品質說明: rows read, accepted and rejected per source file, and how figures are rounded. */
final class DataQualitySection implements Section {

	static final String TITLE = "資料品質說明";

	static final Table FILES = Table.of("dataQuality.files", Column.pdf("資料檔", Kind.TEXT, Align.LEFT, 160),
			Column.pdf("來源檔名", Kind.TEXT, Align.LEFT, 125), Column.pdf("讀取列數", Kind.COUNT, Align.RIGHT, 75),
			Column.pdf("接受", Kind.COUNT, Align.RIGHT, 75), Column.pdf("剔除", Kind.COUNT, Align.RIGHT, 80));

	static final Table FILE_RATES = Table.of("dataQuality.fileRates", Column.sheet("資料檔", Kind.TEXT, 120),
			Column.sheet("來源檔名", Kind.TEXT, 220), Column.sheet("讀取列數", Kind.COUNT, 90),
			Column.sheet("接受列數", Kind.COUNT, 90), Column.sheet("剔除列數", Kind.COUNT, 90),
			Column.sheet("剔除比率", Kind.PERCENT, 90));

	static final Table UNPRINTABLE = Table.of("dataQuality.unprintable", Column.pdf("資料檔", Kind.TEXT, Align.LEFT, 160),
			Column.pdf("列", Kind.TEXT, Align.RIGHT, 75), Column.pdf("字元", Kind.TEXT, Align.CENTER, 120),
			Column.pdf("字碼", Kind.TEXT, Align.CENTER, 160));

	static final SheetLayout SHEET = SheetLayout.of("rows", TITLE, FILE_RATES);

	@Override
	public Definition definition() {
		return new Definition(TITLE, List.of(FILES, UNPRINTABLE), List.of(SHEET));
	}

	@Override
	public void writePdf(ReportData d, PdfDocument pdf) {
		pdf.paragraph(null, "本報告依 " + d.rocYear() + " 年度匯入之原始資料產製。各資料檔之讀取列數 = 接受列數 + 剔除列數；"
				+ ((d.problems() == 0) ? "本年度各資料檔均無剔除列，亦無警告。"
						: "剔除列（及保留但有警告之列）之檔名、列號、欄位、內容與原因列於同一輸出資料夾之 rejects.csv（共 "
								+ d.problems() + " 筆）。"));
		List<List<Cell>> rows = new ArrayList<>();
		long read = 0;
		long accepted = 0;
		long rejected = 0;
		for (Map.Entry<String, FileRows> file : d.summary().rows().entrySet()) {
			FileRows f = file.getValue();
			rows.add(FILES.row(label(file.getKey()), nz(f.source()), f.read(), f.accepted(), f.rejected()));
			read += f.read();
			accepted += f.accepted();
			rejected += f.rejected();
		}
		rows.add(FILES.row("合計", "", read, accepted, rejected));
		pdf.table("各資料檔列數", FILES, rows);
		if (!d.unprintable().isEmpty()) {
			pdf.table("報告字型無法顯示的字元", UNPRINTABLE, d.unprintable()
				.stream()
				.map((u) -> UNPRINTABLE.row(u.file(), (u.row() == null) ? "" : Integer.toString(u.row()), u.character(),
						u.code()))
				.toList());
			pdf.note("上列字元在本報告中可能無法正確顯示（原始資料仍完整保存於資料庫及試算表），請以其他寫法改寫或與系統管理者聯繫。");
		}
		String recorded = recordedActuals(d);
		if (!recorded.isEmpty()) {
			pdf.note(recorded);
		}
		int blank = d.review().withoutImprovement().size();
		if (blank > 0) {
			pdf.note("陸、檢討與改進所列事項中，有 " + blank + " 項未在「檢討與改進」資料檔填寫改進措施，其改進措施、承辦單位及預定完成日期欄留空，請於送出前補填。");
		}
		List<String> empty = emptyFiles(d);
		if (!empty.isEmpty()) {
			pdf.note("注意：下列資料檔只有標題列、沒有任何資料列，相關統計為 0 或無法計算，請確認是否漏填：" + String.join("、", empty) + "。");
		}
		pdf.note("報告日期：" + rocDate(d.reportDate()) + "。百分比與分數四捨五入至小數第 1 位，Cronbach's α 至小數第 3 位。"
				+ "本報告文字中之電話號碼、電子郵件、身分證字號及可辨識之姓名均已遮蔽（封面之機關聯絡資訊除外），原始資料僅保存於資料庫。");
	}

	@Override
	public void writeSheets(ReportData d, Workbook workbook) {
		workbook.sheet(SHEET, TITLE)
			.table(FILE_RATES, d.summary().rows()
				.entrySet()
				.stream()
				.map((file) -> fileRates(file.getKey(), file.getValue()))
				.toList());
	}

	/**
	 * The indicators counted in their measure's 場次 or 人次 whose execution records typed a different
	 * 指標實績: 「2.1.2 衛教宣導場次：執行紀錄填報 56 場，該措施場次合計 38 場」, so that the two
	 * numbers cannot silently disagree. Empty when none differs.
	 */
	static String recordedActuals(ReportData d) {
		List<String> lines = d.summary()
			.indicators()
			.stream()
			.filter(Indicator::recordedDiffers)
			.map((i) -> d.reference(i.code()) + " " + i.name() + "：執行紀錄填報指標實績 " + number(i.recordedActual()) + unitAfter(i)
					+ "，該" + d.levels().measures() + i.ownFigure() + "合計 " + number(i.actual()) + unitAfter(i))
			.toList();
		return lines.isEmpty() ? "" : "下列指標以" + d.levels().measures() + "之場次或人次合計為實績，與執行紀錄填報之指標實績不同，"
				+ "報告採合計，請確認執行紀錄：" + String.join("；", lines) + "。";
	}

	/** Files that were there but held no data row (only the header): worth a warning, not a silent 0 %. */
	static List<String> emptyFiles(ReportData d) {
		return d.summary().rows()
			.entrySet()
			.stream()
			.filter((file) -> file.getValue().source() != null && file.getValue().read() == 0)
			.map((file) -> label(file.getKey()))
			.toList();
	}

	private static List<Cell> fileRates(String file, FileRows f) {
		return FILE_RATES.row(label(file), nz(f.source()), f.read(), f.accepted(), f.rejected(),
				(f.read() == 0) ? null : (double) f.rejected() / f.read());
	}

	/** What the officer calls a source file: 執行紀錄, 電話禮貌測試 (its file name is in 來源檔名). */
	private static String label(String file) {
		return SourceFile.ofFileName(file).map(SourceFile::label).orElse(file);
	}

}
