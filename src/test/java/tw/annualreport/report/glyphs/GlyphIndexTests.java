package tw.annualreport.report.glyphs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.BitSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import tw.annualreport.report.glyphs.GlyphCoverage.Missing;

import static org.assertj.core.api.Assertions.assertThat;

class GlyphIndexTests {

	@Test
	void theBuildsIndexIsWhatTheFontsThemselvesPrint() {
		BitSet fromFonts = GlyphIndex.of(ReportFontSet.fromClasspath().loadFonts());
		assertThat(GlyphIndex.fromClasspath()).as("target/classes/" + GlyphIndex.RESOURCE + " (the build's index-glyphs step)")
			.hasValue(fromFonts);
		// the three families each add their own: Traditional, Simplified-only (办), Extension B (𠀋)
		assertThat(fromFonts.get('簡')).isTrue();
		assertThat(fromFonts.get(0x529E)).isTrue();
		assertThat(fromFonts.get(0x2000B)).isTrue();
		assertThat(fromFonts.get(0xE000)).isFalse();
		assertThat(fromFonts.get(0xF0000)).isFalse();
	}

	@Test
	void theReportFontSetsCoverageReadFromTheIndexFindsWhatTheFontsFind() {
		GlyphCoverage fromIndex = GlyphCoverage.ofReportFontSet();
		GlyphCoverage fromFonts = new GlyphCoverage(ReportFontSet.fromClasspath().loadFonts());
		String typed = "藉以簡化办理流程，𠀋𡘙𥚃，①②⑩，30㎡「」『』\uE000\u0378𠀋\uDB80\uDC00 ABC";
		assertThat(fromIndex.missing(typed)).isEqualTo(fromFonts.missing(typed))
			.extracting(Missing::code)
			.containsExactly("U+E000", "U+0378", "U+F0000");
	}

	@Test
	void anIndexReadsBackAsWritten() throws Exception {
		BitSet covered = new BitSet();
		covered.set('A');
		covered.set(0x4E00, 0x9FFF + 1);
		covered.set(0x2A6DF);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		GlyphIndex.write(covered, out);
		assertThat(GlyphIndex.read(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(covered);
		assertThat(GlyphIndex.of(List.of(new java.awt.Font(java.awt.Font.DIALOG, java.awt.Font.PLAIN, 10))).isEmpty())
			.isFalse();
	}

}
