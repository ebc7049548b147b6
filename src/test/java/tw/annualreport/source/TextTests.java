package tw.annualreport.source;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Cell text is NFKC-normalised and trimmed (SPEC §3). */
class TextTests {

	@Test
	void fullWidthDigitsLettersAndSpacesBecomeAscii() {
		assertThat(Text.normalize("　ＫＨＨ－ＺＹ　１２３　")).isEqualTo("KHH-ZY 123");
	}

	@Test
	void blanksOfEveryKindAreTrimmedAndNullIsEmpty() {
		assertThat(Text.normalize("\uFEFF\u00A0 研考\t\r\n")).isEqualTo("研考");
		assertThat(Text.normalize(null)).isEmpty();
		assertThat(Text.normalize("   ")).isEmpty();
	}

	@Test
	void chineseTextAndPunctuationOtherThanFullWidthFormsAreKept() {
		assertThat(Text.normalize("研考、一組；二組")).isEqualTo("研考、一組;二組");
		assertThat(Text.normalize("非常滿意")).isEqualTo("非常滿意");
	}

}
