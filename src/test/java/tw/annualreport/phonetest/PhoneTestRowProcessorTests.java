package tw.annualreport.phonetest;

import org.junit.jupiter.api.Test;

import tw.annualreport.figures.PhoneTestScale;
import tw.annualreport.source.ImportedRow;
import tw.annualreport.source.RejectReason;
import tw.annualreport.source.RowProblem;
import tw.annualreport.support.Rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A phone test is scored against the scale (SPEC §3 phone_tests.csv, default municipal scale). */
class PhoneTestRowProcessorTests {

	private final PhoneTestRowProcessor processor = new PhoneTestRowProcessor(113, PhoneTestScale.municipalDefault());

	private ImportedRow<PhoneTest> test(String id, String opSpeed, String opCourtesy, String unitSpeed,
			String unitCourtesy, String answer) {
		return this.processor.process(Rows.row("phone_tests.csv", 3, "測試編號", id, "測試日期", "113/05/01", "受測單位", "一組",
				"測試人員", "李佩珊", "OP_SPEED", opSpeed, "OP_COURTESY", opCourtesy, "UNIT_SPEED", unitSpeed,
				"UNIT_COURTESY", unitCourtesy, "UNIT_ANSWER", answer, "扣分事由", "鈴響超過3聲未接;未報單位名稱、語氣冷淡",
				"備註", ""));
	}

	@Test
	void aFullTestTotalsItsPoints() {
		ImportedRow<PhoneTest> row = test("T1", "20", "18", "15", "21", "13");

		assertThat(row.isAccepted()).isTrue();
		assertThat(row.value().total()).isCloseTo(87.0, within(1e-9));
		assertThat(row.value().scores()).hasSize(5);
		assertThat(row.value().deductions()).isEqualTo("鈴響超過3聲未接；未報單位名稱；語氣冷淡");
	}

	@Test
	void aUnitOnlyTestIsScaledToOneHundred() {
		ImportedRow<PhoneTest> row = test("T2", "", "", "12", "20", "13");

		assertThat(row.isAccepted()).isTrue();
		// 100 × 45 ÷ 55
		assertThat(row.value().total()).isCloseTo(81.818181818, within(1e-6));
		assertThat(row.value().scores()).extracting(PhoneTest.Score::itemCode)
			.containsExactly("UNIT_SPEED", "UNIT_COURTESY", "UNIT_ANSWER");
	}

	@Test
	void itemsMayBeHeadedByTheirChineseLabels() {
		ImportedRow<PhoneTest> row = this.processor.process(Rows.row("phone_tests.csv", 2, "測試編號", "T1", "測試日期",
				"2024-05-01", "受測單位", "一組", "總機接聽速度", "25", "總機電話禮貌", "20"));

		assertThat(row.isAccepted()).isTrue();
		assertThat(row.value().total()).isEqualTo(100.0);
	}

	@Test
	void eachDefectHasItsReason() {
		ImportedRow<PhoneTest> outOfRange = test("T1", "20", "18", "15", "27", "13");
		assertThat(outOfRange.problems()).extracting(RowProblem::reason, RowProblem::column, RowProblem::value)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(RejectReason.SCORE_OUT_OF_RANGE, "業務單位電話禮貌", "27"));
		assertThat(test("T2", "-1", "18", "15", "20", "13").problems()).extracting(RowProblem::reason)
			.containsExactly(RejectReason.SCORE_OUT_OF_RANGE);
		assertThat(test("T3", "20", "", "15", "21", "13").problems()).extracting(RowProblem::reason, RowProblem::column)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(RejectReason.PART_INCOMPLETE, "總機接聽速度、總機電話禮貌"));
		assertThat(test("T4", "", "", "", "", "").problems()).extracting(RowProblem::reason)
			.containsExactly(RejectReason.NOTHING_SCORED);
		assertThat(test("T5", "廿", "18", "15", "21", "13").problems()).extracting(RowProblem::reason)
			.containsExactly(RejectReason.NUMBER_INVALID);
	}

	@Test
	void aDuplicateTestIdRejectsTheLaterRow() {
		assertThat(test("T1", "20", "18", "15", "21", "13").isAccepted()).isTrue();
		assertThat(test("T1", "25", "20", "15", "25", "15").problems()).extracting(RowProblem::reason)
			.containsExactly(RejectReason.ID_DUPLICATE);
	}

}
