package tw.annualreport.report.jasper;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;

import net.sf.jasperreports.charts.JRAbstractChartCustomizer;
import net.sf.jasperreports.charts.JRChart;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The COMPARE chart of {@code reports/report.jrxml}: a horizontal bar per agency, each named with
 * its value (the category), so the names stay readable with dozens of agencies and no value label
 * sits where the line can cross it; across them a line at the block's {@code reference} (the
 * bureau's pooled figure), named {@code referenceLabel} in the legend (in the legend's font, which
 * JasperReports resolved from the font extension). The value axis spans {@code axisMin} to
 * {@code axisMax} (the agencies' range, not 0-100) and is named by the block's {@code caption},
 * with its unit.
 */
public class ReferenceLine extends JRAbstractChartCustomizer {

	private static final Color LINE = new Color(0xC0, 0x50, 0x4D);

	private static final BasicStroke STROKE = new BasicStroke(1.5f);

	@Override
	public void customize(JFreeChart chart, JRChart jasperChart) {
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
		// room for the last tick label of the value axis
		chart.setPadding(new RectangleInsets(0, 0, 0, 12));
		CategoryAxis names = plot.getDomainAxis();
		names.setMaximumCategoryLabelLines(1);
		names.setMaximumCategoryLabelWidthRatio(0.45f);
		names.setCategoryMargin(0.15);
		// the values are in the names: no label on a bar, where the line could strike it
		plot.getRenderer().setDefaultItemLabelsVisible(false);
		ValueAxis values = plot.getRangeAxis();
		if (getFieldValue("axisMin") instanceof Number min && getFieldValue("axisMax") instanceof Number max) {
			values.setRange(min.doubleValue(), max.doubleValue());
		}
		if (getFieldValue("caption") instanceof String label) {
			values.setLabel(label);
			values.setLabelFont(values.getTickLabelFont());
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
			// named in the legend, beside the bars' series, rather than on the line over the bars
			LegendItemCollection legend = plot.getLegendItems();
			legend.add(new LegendItem(label.toString(), null, null, null, new Line2D.Double(-8, 0, 8, 0), STROKE, LINE));
			plot.setFixedLegendItems(legend);
		}
		plot.addRangeMarker(marker, Layer.FOREGROUND);
	}

}
