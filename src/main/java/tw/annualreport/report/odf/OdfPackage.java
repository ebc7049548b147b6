package tw.annualreport.report.odf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * What every OpenDocument package this job writes needs (report.ods, report.odt): the mimetype
 * entry, first and stored, an XML entry, and text escaped for XML.
 */
public final class OdfPackage {

	private OdfPackage() {
	}

	/** The mimetype entry: first, stored uncompressed, as OpenDocument requires. */
	public static void storeMimetype(ZipOutputStream zip, String mimetype) throws IOException {
		byte[] bytes = mimetype.getBytes(StandardCharsets.US_ASCII);
		ZipEntry entry = new ZipEntry("mimetype");
		entry.setMethod(ZipEntry.STORED);
		entry.setSize(bytes.length);
		CRC32 crc = new CRC32();
		crc.update(bytes);
		entry.setCrc(crc.getValue());
		zip.putNextEntry(entry);
		zip.write(bytes);
		zip.closeEntry();
	}

	/** An entry holding {@code content} in UTF-8. */
	public static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	/** Text for XML: the five entities escaped, characters XML 1.0 cannot hold left out. */
	public static String escape(String text) {
		if (plain(text)) {
			return text;
		}
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '&' -> escaped.append("&amp;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&apos;");
				default -> {
					if (allowed(c)) {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}

	/** A character XML 1.0 can hold (control characters other than tab and line breaks cannot). */
	public static boolean allowed(char c) {
		return (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') && c != 0xFFFE && c != 0xFFFF;
	}

	/** Nothing to escape or leave out: most texts. */
	private static boolean plain(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '"' || c == '\'' || c == 0xFFFE || c == 0xFFFF) {
				return false;
			}
		}
		return true;
	}

}
