package tw.annualreport.report.glyphs;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tw.annualreport.report.glyphs.GlyphCoverage.Missing;

import static org.assertj.core.api.Assertions.assertThat;

class GlyphCoverageTests {

	private static ReportFontSet fontSet;

	private static GlyphCoverage reportFontSet;

	@BeforeAll
	static void loadFonts() {
		fontSet = ReportFontSet.fromClasspath();
		reportFontSet = new GlyphCoverage(fontSet.loadFonts());
	}

	@Test
	void theReportFontSetIsReadFromFontsXmlPrimaryFirst() {
		assertThat(fontSet.name()).isEqualTo("Report Sans");
		assertThat(fontSet.files()).containsExactly("fonts/NotoSansTC-Regular.ttf", "fonts/NotoSansTC-Bold.ttf",
				"fonts/NotoSansSC-Regular.ttf", "fonts/TW-Sung-Ext-B-98_1.ttf");
	}

	@Test
	void whatOfficersTypeIsCovered() {
		String typed = "藉以簡化办理流程，𠀋𡘙𥚃，①②⑩，30㎡「」『』，。、；：？！…—（）〔〕《》％ ABC abc 0-9.,;:()/%&@#\"'~";
		assertThat(reportFontSet.missing(typed)).isEmpty();
	}

	@Test
	void noFontOfTheSetAloneCoversIt() {
		List<java.awt.Font> fonts = fontSet.loadFonts();
		String typed = "簡化办理𠀋";
		assertThat(fonts).allSatisfy((font) -> assertThat(new GlyphCoverage(List.of(font)).missing(typed)).isNotEmpty());
		assertThat(new GlyphCoverage(List.of(fonts.get(0))).missing(typed)).extracting(Missing::code)
			.containsExactly("U+529E", "U+2000B");
	}

	@Test
	void aPrivateUseCharacterIsMissingWithItsCodeAndIndex() {
		assertThat(reportFontSet.missing("簡化\uE000流程")).containsExactly(new Missing(0xE000, "\uE000", 2));
		assertThat(reportFontSet.missing("簡化\uE000").get(0)).hasToString("\uE000 (U+E000)");
	}

	@Test
	void anUnassignedCodePointIsMissingAndIndexesCountCharsBeyondTheBmp() {
		List<Missing> missing = reportFontSet.missing("𠀋\u0378𠀋\uDB80\uDC00");
		assertThat(missing).extracting(Missing::code).containsExactly("U+0378", "U+F0000");
		assertThat(missing).extracting(Missing::index).containsExactly(2, 5);
		assertThat(missing.get(1).character()).isEqualTo("\uDB80\uDC00");
	}

	@Test
	void whitespaceAndControlCharactersAreNotLookedAt() {
		assertThat(reportFontSet.missing(" \t\r\n\u3000\u00A0\u200B\uFEFF\u0007")).isEmpty();
	}

	@Test
	void codesHaveAtLeastFourUpperCaseHexDigits() {
		assertThat(Missing.code('A')).isEqualTo("U+0041");
		assertThat(Missing.code(0x529E)).isEqualTo("U+529E");
		assertThat(Missing.code(0x2000B)).isEqualTo("U+2000B");
	}

}
