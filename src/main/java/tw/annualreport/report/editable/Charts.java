package tw.annualreport.report.editable;

import java.util.HashMap;
import java.util.Map;

import tw.annualreport.report.document.Block;

/**
 * The chart images of one report's editable documents, each drawn once: report.odt and
 * report.docx show the same charts, and drawing one (a PNG at three pixels a point) was a third
 * of writing both documents.
 */
final class Charts {

	private final Map<Block, ChartImage> drawn = new HashMap<>();

	/** The image of a chart block, drawn the first time it is asked for. */
	ChartImage of(Block chart) {
		return this.drawn.computeIfAbsent(chart, ChartImage::of);
	}

}
