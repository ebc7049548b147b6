package tw.annualreport.report.jasper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;

/**
 * The 「草稿」 mark of a draft, stamped over the content of every page after export, translucent:
 * printed in the background band, the opaque cells of the plan tables hid half of it, and the
 * JasperReports PDF exporter draws text without transparency. A final report (PDF/A-1b, which
 * forbids transparency) is never stamped.
 */
final class DraftMark {

	private static final String TEXT = "草稿";

	/** The embedded bold face of the report font; its subset is embedded with the stamp. */
	private static final String FONT = "/fonts/NotoSansTC-Bold.ttf";

	private static final float SIZE = 190f;

	private static final float OPACITY = 0.22f;

	private DraftMark() {
	}

	/** Copies an exported PDF to {@code out} with the mark over every page. */
	static void stamp(byte[] pdf, OutputStream out) throws IOException {
		PdfReader reader = new PdfReader(pdf);
		try {
			PdfStamper stamper = new PdfStamper(reader, out);
			BaseFont font = BaseFont.createFont("NotoSansTC-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
					FontBytes.BYTES, null);
			PdfGState translucent = new PdfGState();
			translucent.setFillOpacity(OPACITY);
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				Rectangle size = reader.getPageSize(page);
				PdfContentByte over = stamper.getOverContent(page);
				over.saveState();
				over.setGState(translucent);
				over.setColorFill(java.awt.Color.DARK_GRAY);
				over.beginText();
				over.setFontAndSize(font, SIZE);
				over.showTextAligned(Element.ALIGN_CENTER, TEXT, size.getWidth() / 2, size.getHeight() / 2 - SIZE / 3, 0);
				over.endText();
				over.restoreState();
			}
			stamper.close();
		}
		catch (com.lowagie.text.DocumentException ex) {
			throw new IOException("無法在草稿加上「草稿」標記：" + ex.getMessage(), ex);
		}
		finally {
			reader.close();
		}
	}

	/** Exports to memory, then stamps into {@code out}. */
	static void export(Export export, OutputStream out) throws IOException {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream(1 << 20);
		export.to(pdf);
		stamp(pdf.toByteArray(), out);
	}

	@FunctionalInterface
	interface Export {

		void to(OutputStream out) throws IOException;

	}

	/** The mark's font file (7 MB), read once per process, when the first draft is stamped. */
	private static final class FontBytes {

		static final byte[] BYTES = font();

	}

	private static byte[] font() {
		try (InputStream in = DraftMark.class.getResourceAsStream(FONT)) {
			if (in == null) {
				throw new IllegalStateException("報表字型 " + FONT + " 不在 classpath");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
