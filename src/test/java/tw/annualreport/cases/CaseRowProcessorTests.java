package tw.annualreport.cases;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import tw.annualreport.source.ImportedRow;
import tw.annualreport.source.RejectReason;
import tw.annualreport.source.RowProblem;
import tw.annualreport.support.Rows;

import static org.assertj.core.api.Assertions.assertThat;

/** Cases: received in the report year, closed never before received (but possibly after the year). */
class CaseRowProcessorTests {

	private final CaseRowProcessor processor = new CaseRowProcessor(113);

	private ImportedRow<CaseRecord> caseRow(String id, String type, String received, String limit, String closed) {
		return this.processor.process(Rows.row("cases.csv", 32, "案件編號", id, "類型", type, "來源管道", "1999", "業務類別",
				"食品衛生", "收件日期", received, "處理期限日數", limit, "結案日期", closed));
	}

	@Test
	void anOpenCaseAndACaseClosedNextYearAreAccepted() {
		CaseRecord open = caseRow("C1", "陳情", "113/12/28", "10", "").value();
		assertThat(open.type()).isEqualTo("PETITION");
		assertThat(open.closed()).isNull();
		CaseRecord late = caseRow("C2", "申辦", "113/12/28", "10", "114/01/06").value();
		assertThat(late.type()).isEqualTo("APPLICATION");
		assertThat(late.received()).isEqualTo(LocalDate.of(2024, 12, 28));
		assertThat(late.closed()).isEqualTo(LocalDate.of(2025, 1, 6));
		assertThat(late.limitDays()).isEqualTo(10);
	}

	@Test
	void eachDefectHasItsReason() {
		assertThat(caseRow("C1", "申辦", "113/03/10", "5", "113/03/09").problems())
			.extracting(RowProblem::reason, RowProblem::column)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(RejectReason.CLOSED_BEFORE_RECEIVED, "結案日期"));
		assertThat(caseRow("C2", "抱怨", "113/03/10", "5", "").problems()).extracting(RowProblem::reason)
			.containsExactly(RejectReason.VALUE_INVALID);
		assertThat(caseRow("C9001", "申辦", "113/02/30", "5", "").problems()).extracting(RowProblem::reason, RowProblem::column)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(RejectReason.DATE_INVALID, "收件日期"));
		assertThat(caseRow("C4", "申辦", "112/12/30", "5", "").problems()).extracting(RowProblem::reason)
			.containsExactly(RejectReason.DATE_OUTSIDE_YEAR);
		assertThat(caseRow("C5", "申辦", "113/03/10", "", "").problems()).extracting(RowProblem::reason)
			.containsExactly(RejectReason.REQUIRED_BLANK);
		assertThat(caseRow("C6", "申辦", "113/03/10", "5", "結案").problems()).extracting(RowProblem::reason)
			.containsExactly(RejectReason.DATE_INVALID);
	}

	@Test
	void aDuplicateCaseIdRejectsTheLaterRow() {
		assertThat(caseRow("C1", "申辦", "113/03/10", "5", "").isAccepted()).isTrue();
		assertThat(caseRow("C1", "申辦", "113/04/10", "5", "").problems()).extracting(RowProblem::reason)
			.containsExactly(RejectReason.ID_DUPLICATE);
	}

}
