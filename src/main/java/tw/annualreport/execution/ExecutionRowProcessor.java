package tw.annualreport.execution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import tw.annualreport.plan.PlanCodes;
import tw.annualreport.source.ImportedRow;
import tw.annualreport.source.RejectReason;
import tw.annualreport.source.RowCheck;
import tw.annualreport.source.SourceFile;
import tw.annualreport.source.SourceRow;

/** Checks a row of executions.csv against the imported plan: a known leaf, a date in the year. */
public class ExecutionRowProcessor implements ItemProcessor<SourceRow, ImportedRow<ExecutionRecord>> {

	private static final SourceFile.Column MEASURE = SourceFile.EXECUTIONS.column("measure");

	private static final SourceFile.Column ACTUAL = SourceFile.EXECUTIONS.column("actual");

	private static final SourceFile.Column STATUS = SourceFile.EXECUTIONS.column("status");

	private final int rocYear;

	private final Map<String, Measure> measures;

	/**
	 * What the check needs to know of a plan node.
	 *
	 * @param indicatorSource the computed figure its indicator takes (指標來源), null when none
	 * @param ownFigure whether that figure is the measure's own 場次 or 人次: a record's 指標實績 is then
	 *        kept, to be compared with it (資料品質說明), not rejected
	 */
	public record Measure(boolean leaf, boolean hasIndicator, String indicatorSource, boolean ownFigure) {

		public Measure(boolean leaf, boolean hasIndicator) {
			this(leaf, hasIndicator, null, false);
		}

	}

	/** @param measures the plan nodes of this import by code */
	public ExecutionRowProcessor(int rocYear, Map<String, Measure> measures) {
		this.rocYear = rocYear;
		this.measures = measures;
	}

	@Override
	public ImportedRow<ExecutionRecord> process(SourceRow row) {
		RowCheck check = new RowCheck(row, this.rocYear);
		String rawCode = check.code(MEASURE);
		String code = rawCode.isEmpty() ? null : PlanCodes.canonical(rawCode);
		Measure measure = (code == null) ? null : this.measures.get(code);
		if (!rawCode.isEmpty() && measure == null) {
			check.reject(MEASURE.chinese(), rawCode, RejectReason.MEASURE_UNKNOWN);
		}
		else if (measure != null && !measure.leaf()) {
			check.reject(MEASURE.chinese(), rawCode, RejectReason.MEASURE_NOT_LEAF);
		}
		LocalDate date = check.dateInYear(SourceFile.EXECUTIONS.column("date"));
		Integer sessions = check.count(SourceFile.EXECUTIONS.column("sessions"), 0);
		Integer participants = check.count(SourceFile.EXECUTIONS.column("participants"), 0);
		BigDecimal actual = check.decimal(ACTUAL);
		if (actual != null && measure != null && !measure.hasIndicator()) {
			check.reject(ACTUAL.chinese(), row.get(ACTUAL), RejectReason.ACTUAL_WITHOUT_INDICATOR);
		}
		else if (actual != null && measure != null && measure.indicatorSource() != null && !measure.ownFigure()) {
			check.reject(ACTUAL.chinese(), row.get(ACTUAL), RejectReason.ACTUAL_ON_BOUND_INDICATOR,
					"指標來源為 " + measure.indicatorSource() + "，請刪除此欄或清空工作計畫的指標來源");
		}
		String status = check.choice(STATUS);
		return ImportedRow.of(check, () -> new ExecutionRecord(row.rowNumber(), code, date,
				blankToNull(row.get(SourceFile.EXECUTIONS.column("unit"))),
				blankToNull(row.get(SourceFile.EXECUTIONS.column("description"))), sessions, participants, actual,
				status, blankToNull(row.get(SourceFile.EXECUTIONS.column("evidence")))));
	}

	private static String blankToNull(String text) {
		return text.isEmpty() ? null : text;
	}

}
