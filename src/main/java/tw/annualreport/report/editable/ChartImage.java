package tw.annualreport.report.editable;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.util.HashMap;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

import tw.annualreport.report.document.Block;
import tw.annualreport.report.document.Block.ChartPoint;
import tw.annualreport.report.document.BlockKind;

/**
 * A chart block (BAR, LINE, COMPARE) drawn as a PNG with JFreeChart, as the PDF's chart bands
 * draw it (the same colours, value labels, axis range and reference line), in Noto Sans TC loaded
 * from the report fonts, so the labels are never boxes whatever fonts the machine has.
 *
 * @param width the chart's width in points, as on the PDF's page
 * @param height its height in points
 * @param png the image, drawn at {@link #SCALE} pixels per point
 */
record ChartImage(int width, int height, byte[] png) {

	/** Pixels per point: sharp when printed. */
	static final int SCALE = 3;

	private static final Color BARS = new Color(0x4F, 0x81, 0xBD);

	private static final Color LINE = new Color(0xC0, 0x50, 0x4D);

	private static final Font REGULAR = font("fonts/NotoSansTC-Regular.ttf");

	private static final Font BOLD = font("fonts/NotoSansTC-Bold.ttf");

	static ChartImage of(Block block) {
		int width = 515;
		int height = (block.kind() == BlockKind.LINE) ? 170 : 210;
		JFreeChart chart = chart(block);
		BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.scale(SCALE, SCALE);
			chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		// cached in memory: ImageIO's default stream goes through a temporary file
		try (ImageOutputStream stream = new MemoryCacheImageOutputStream(png)) {
			ImageIO.write(image, "png", stream);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new ChartImage(width, height, png.toByteArray());
	}

	private static JFreeChart chart(Block block) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		Map<String, String> labels = new HashMap<>();
		for (ChartPoint point : block.points()) {
			dataset.addValue(point.value(), point.series(), point.category());
			labels.put(point.series() + "\u0000" + point.category(), point.label());
		}
		boolean line = block.kind() == BlockKind.LINE;
		CategoryItemRenderer renderer = line ? new LineAndShapeRenderer(true, true) : bars();
		renderer.setSeriesPaint(0, line ? LINE : BARS);
		renderer.setDefaultItemLabelGenerator(new Labels(labels));
		renderer.setDefaultItemLabelsVisible(true);
		renderer.setDefaultItemLabelFont(REGULAR.deriveFont(8f));
		renderer.setDefaultItemLabelPaint(Color.BLACK);
		CategoryAxis categories = new CategoryAxis();
		categories.setTickLabelFont(REGULAR.deriveFont(8f));
		NumberAxis values = new NumberAxis();
		values.setTickLabelFont(REGULAR.deriveFont(8f));
		values.setNumberFormatOverride(new DecimalFormat("0.0"));
		if (block.axisMin() != null && block.axisMax() != null) {
			values.setRange(block.axisMin(), block.axisMax());
		}
		else {
			values.setUpperMargin(0.15);
		}
		CategoryPlot plot = new CategoryPlot(dataset, categories, values, renderer);
		plot.setOrientation(PlotOrientation.VERTICAL);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(new Color(0xC0, 0xC0, 0xC0));
		if (block.kind() == BlockKind.COMPARE) {
			compare(block, plot);
		}
		JFreeChart chart = new JFreeChart(block.chartTitle(), BOLD.deriveFont(10f), plot, true);
		chart.setBackgroundPaint(Color.WHITE);
		TextTitle title = chart.getTitle();
		if (title != null) {
			title.setPaint(Color.BLACK);
		}
		LegendTitle legend = chart.getLegend();
		if (legend != null) {
			legend.setItemFont(REGULAR.deriveFont(8f));
		}
		return chart;
	}

	private static BarRenderer bars() {
		BarRenderer bars = new BarRenderer();
		bars.setBarPainter(new StandardBarPainter());
		bars.setShadowVisible(false);
		bars.setMaximumBarWidth(0.12);
		return bars;
	}

	/** As the PDF's {@code ReferenceLine}: many agencies' names slant; the bureau's figure is a line named in the legend. */
	private static void compare(Block block, CategoryPlot plot) {
		if (plot.getCategories() != null && plot.getCategories().size() > 6) {
			plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
		}
		else {
			plot.getDomainAxis().setMaximumCategoryLabelLines(2);
		}
		if (block.reference() == null) {
			return;
		}
		BasicStroke stroke = new BasicStroke(1.5f);
		ValueMarker marker = new ValueMarker(block.reference(), LINE, stroke);
		marker.setAlpha(1.0f);
		if (block.referenceLabel() != null) {
			LegendItemCollection legend = plot.getLegendItems();
			legend.add(new LegendItem(block.referenceLabel(), null, null, null, new Line2D.Double(-8, 0, 8, 0), stroke, LINE));
			plot.setFixedLegendItems(legend);
		}
		plot.addRangeMarker(marker, Layer.FOREGROUND);
	}

	/** Each bar's or point's label as the section printed it (rounded, with its unit). */
	private record Labels(Map<String, String> labels) implements CategoryItemLabelGenerator {

		@Override
		public String generateLabel(CategoryDataset dataset, int row, int column) {
			return this.labels.get(dataset.getRowKey(row) + "\u0000" + dataset.getColumnKey(column));
		}

		@Override
		public String generateRowLabel(CategoryDataset dataset, int row) {
			return dataset.getRowKey(row).toString();
		}

		@Override
		public String generateColumnLabel(CategoryDataset dataset, int column) {
			return dataset.getColumnKey(column).toString();
		}

	}

	private static Font font(String resource) {
		try (InputStream in = ChartImage.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("報表字型 " + resource + " 不在 classpath");
			}
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException | FontFormatException ex) {
			throw new IllegalStateException("無法載入報表字型 " + resource + "：" + ex.getMessage(), ex);
		}
	}

}
