package tw.annualreport.report.spreadsheet;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import tw.annualreport.report.document.Cell;
import tw.annualreport.report.document.Column;
import tw.annualreport.report.document.Kind;
import tw.annualreport.report.document.Sheet;
import tw.annualreport.report.document.SheetLayout;
import tw.annualreport.report.document.Table;
import tw.annualreport.report.document.Workbook;

/** A small workbook with every kind of row and cell the report writes, and text that must stay text. */
final class SpreadsheetFixture {

	static final Table RECORDS = Table.of("records", Column.sheet("項目", Kind.TEXT, 120),
			Column.sheet("日期", Kind.DATE, 60), Column.sheet("場次", Kind.COUNT, 60), Column.sheet("達成率", Kind.PERCENT, 60));

	static final SheetLayout LAYOUT = SheetLayout.of("fixture", "貳、執行紀錄", RECORDS);

	private SpreadsheetFixture() {
	}

	/** Title, note, header, three data rows, a blank row, a second header and one more row. */
	static List<Sheet> sheets() {
		Workbook workbook = new Workbook("測試衛生所 113年度提升服務成果報告", "報告日期：114年1月15日。");
		workbook.sheet(LAYOUT, "貳、執行紀錄")
			.table(RECORDS, List.of(
					row(Cell.text("=SUM(A1:A2)"), new Cell(LocalDate.of(2024, 5, 21), Kind.DATE), Cell.count(1200),
							Cell.percent(0.78787)),
					row(Cell.text("<衛教&宣導> \u0001"), new Cell(null, Kind.DATE), Cell.count(3), Cell.percent(null)),
					row(Cell.text("第一行\n第二行"), Cell.blank(), Cell.blank(), Cell.percent(1.0))))
			.blank()
			.table(RECORDS, List.of(row(Cell.text("𠀋"), Cell.blank(), Cell.count(0), Cell.blank())));
		return workbook.sheets();
	}

	private static List<Cell> row(Cell... cells) {
		return Arrays.asList(cells);
	}

}
