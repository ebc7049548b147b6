package tw.annualreport.improvement;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import tw.annualreport.source.ImportedRow;
import tw.annualreport.source.RejectReason;
import tw.annualreport.source.RowCheck;
import tw.annualreport.source.SourceDates;
import tw.annualreport.source.SourceFile;
import tw.annualreport.source.SourceRow;

/**
 * Checks a row of improvements.csv: an item and its 改進措施, a 預定完成日期 (if given) not before
 * the report year, each item once. Items are not checked against the flags: an item of the
 * agency's own is allowed and printed after them.
 */
public class ImprovementRowProcessor implements ItemProcessor<SourceRow, ImportedRow<Improvement>> {

	private static final SourceFile.Column ITEM = SourceFile.IMPROVEMENTS.column("item");

	private static final SourceFile.Column ACTION = SourceFile.IMPROVEMENTS.column("action");

	private static final SourceFile.Column DUE = SourceFile.IMPROVEMENTS.column("due");

	private final int rocYear;

	/** The items seen, compared as {@link #key(String)} does, with the row that gave each. */
	private final Map<String, Integer> seen = new HashMap<>();

	public ImprovementRowProcessor(int rocYear) {
		this.rocYear = rocYear;
	}

	@Override
	public ImportedRow<Improvement> process(SourceRow row) {
		RowCheck check = new RowCheck(row, this.rocYear);
		String item = check.text(ITEM);
		String action = check.text(ACTION);
		LocalDate due = check.date(DUE);
		if (due != null && SourceDates.rocYear(due) < this.rocYear) {
			check.reject(DUE.chinese(), row.get(DUE), RejectReason.VALUE_INVALID,
					"預定完成日期早於報告年度（" + this.rocYear + " 年），應為今後的日期");
		}
		if (!item.isEmpty()) {
			Integer first = this.seen.putIfAbsent(key(item), row.rowNumber());
			if (first != null) {
				check.reject(ITEM.chinese(), item, RejectReason.ID_DUPLICATE,
						"第 " + first + " 列已有此項目的改進措施，同一項目請寫在同一列");
			}
		}
		return ImportedRow.of(check, () -> new Improvement(row.rowNumber(), item,
				blankToNull(row.get(SourceFile.IMPROVEMENTS.column("finding"))), action,
				blankToNull(row.get(SourceFile.IMPROVEMENTS.column("units"))), due));
	}

	/** An item as it is compared: without spaces, ASCII letters in upper case ({@code pub q3} is {@code PUBQ3}). */
	public static String key(String item) {
		return item.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
	}

	private static String blankToNull(String text) {
		return text.isEmpty() ? null : text;
	}

}
