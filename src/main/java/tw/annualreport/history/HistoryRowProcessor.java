package tw.annualreport.history;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import tw.annualreport.source.ImportedRow;
import tw.annualreport.source.RejectReason;
import tw.annualreport.source.RowCheck;
import tw.annualreport.source.SourceFile;
import tw.annualreport.source.SourceRow;

/** Checks a row of history.csv: an earlier year (ROC, or Gregorian converted), a metric, a number. */
public class HistoryRowProcessor implements ItemProcessor<SourceRow, ImportedRow<HistoryFigure>> {

	private static final SourceFile.Column YEAR = SourceFile.HISTORY.column("year");

	private static final SourceFile.Column METRIC = SourceFile.HISTORY.column("metric");

	private final int rocYear;

	private final Set<String> seen = new HashSet<>();

	public HistoryRowProcessor(int rocYear) {
		this.rocYear = rocYear;
	}

	@Override
	public ImportedRow<HistoryFigure> process(SourceRow row) {
		RowCheck check = new RowCheck(row, this.rocYear);
		Integer year = check.count(YEAR, null);
		if (year != null && year > 1911) {
			year -= 1911;
		}
		if (year != null && (year < 1 || year >= this.rocYear)) {
			check.reject(YEAR.chinese(), row.get(YEAR), RejectReason.VALUE_INVALID, "應為報告年度之前的年度");
		}
		String metric = check.code(METRIC);
		BigDecimal value = check.decimal(SourceFile.HISTORY.column("value"));
		if (check.ok() && !this.seen.add(year + "#" + metric)) {
			check.reject(METRIC.chinese(), metric, RejectReason.ID_DUPLICATE, year + " 年已有此項目");
		}
		int figureYear = year == null ? 0 : year;
		return ImportedRow.of(check, () -> new HistoryFigure(figureYear, metric, value.doubleValue()));
	}

}
