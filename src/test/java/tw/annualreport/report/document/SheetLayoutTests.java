package tw.annualreport.report.document;

import java.util.List;

import org.junit.jupiter.api.Test;

import tw.annualreport.report.document.SheetRow.RowKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SheetLayoutTests {

	static final Table WIDE = Table.of("test.wide", Column.sheet("單位", Kind.TEXT, 150), Column.sheet("次數", Kind.COUNT, 120),
			Column.sheet("平均", Kind.SCORE, 75));

	static final Table NARROW = Table.of("test.narrow", Column.sheet("事由", Kind.TEXT), Column.sheet("次數", Kind.COUNT));

	@Test
	void aSheetsColumnsAreAsWideAsItsTablesSay() {
		SheetLayout layout = SheetLayout.of("test", "測試", NARROW, WIDE);

		assertThat(layout.columnWidths()).containsExactly(150, 120, 75);
		assertThat(layout.width()).isEqualTo(345);
	}

	@Test
	void tablesOfOneSheetMustNotContradictEachOther() {
		Table other = Table.of("test.other", Column.sheet("單位", Kind.TEXT, 100));

		assertThatIllegalArgumentException().isThrownBy(() -> SheetLayout.of("test", "測試", WIDE, other))
			.withMessageContaining("test.other");
	}

	@Test
	void everyColumnOfASheetHasAWidth() {
		assertThatIllegalArgumentException().isThrownBy(() -> SheetLayout.of("test", "測試", NARROW));
	}

	@Test
	void aSheetStartsWithTheTitleAndTheNoteFrozenDownToItsFirstHeader() {
		Workbook workbook = new Workbook("機關 113年度提升服務成果報告", "報告日期：114年1月15日。");
		workbook.sheet(SheetLayout.of("test", "測試", WIDE), "參、測試")
			.table(WIDE, List.of(WIDE.row("櫃檯", 3L, 88.25)))
			.blank()
			.title("其他");

		Sheet sheet = workbook.sheets().get(0);
		assertThat(sheet.rows()).extracting(SheetRow::kind).containsExactly(RowKind.TITLE, RowKind.NOTE, RowKind.HEAD, RowKind.DATA, RowKind.BLANK, RowKind.TITLE);
		assertThat(sheet.rows().get(0).cells()).containsExactly("機關 113年度提升服務成果報告　參、測試");
		assertThat(sheet.rows().get(3).cells()).containsExactly("櫃檯", new Cells.Num(3, "#,##0"), new Cells.Num(88.25, "0.0"));
		assertThat(sheet.frozenRows()).isEqualTo(3);
	}

	@Test
	void aSheetTakesOnlyTheTablesOfItsLayout() {
		Workbook.Rows rows = new Workbook("t", null).sheet(SheetLayout.of("test", "測試", WIDE), null);

		assertThatIllegalArgumentException().isThrownBy(() -> rows.head(NARROW)).withMessageContaining("test.narrow");
	}

}
