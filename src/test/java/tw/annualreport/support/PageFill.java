package tw.annualreport.support;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * How full each page of a report's PDF is: how far down its body (below the running head, above
 * the page number) the lowest text, line, cell or chart reaches, as a share of the body's height.
 * The draft mark (text over 30 points) is not content. Measured on what was drawn, not on the
 * template, so a chart counts as much as a table.
 */
public final class PageFill {

	/** The body of a page of {@code reports/report.jrxml}: below the top margin and running head, above the footer. */
	static final float BODY_TOP = 36 + 20;

	static final float BODY_BOTTOM = 842 - 30 - 22;

	private PageFill() {
	}

	/** Each page's fill, 0 (empty) to 1 (down to the footer), in page order. */
	public static List<Double> of(Path pdf) {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			List<Double> fills = new ArrayList<>();
			for (int i = 0; i < document.getNumberOfPages(); i++) {
				PDPage page = document.getPage(i);
				float height = page.getMediaBox().getHeight();
				Lowest lowest = new Lowest(page, height);
				lowest.processPage(page);
				float text = lowestText(document, i + 1);
				float bottom = Math.max(lowest.y, text);
				fills.add((double) Math.max(0, Math.min(1, (bottom - BODY_TOP) / (BODY_BOTTOM - BODY_TOP))));
			}
			return fills;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean inBody(float yFromTop) {
		return yFromTop > BODY_TOP && yFromTop < BODY_BOTTOM;
	}

	private static float lowestText(PDDocument document, int page) throws IOException {
		float[] lowest = { 0 };
		PDFTextStripper stripper = new PDFTextStripper() {
			@Override
			protected void processTextPosition(TextPosition text) {
				float y = text.getYDirAdj();
				if (text.getFontSizeInPt() <= 30 && inBody(y)) {
					lowest[0] = Math.max(lowest[0], y);
				}
			}
		};
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		stripper.getText(document);
		return lowest[0];
	}

	/** The lowest point of the paths and images drawn in a page's body, from the top. */
	private static final class Lowest extends PDFGraphicsStreamEngine {

		private final float height;

		private float y;

		/** The lowest point of the path being built: it counts once it is stroked or filled, not when it only clips. */
		private float pending;

		Lowest(PDPage page, float height) {
			super(page);
			this.height = height;
		}

		private void point(double x, double yUp) {
			float fromTop = (float) (this.height - yUp);
			if (inBody(fromTop)) {
				this.pending = Math.max(this.pending, fromTop);
			}
		}

		private void drawn() {
			this.y = Math.max(this.y, this.pending);
			this.pending = 0;
		}

		@Override
		public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
			for (Point2D p : new Point2D[] { p0, p1, p2, p3 }) {
				point(p.getX(), p.getY());
			}
		}

		@Override
		public void drawImage(PDImage image) {
			Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
			point(ctm.getTranslateX(), ctm.getTranslateY());
			point(ctm.getTranslateX(), ctm.getTranslateY() + ctm.getScalingFactorY());
			drawn();
		}

		@Override
		public void moveTo(float x, float y) {
			point(x, y);
		}

		@Override
		public void lineTo(float x, float y) {
			point(x, y);
		}

		@Override
		public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
			point(x3, y3);
		}

		@Override
		public void clip(int windingRule) {
		}

		@Override
		public Point2D getCurrentPoint() {
			return new Point2D.Float();
		}

		@Override
		public void closePath() {
		}

		@Override
		public void endPath() {
			this.pending = 0;
		}

		@Override
		public void strokePath() {
			drawn();
		}

		@Override
		public void fillPath(int windingRule) {
			drawn();
		}

		@Override
		public void fillAndStrokePath(int windingRule) {
			drawn();
		}

		@Override
		public void shadingFill(COSName shadingName) {
		}

	}

}
