package tw.annualreport.report.spreadsheet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SheetGridTests {

	@Test
	void countsTheLinesAWrappedTextTakes() {
		// a column of 104 points holds 10 full-width characters of 10 points (4 of padding)
		assertThat(SheetGrid.lines("一二三四五六七八九十", 104, 10)).isEqualTo(1);
		assertThat(SheetGrid.lines("一二三四五六七八九十一", 104, 10)).isEqualTo(2);
		// half-width characters take about half: 18 of 5.5 points fit in 100
		assertThat(SheetGrid.lines("abcdefghijklmnopqr", 104, 10)).isEqualTo(1);
		assertThat(SheetGrid.lines("abcdefghijklmnopqrs", 104, 10)).isEqualTo(2);
		// each line break starts a line; a character outside the BMP is one character
		assertThat(SheetGrid.lines("一\n二\n", 104, 10)).isEqualTo(3);
		assertThat(SheetGrid.lines("𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋", 104, 10)).isEqualTo(1);
		assertThat(SheetGrid.lines(null, 104, 10)).isEqualTo(1);
	}

}
