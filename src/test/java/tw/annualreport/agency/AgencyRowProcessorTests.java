package tw.annualreport.agency;

import org.junit.jupiter.api.Test;

import tw.annualreport.plan.PlanLevels;
import tw.annualreport.source.ImportedRow;
import tw.annualreport.source.RejectReason;
import tw.annualreport.source.RowProblem;
import tw.annualreport.support.Rows;

import static org.assertj.core.api.Assertions.assertThat;

/** agency.csv: only the agency being run, a code safe for folder names, well-formed addresses. */
class AgencyRowProcessorTests {

	private final AgencyRowProcessor processor = new AgencyRowProcessor("KHH-ZY", 113);

	private ImportedRow<Agency> agency(String code, String parent, String mailTo) {
		return agency(this.processor, code, parent, mailTo);
	}

	/** Each defect on a fresh processor: a code seen once makes any later row of it a duplicate. */
	private static ImportedRow<Agency> fresh(String code, String parent, String mailTo) {
		return agency(new AgencyRowProcessor("KHH-ZY", 113), code, parent, mailTo);
	}

	private static ImportedRow<Agency> agency(AgencyRowProcessor processor, String code, String parent, String mailTo) {
		return processor.process(Rows.row("agency.csv", 2, "機關代碼", code, "機關名稱", "高雄市左營區衛生所", "上級機關代碼",
				parent, "上級機關名稱", "高雄市政府衛生局", "收件信箱", mailTo));
	}

	@Test
	void theRunAgencyIsAcceptedWithItsRecipients() {
		Agency agency = agency("KHH-ZY", "KHH-HB", "research@khh-hb.example.org； zy@khh-hb.example.org").value();

		assertThat(agency.parentCode()).isEqualTo("KHH-HB");
		assertThat(agency.mailTo()).isEqualTo("research@khh-hb.example.org;zy@khh-hb.example.org");
		assertThat(agency.recipients()).containsExactly("research@khh-hb.example.org", "zy@khh-hb.example.org");
	}

	@Test
	void eachDefectHasItsReason() {
		assertThat(fresh("KHH-MT", "KHH-HB", "").problems()).extracting(RowProblem::reason)
			.containsExactly(RejectReason.AGENCY_MISMATCH);
		assertThat(fresh("../../etc", "KHH-HB", "").problems()).extracting(RowProblem::reason)
			.containsExactly(RejectReason.VALUE_INVALID);
		assertThat(fresh("KHH-ZY", "KHH HB/x", "").problems()).extracting(RowProblem::reason)
			.containsExactly(RejectReason.VALUE_INVALID);
		assertThat(fresh("KHH-ZY", "KHH-HB", "research@;not-an-address").problems())
			.extracting(RowProblem::reason, RowProblem::value)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(RejectReason.VALUE_INVALID, "research@"),
					org.assertj.core.groups.Tuple.tuple(RejectReason.VALUE_INVALID, "not-an-address"));
	}

	@Test
	void theAgencyTwiceRejectsTheSecondRow() {
		assertThat(agency("KHH-ZY", "KHH-HB", "").isAccepted()).isTrue();
		assertThat(agency("KHH-ZY", "KHH-HB", "").problems()).extracting(RowProblem::reason)
			.containsExactly(RejectReason.ID_DUPLICATE);
	}

	@Test
	void theLevelNamesOfThePlanAreTakenAndTheDefaultWithoutThem() {
		assertThat(levels("評核構面/評核項目/評核重點").value().levels().names()).containsExactly("評核構面", "評核項目", "評核重點");
		assertThat(levels("").value().levels()).isEqualTo(PlanLevels.DEFAULT);
		assertThat(agency("KHH-ZY", "KHH-HB", "").value().levels()).isEqualTo(PlanLevels.DEFAULT);
	}

	@Test
	void badLevelNamesRejectTheRowSayingWhy() {
		ImportedRow<Agency> row = levels("構面/項目/重點/細項");

		assertThat(row.isAccepted()).isFalse();
		assertThat(row.problems()).extracting(RowProblem::column, RowProblem::value, RowProblem::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("層級名稱", "構面/項目/重點/細項", RejectReason.VALUE_INVALID));
		assertThat(row.problems().get(0).message())
			.isEqualTo("內容不在允許的選項內：工作計畫最多三層，層級名稱最多 3 個（以 / 分隔），這裡有 4 個；例如 評核構面/評核項目/評核重點");
	}

	private static ImportedRow<Agency> levels(String levelNames) {
		return new AgencyRowProcessor("KHH-ZY", 113).process(Rows.row("agency.csv", 2, "機關代碼", "KHH-ZY", "機關名稱",
				"高雄市左營區衛生所", "層級名稱", levelNames));
	}

}
