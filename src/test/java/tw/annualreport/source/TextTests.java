package tw.annualreport.source;

import java.util.ArrayList;
import java.util.List;

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

	@Test
	void theShortcutForChineseTextGivesWhatNormalisingEachRunGives() {
		// every character of the Basic Multilingual Plane alone, doubled, and between others
		List<String> different = new ArrayList<>();
		for (char c = 0; c < Character.MAX_VALUE; c++) {
			for (String text : new String[] { String.valueOf(c), "" + c + c, "a" + c + "中", "中" + c + "、", " 「" + c + "」 " }) {
				if (!Text.normalize(text).equals(Text.normalizeEachRun(text))) {
					different.add(String.format("U+%04X in %s", (int) c, text));
				}
			}
		}
		assertThat(different).isEmpty();
		assertThat(Text.normalize(" 王小明：民眾反映「等候時間」過長，已改善。 ")).isEqualTo("王小明：民眾反映「等候時間」過長，已改善。");
		// a bidi override inside prose is still removed, not kept as a mark of prose
		assertThat(Text.normalize("臺北\u202E市")).isEqualTo("臺北市");
	}

}
