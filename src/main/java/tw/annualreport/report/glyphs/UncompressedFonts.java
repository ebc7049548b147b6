package tw.annualreport.report.glyphs;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The launcher's step after it extracts the jar (src/main/launcher/annual-report): rewrites the extracted
 * application jar with its fonts stored rather than deflated, every other entry as it was, in the same order.
 * Each run reads the 92 MB of report fonts (JasperReports, the PDF's embedding, the charts), and inflating
 * them cost half a second of CPU a run; TrueType hardly compresses anyway (to 40-46 %). Spring Boot's
 * {@code extract} deflates every entry, whatever the jar held, so the build cannot do this itself.
 */
public final class UncompressedFonts {

	private UncompressedFonts() {
	}

	/** {@code args[0]}: the jar, rewritten in place (whole or not at all). */
	public static void main(String[] args) throws IOException {
		Path jar = Path.of(args[0]);
		System.out.println("[fonts] " + store(jar) + " font(s) stored uncompressed in " + jar);
	}

	/** Rewrites {@code jar} with its {@code .ttf} entries stored; returns how many were deflated before. */
	static int store(Path jar) throws IOException {
		Path rewritten = jar.resolveSibling(jar.getFileName() + ".storing");
		int stored = 0;
		try (ZipFile zip = new ZipFile(jar.toFile());
				ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(rewritten), 1 << 16))) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				boolean font = entry.getName().endsWith(".ttf");
				stored += (font && entry.getMethod() == ZipEntry.DEFLATED) ? 1 : 0;
				out.putNextEntry(copyOf(entry, font ? ZipEntry.STORED : entry.getMethod()));
				try (InputStream in = zip.getInputStream(entry)) {
					in.transferTo(out);
				}
				out.closeEntry();
			}
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(rewritten);
			throw ex;
		}
		Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		return stored;
	}

	/** A new entry of the same name, time and content, written with {@code method}. */
	private static ZipEntry copyOf(ZipEntry entry, int method) {
		ZipEntry copy = new ZipEntry(entry.getName());
		copy.setTime(entry.getTime());
		if (entry.getExtra() != null) {
			copy.setExtra(entry.getExtra());
		}
		copy.setMethod(method);
		if (method == ZipEntry.STORED) {
			copy.setSize(entry.getSize());
			copy.setCompressedSize(entry.getSize());
			copy.setCrc(entry.getCrc());
		}
		return copy;
	}

}
