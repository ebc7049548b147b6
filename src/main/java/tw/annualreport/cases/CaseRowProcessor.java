package tw.annualreport.cases;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import tw.annualreport.source.ImportedRow;
import tw.annualreport.source.RejectReason;
import tw.annualreport.source.RowCheck;
import tw.annualreport.source.SourceFile;
import tw.annualreport.source.SourceRow;

/**
 * Checks a row of cases.csv: received in the report year; a case may be closed after the year
 * ends (the report is written in January), but never before it was received.
 */
public class CaseRowProcessor implements ItemProcessor<SourceRow, ImportedRow<CaseRecord>> {

	private static final SourceFile.Column ID = SourceFile.CASES.column("id");

	private static final SourceFile.Column TYPE = SourceFile.CASES.column("type");

	private static final SourceFile.Column CLOSED = SourceFile.CASES.column("closed");

	private final int rocYear;

	private final Set<String> seen = new HashSet<>();

	public CaseRowProcessor(int rocYear) {
		this.rocYear = rocYear;
	}

	@Override
	public ImportedRow<CaseRecord> process(SourceRow row) {
		RowCheck check = new RowCheck(row, this.rocYear);
		String id = check.code(ID);
		if (!id.isEmpty() && !this.seen.add(id)) {
			check.reject(ID.chinese(), id, RejectReason.ID_DUPLICATE);
		}
		String type = check.choice(TYPE);
		LocalDate received = check.dateInYear(SourceFile.CASES.column("received"));
		Integer limitDays = check.count(SourceFile.CASES.column("limitDays"), null);
		LocalDate closed = check.date(CLOSED);
		if (received != null && closed != null && closed.isBefore(received)) {
			check.reject(CLOSED.chinese(), row.get(CLOSED), RejectReason.CLOSED_BEFORE_RECEIVED);
		}
		// groups of the figures: fully normalised
		String channel = check.code(SourceFile.CASES.column("channel"));
		String category = check.code(SourceFile.CASES.column("category"));
		return ImportedRow.of(check, () -> new CaseRecord(id, row.rowNumber(), type,
				channel.isEmpty() ? null : channel, category.isEmpty() ? null : category, received, limitDays, closed));
	}

}
