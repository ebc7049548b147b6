package tw.annualreport.report.glyphs;

import java.awt.Font;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Which characters of a text no font of a set can print. The PDF exporter drops such a character without a word
 * (an official document would then say something else than what was typed), so the report should list them.
 * Whitespace, control and format characters are not looked at: they print no glyph anyway.
 *
 * <pre>
 * GlyphCoverage coverage = GlyphCoverage.ofReportFontSet(); // reads the build's GlyphIndex; keep it
 * for (GlyphCoverage.Missing m : coverage.missing(text)) {
 *     ... m.character(), m.code() ("U+E000"), m.index() ...
 * }
 * </pre>
 *
 * Thread-safe once built; plain Java and {@code java.awt.Font} (works headless).
 */
public final class GlyphCoverage {

	/** The code points some font of the set has ({@link GlyphIndex}): read-only once built. */
	private final BitSet covered;

	/** A set of the given fonts, in any order (a character is covered when one of them has it). */
	public GlyphCoverage(List<Font> fonts) {
		this(GlyphIndex.of(List.copyOf(nonEmpty(fonts))));
	}

	private GlyphCoverage(BitSet covered) {
		this.covered = covered;
	}

	private static List<Font> nonEmpty(List<Font> fonts) {
		if (fonts.isEmpty()) {
			throw new IllegalArgumentException("no font");
		}
		return fonts;
	}

	/**
	 * The report's font set ({@link ReportFontSet}): from the index the build made of its fonts
	 * ({@link GlyphIndex}), else from the font files themselves.
	 */
	public static GlyphCoverage ofReportFontSet() {
		return GlyphIndex.fromClasspath()
			.map(GlyphCoverage::new)
			.orElseGet(() -> new GlyphCoverage(ReportFontSet.fromClasspath().loadFonts()));
	}

	/** The characters of {@code text} that no font of the set has, in text order; empty when all print. */
	public List<Missing> missing(String text) {
		List<Missing> missing = List.of();
		for (int index = 0; index < text.length();) {
			int codePoint = text.codePointAt(index);
			if (!canDisplay(codePoint) && !invisible(codePoint)) {
				if (missing.isEmpty()) {
					missing = new ArrayList<>();
				}
				missing.add(new Missing(codePoint, new String(Character.toChars(codePoint)), index));
			}
			index += Character.charCount(codePoint);
		}
		return missing;
	}

	/** Whether one font of the set has a glyph for the code point. */
	public boolean canDisplay(int codePoint) {
		return this.covered.get(codePoint);
	}

	private static boolean invisible(int codePoint) {
		int type = Character.getType(codePoint);
		return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || type == Character.CONTROL
				|| type == Character.FORMAT;
	}

	/**
	 * A character no font of the set has.
	 *
	 * @param codePoint the Unicode code point
	 * @param character the character as a string (two {@code char}s beyond the BMP)
	 * @param index where it is in the text, as a {@code String} index ({@code char}s, not code points)
	 */
	public record Missing(int codePoint, String character, int index) {

		/** {@code U+529E}, {@code U+2000B}: at least four upper-case hex digits. */
		public static String code(int codePoint) {
			return String.format("U+%04X", codePoint);
		}

		/** This character's {@link #code(int)}. */
		public String code() {
			return code(codePoint);
		}

		/** {@code 办 (U+529E)}. */
		@Override
		public String toString() {
			return character + " (" + code() + ")";
		}

	}

}
