package tw.annualreport.report.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which rows of a table stay on one page (the template's keep groups act on these marks). */
class PdfDocumentTests {

	private static final Table TABLE = TableTests.TABLE;

	@Test
	void aSmallTableIsKeptWholeAndAsksForItsHeight() {
		PdfDocument pdf = new PdfDocument(Set.of(TABLE));

		pdf.table("一、小表", TABLE, rows(5));

		// heading 26 + header 22 + 5 rows × 18 = 138, asked as 160 (steps of 40)
		assertThat(pdf.blocks()).hasSize(5).allSatisfy((b) -> {
			assertThat(b.keepWhole()).isEqualTo(160);
			assertThat(b.keepTail()).isNull();
		});
	}

	@Test
	void aLongTableBreaksButKeepsItsLastThreeRowsTogether() {
		PdfDocument pdf = new PdfDocument(Set.of(TABLE));

		pdf.table("二、長表", TABLE, rows(30));

		// 26 + 22 + 30 × 18 = 588 > 360: not whole; the last 3 rows (54) ask for 80
		List<Block> blocks = pdf.blocks();
		assertThat(blocks).allSatisfy((b) -> assertThat(b.keepWhole()).isNull());
		assertThat(blocks.subList(0, 27)).allSatisfy((b) -> assertThat(b.keepTail()).isNull());
		assertThat(blocks.subList(27, 30)).allSatisfy((b) -> assertThat(b.keepTail()).isEqualTo(80));
	}

	@Test
	void aRowOfLongTextIsAsTallAsItsLines() {
		// 名稱 is 200 wide: 194 points of text, 21 full-width characters of 9 points a line; 50 take 3 lines
		List<String> cells = List.of("字".repeat(50), "1.0%");

		assertThat(TableHeight.row(TABLE, cells)).isEqualTo((int) Math.ceil(4 + 3 * TableHeight.LINE));
		assertThat(TableHeight.lines("非常不滿意", 44, 8.5)).isOne();
		assertThat(TableHeight.lines("非常不滿意", 40, 8.5)).isEqualTo(2);
	}

	private static List<List<Cell>> rows(int n) {
		List<List<Cell>> rows = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			rows.add(TABLE.row("第 " + i + " 列", 0.5, 3L, 1.0));
		}
		return rows;
	}

}
