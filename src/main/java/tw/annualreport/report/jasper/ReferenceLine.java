package tw.annualreport.report.jasper;

import java.awt.BasicStroke;
import java.awt.Color;

import net.sf.jasperreports.charts.JRAbstractChartCustomizer;
import net.sf.jasperreports.charts.JRChart;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/**
 * The COMPARE chart of {@code reports/report.jrxml}: bars per agency, and across them a line at the
 * block's {@code reference} (the bureau's pooled figure) labelled {@code referenceLabel}. The label
 * takes the axis font, which JasperReports resolved from the font extension. With many agencies
 * their names slant so that they stay readable.
 */
public class ReferenceLine extends JRAbstractChartCustomizer {

	private static final Color LINE = new Color(0xC0, 0x50, 0x4D);

	@Override
	public void customize(JFreeChart chart, JRChart jasperChart) {
		CategoryPlot plot = chart.getCategoryPlot();
		if (plot.getCategories() != null && plot.getCategories().size() > 6) {
			plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
		}
		else {
			plot.getDomainAxis().setMaximumCategoryLabelLines(2);
		}
		Object reference = getFieldValue("reference");
		if (!(reference instanceof Number value)) {
			return;
		}
		ValueMarker marker = new ValueMarker(value.doubleValue(), LINE, new BasicStroke(1.5f));
		// opaque: PDF/A-1 allows no transparency (a marker is 80 % opaque by default)
		marker.setAlpha(1.0f);
		Object label = getFieldValue("referenceLabel");
		if (label != null) {
			marker.setLabel(label.toString());
			marker.setLabelFont(plot.getRangeAxis().getTickLabelFont());
			marker.setLabelPaint(LINE);
			// its default background is translucent grey
			marker.setLabelBackgroundColor(Color.WHITE);
			marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
			marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
		}
		plot.addRangeMarker(marker, Layer.FOREGROUND);
	}

}
