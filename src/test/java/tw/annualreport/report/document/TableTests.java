package tw.annualreport.report.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TableTests {

	static final Table TABLE = Table.of("test.table", new Column("名稱", Kind.TEXT, Align.LEFT, 200, 100),
			new Column("滿意度", Kind.PERCENT, Align.RIGHT, 100, 80), new Column("次數", Kind.COUNT, Align.RIGHT, 100, 80),
			new Column("目標值", Kind.NUMBER, Align.RIGHT, 115, 80));

	@Test
	void thePdfShowsAFigureRoundedHalfUpAndTheSheetKeepsItUnroundedWithItsFormat() {
		List<Cell> row = TABLE.row("櫃檯", 0.78785, 1234L, 4.25);

		assertThat(row).extracting(Cell::pdf).containsExactly("櫃檯", "78.8%", "1,234", "4.25");
		assertThat(row).extracting(Cell::sheet)
			.containsExactly("櫃檯", new Cells.Num(0.78785, "0.0%"), new Cells.Num(1234, "#,##0"),
					new Cells.Num(4.25, "#,##0.0#"));
	}

	@Test
	void aViewShowsTheSameRowInItsOwnOrderAndKinds() {
		Table view = TABLE.view("test.view", List.of(2, 0), Column.sheet("次數", Kind.INTEGER), Column.sheet("名稱", Kind.TEXT));

		assertThat(view.row("櫃檯", 0.78785, 1234L, 4.25)).extracting(Cell::pdf).containsExactly("1234", "櫃檯");
		assertThatIllegalArgumentException().isThrownBy(() -> TABLE.view("test.bad", List.of(4), Column.sheet("x", Kind.TEXT)));
	}

	@Test
	void aMissingFigureIsADashInBothAndABlankCellIsNothing() {
		List<Cell> row = TABLE.row(null, null, null, Cell.blank());

		assertThat(row).extracting(Cell::pdf).containsExactly("", "—", "—", null);
		assertThat(row).extracting(Cell::sheet).containsExactly("", "—", "—", null);
	}

	@Test
	void aValueAsTypedKeepsWholeNumbersWholeInTheSheet() {
		Cell cell = TABLE.row("", null, null, 1200.0).get(3);

		assertThat(cell.pdf()).isEqualTo("1,200");
		assertThat(cell.sheet()).isEqualTo(new Cells.Num(1200, "#,##0"));
	}

	@Test
	void textIsTextInAnyColumnAndACellGivenIsTakenAsItIs() {
		List<Cell> row = TABLE.row("全機關", "=1+2", Cell.score(88.25));

		assertThat(row.get(1).sheet()).isEqualTo("=1+2");
		assertThat(row.get(2).pdf()).isEqualTo("88.3");
		assertThat(row.get(2).sheet()).isEqualTo(new Cells.Num(88.25, "0.0"));
	}

	@Test
	void aDateIsAShortRocDateInThePdfAndADateCellInTheSheet() {
		Cell cell = new Cell(LocalDate.of(2024, 3, 10), Kind.DATE);
		Cell missing = new Cell(null, Kind.DATE);

		assertThat(cell.pdf()).isEqualTo("113/03/10");
		assertThat(cell.sheet()).isEqualTo(new Cells.Day(LocalDate.of(2024, 3, 10)));
		// a date nobody gave is left blank (an improvement's 預定完成日期 to be filled in)
		assertThat(missing.pdf()).isEqualTo("");
		assertThat(missing.sheet()).isEqualTo("");
	}

	@Test
	void aRowLongerThanItsTableFails() {
		assertThatIllegalArgumentException().isThrownBy(() -> TABLE.row("a", 1.0, 2L, 3.0, "e"))
			.withMessageContaining("test.table");
	}

	@Test
	void aKindIsFoundByItsSheetFormat() {
		assertThat(Kind.ofPattern("0.0%")).isEqualTo(Kind.PERCENT);
		assertThat(Kind.ofPattern("0")).isEqualTo(Kind.INTEGER);
		assertThat(Kind.ofPattern(null)).isEqualTo(Kind.TEXT);
		assertThatIllegalArgumentException().isThrownBy(() -> Kind.ofPattern("0.00"));
	}

	@Test
	void thePdfTakesOnlyTheTablesItsTemplateWasCompiledWith() {
		PdfDocument pdf = new PdfDocument(Set.of(TABLE));
		pdf.table("一、測試", TABLE, List.of(TABLE.row("櫃檯", 0.5)));

		assertThat(pdf.blocks()).singleElement()
			.satisfies((block) -> assertThat(block.layout()).isEqualTo("test.table"))
			.satisfies((block) -> assertThat(block.cells()).containsExactly("櫃檯", "50.0%"));
		Table other = Table.of("test.other", Column.pdf("名稱", Kind.TEXT, Align.LEFT, 515));
		assertThatIllegalArgumentException().isThrownBy(() -> pdf.table("二、其他", other, List.of()))
			.withMessageContaining("test.other");
	}

}
