package tw.annualreport.source;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cell text is NFKC-normalised and trimmed (SPEC §3), except the full-width punctuation of
 * Chinese prose; codes, numbers and dates are fully normalised ({@link Text#strict}).
 */
class TextTests {

	@Test
	void fullWidthDigitsLettersAndSpacesBecomeAscii() {
		assertThat(Text.normalize("　ＫＨＨ　１２３　")).isEqualTo("KHH 123");
		assertThat(Text.strict("　ＫＨＨ－ＺＹ　１２３　")).isEqualTo("KHH-ZY 123");
	}

	@Test
	void blanksOfEveryKindAreTrimmedAndNullIsEmpty() {
		assertThat(Text.normalize("\uFEFF\u00A0 研考\t\r\n")).isEqualTo("研考");
		assertThat(Text.normalize(null)).isEmpty();
		assertThat(Text.normalize("   ")).isEmpty();
	}

	@Test
	void theFullWidthPunctuationOfChineseProseIsKeptInText() {
		assertThat(Text.normalize("計畫，具體規劃（含１１３年度）；完成")).isEqualTo("計畫，具體規劃（含113年度）；完成");
		assertThat(Text.normalize("非常滿意")).isEqualTo("非常滿意");
	}

	@Test
	void everyMarkOfProseIsKeptAsTyped() {
		String typed = "服務……持續改善—「滿意」‧“好”、30㎡、37℃、№5、Ⅳ、①②、㈱";
		assertThat(Text.normalize(typed)).isEqualTo(typed);
	}

	@Test
	void codesAndChoicesAreFullyNormalised() {
		assertThat(Text.strict("研考、一組；二組")).isEqualTo("研考、一組;二組");
		assertThat(Text.strict("１１３／０３／１５")).isEqualTo("113/03/15");
	}

	@Test
	void plainAsciiIsOnlyStrippedAndAnythingElseStillNormalised() {
		assertThat(Text.normalize("  A1-03 2024/01/02 ~ ")).isEqualTo("A1-03 2024/01/02 ~");
		assertThat(Text.strict(" 80 ")).isEqualTo("80");
		// one character outside the plain range and the whole cell is normalised as before
		assertThat(Text.normalize("A1\u0007-03")).isEqualTo("A1-03");
		assertThat(Text.normalize("line\r\nbreak")).isEqualTo("line\nbreak");
		assertThat(Text.strict("８0")).isEqualTo("80");
	}

}
