package tw.annualreport.report;

import java.util.List;

/**
 * The bureau's consolidated table (彙整表): one row per agency of the key figures with their
 * ranks, then the bureau-wide pooled row. A cell is a {@link String} (text) or a
 * {@link Number} shown with its column's format.
 *
 * @param formats per column: {@code null} for text, else a number format such as {@code 0.0%}
 */
public record ConsolidatedTable(String title, String note, List<String> header, List<String> formats,
		List<List<Object>> rows) {
}
