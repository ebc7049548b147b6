package tw.annualreport.history;

/**
 * A figure of an earlier year (歷年資料) for trends, when that year is not in the database, e.g.
 * {@code phone.mean} of 112.
 *
 * @param year the ROC year
 */
public record HistoryFigure(int year, String metric, double value) {
}
