package tw.annualreport.execution;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tw.annualreport.source.ImportedRow;
import tw.annualreport.source.RejectReason;
import tw.annualreport.source.RowProblem;
import tw.annualreport.support.Rows;

import static org.assertj.core.api.Assertions.assertThat;

/** An execution record names a measure (leaf) of the imported plan and a day of the report year. */
class ExecutionRowProcessorTests {

	private final ExecutionRowProcessor processor = new ExecutionRowProcessor(113,
			Map.of("1", new ExecutionRowProcessor.Measure(false, false), "1.1", new ExecutionRowProcessor.Measure(false, false),
					"1.1.1", new ExecutionRowProcessor.Measure(true, false), "1.1.2", new ExecutionRowProcessor.Measure(true, true),
					"1.1.3", new ExecutionRowProcessor.Measure(true, true, "phone.mean", false), "1.1.4",
					new ExecutionRowProcessor.Measure(true, true, "measure.sessions", true)));

	private ImportedRow<ExecutionRecord> process(String measure, String date, String sessions, String participants,
			String actual, String status) {
		return this.processor.process(Rows.row("executions.csv", 7, "措施項次", measure, "執行日期", date, "承辦單位", "研考",
				"執行情形", "辦理說明會", "場次", sessions, "人次", participants, "指標實績", actual, "狀態", status, "佐證", ""));
	}

	private static Object[] reasons(ImportedRow<?> row) {
		return row.problems().stream().map(RowProblem::reason).toArray();
	}

	@Test
	void aValidRecordIsAcceptedWithItsValues() {
		ImportedRow<ExecutionRecord> row = process("1.1.2", "113/03/15", "2", "1,200", "95%", "完成");

		assertThat(row.isAccepted()).isTrue();
		ExecutionRecord record = row.value();
		assertThat(record.rowNumber()).isEqualTo(7);
		assertThat(record.date()).isEqualTo(LocalDate.of(2024, 3, 15));
		assertThat(record.sessions()).isEqualTo(2);
		assertThat(record.participants()).isEqualTo(1200);
		assertThat(record.actual()).isEqualByComparingTo("95");
		assertThat(record.status()).isEqualTo("COMPLETED");
		assertThat(record.evidence()).isNull();
	}

	@Test
	void blankCountsAreZeroAndStatusSynonymsAreAccepted() {
		assertThat(process("1.1.1", "113/03/15", "", "", "", "進行中").value())
			.satisfies((r) -> assertThat(r.sessions()).isZero())
			.satisfies((r) -> assertThat(r.participants()).isZero())
			.satisfies((r) -> assertThat(r.status()).isEqualTo("IN_PROGRESS"));
		assertThat(process("1.1.1", "113/03/15", "", "", "", "未執行").value().status()).isEqualTo("NOT_STARTED");
	}

	@Test
	void eachDefectHasItsReason() {
		assertThat(reasons(process("9.9.9", "113/03/15", "", "", "", "已完成"))).containsExactly(RejectReason.MEASURE_UNKNOWN);
		assertThat(reasons(process("1.1", "113/03/15", "", "", "", "已完成"))).containsExactly(RejectReason.MEASURE_NOT_LEAF);
		assertThat(reasons(process("1.1.1", "113/03/15", "", "", "5", "已完成")))
			.containsExactly(RejectReason.ACTUAL_WITHOUT_INDICATOR);
		assertThat(reasons(process("1.1.1", "112/12/28", "", "", "", "已完成"))).containsExactly(RejectReason.DATE_OUTSIDE_YEAR);
		assertThat(reasons(process("1.1.1", "113/02/30", "", "", "", "已完成"))).containsExactly(RejectReason.DATE_INVALID);
		assertThat(reasons(process("1.1.1", "113/03/15", "-1", "", "", "已完成"))).containsExactly(RejectReason.NUMBER_NEGATIVE);
		assertThat(reasons(process("1.1.1", "113/03/15", "1.5", "", "", "已完成"))).containsExactly(RejectReason.NUMBER_INVALID);
		assertThat(reasons(process("1.1.1", "113/03/15", "", "", "", "做完了"))).containsExactly(RejectReason.VALUE_INVALID);
		assertThat(reasons(process("1.1.1", "", "", "", "", ""))).containsExactly(RejectReason.REQUIRED_BLANK,
				RejectReason.REQUIRED_BLANK);
	}

	@Test
	void aRowWithSeveralBadCellsReportsThemAll() {
		ImportedRow<ExecutionRecord> row = process("9.9", "abc", "x", "-2", "", "?");

		assertThat(row.problems()).extracting(RowProblem::column).containsExactly("措施項次", "執行日期", "場次", "人次", "狀態");
	}

	@Test
	void aBoundIndicatorTakesNoActualFromTheRecords() {
		ImportedRow<ExecutionRecord> row = process("1.1.3", "113/03/15", "1", "10", "91.5", "已完成");

		assertThat(reasons(row)).containsExactly(RejectReason.ACTUAL_ON_BOUND_INDICATOR);
		assertThat(row.problems().get(0).column()).isEqualTo("指標實績");
		assertThat(row.problems().get(0).detail()).contains("phone.mean");
		// the same record without an actual is fine
		assertThat(process("1.1.3", "113/03/15", "1", "10", "", "已完成").isAccepted()).isTrue();
	}

	@Test
	void anIndicatorBoundToItsMeasuresSessionsKeepsTheRecordsActualForComparison() {
		ImportedRow<ExecutionRecord> row = process("1.1.4", "113/03/15", "3", "10", "56", "已完成");

		assertThat(row.isAccepted()).isTrue();
		assertThat(row.value().actual()).isEqualByComparingTo("56");
	}

}
