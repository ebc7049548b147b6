package tw.annualreport.support;

import java.util.LinkedHashMap;
import java.util.Map;

import tw.annualreport.source.SourceRow;
import tw.annualreport.source.Text;

/** Source rows for processor tests, built as the CSV reader builds them (normalised headers and cells). */
public final class Rows {

	private Rows() {
	}

	/** A row of {@code file} at Excel row {@code rowNumber}; cells as header, value, header, value … */
	public static SourceRow row(String file, int rowNumber, String... headersAndValues) {
		if (headersAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("headers and values come in pairs");
		}
		Map<String, String> cells = new LinkedHashMap<>();
		for (int i = 0; i < headersAndValues.length; i += 2) {
			cells.putIfAbsent(Text.normalize(headersAndValues[i]), Text.normalize(headersAndValues[i + 1]));
		}
		return new SourceRow(file, "", rowNumber, cells);
	}

}
