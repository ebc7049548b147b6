package tw.annualreport.report.glyphs;

import java.awt.Font;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Every code point some font of the report's font set has a glyph for, worked out once at build time
 * ({@link #main}, the build's {@code index-glyphs} step) and kept beside the fonts as {@value #RESOURCE}. A run
 * then knows what the report can print without loading 92 MB of fonts: that took half a second of the
 * start-up's single busy core, every run (RESULTS.md, "Speed, 8 December"). {@code GlyphIndexTests} checks the
 * index against the fonts themselves, so it cannot drift from them.
 */
public final class GlyphIndex {

	/** The index on the classpath: the bits of {@link #of} as big-endian longs, lowest code points first. */
	public static final String RESOURCE = "fonts/glyphs.bits";

	private GlyphIndex() {
	}

	/** The code points one of the fonts can display (surrogates are never code points of a text). */
	public static BitSet of(List<Font> fonts) {
		BitSet covered = new BitSet(Character.MAX_CODE_POINT + 1);
		for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
			if (Character.getType(codePoint) == Character.SURROGATE) {
				continue;
			}
			for (Font font : fonts) {
				if (font.canDisplay(codePoint)) {
					covered.set(codePoint);
					break;
				}
			}
		}
		return covered;
	}

	/** The index the build wrote, or empty where there is none (classes compiled without the build). */
	public static Optional<BitSet> fromClasspath() {
		try (InputStream in = GlyphIndex.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			return (in == null) ? Optional.empty() : Optional.of(read(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + RESOURCE, ex);
		}
	}

	static BitSet read(InputStream in) throws IOException {
		DataInputStream data = new DataInputStream(new java.io.BufferedInputStream(in));
		long[] words = new long[data.readInt()];
		for (int i = 0; i < words.length; i++) {
			words[i] = data.readLong();
		}
		return BitSet.valueOf(words);
	}

	static void write(BitSet covered, OutputStream out) throws IOException {
		DataOutputStream data = new DataOutputStream(new java.io.BufferedOutputStream(out));
		long[] words = covered.toLongArray();
		data.writeInt(words.length);
		for (long word : words) {
			data.writeLong(word);
		}
		data.flush();
	}

	/** The build's step: the index of the font set on the classpath, written to the file {@code args[0]}. */
	public static void main(String[] args) throws IOException {
		Path target = Path.of(args[0]);
		Files.createDirectories(target.toAbsolutePath().getParent());
		BitSet covered = of(ReportFontSet.fromClasspath().loadFonts());
		try (OutputStream out = Files.newOutputStream(target)) {
			write(covered, out);
		}
		System.out.println("[index-glyphs] " + covered.cardinality() + " code points the report fonts print, in " + target);
	}

}
