package tw.annualreport.report.jasper;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;

import net.sf.jasperreports.charts.JRAbstractChartCustomizer;
import net.sf.jasperreports.charts.JRChart;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;

/**
 * The COMPARE chart of {@code reports/report.jrxml}: bars per agency, and across them a line at the
 * block's {@code reference} (the bureau's pooled figure), named {@code referenceLabel} in the legend
 * (in the legend's font, which JasperReports resolved from the font extension). With many
 * agencies their names slant so that they stay readable.
 */
public class ReferenceLine extends JRAbstractChartCustomizer {

	private static final Color LINE = new Color(0xC0, 0x50, 0x4D);

	private static final BasicStroke STROKE = new BasicStroke(1.5f);

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
		ValueMarker marker = new ValueMarker(value.doubleValue(), LINE, STROKE);
		// opaque: PDF/A-1 allows no transparency (a marker is 80 % opaque by default)
		marker.setAlpha(1.0f);
		Object label = getFieldValue("referenceLabel");
		if (label != null) {
			// named in the legend, beside the bars' series, rather than on the line over the bars' own labels
			LegendItemCollection legend = plot.getLegendItems();
			legend.add(new LegendItem(label.toString(), null, null, null, new Line2D.Double(-8, 0, 8, 0), STROKE, LINE));
			plot.setFixedLegendItems(legend);
		}
		plot.addRangeMarker(marker, Layer.FOREGROUND);
	}

}
