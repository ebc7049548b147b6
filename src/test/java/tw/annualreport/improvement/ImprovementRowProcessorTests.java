package tw.annualreport.improvement;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import tw.annualreport.source.ImportedRow;
import tw.annualreport.source.RejectReason;
import tw.annualreport.source.RowProblem;
import tw.annualreport.support.Rows;

import static org.assertj.core.api.Assertions.assertThat;

/** improvements.csv: an item and its 改進措施, a due date not before the report year, each item once. */
class ImprovementRowProcessorTests {

	private final ImprovementRowProcessor processor = new ImprovementRowProcessor(113);

	private int row = 1;

	private ImportedRow<Improvement> improvement(String item, String action, String units, String due) {
		return this.processor.process(Rows.row("improvements.csv", ++this.row, "項目", item, "檢討", "", "改進措施", action,
				"承辦單位", units, "預定完成日期", due));
	}

	@Test
	void aRowWithItsDueDateInAnyAcceptedFormIsKept() {
		assertThat(improvement("1.2.3", "增加設站場次", "一組", "114/06/30").value())
			.isEqualTo(new Improvement(2, "1.2.3", null, "增加設站場次", "一組", LocalDate.of(2025, 6, 30)));
		assertThat(improvement("PUB.Q3", "增設叫號系統", "", "").value())
			.isEqualTo(new Improvement(3, "PUB.Q3", null, "增設叫號系統", null, null));
		assertThat(improvement("二組", "每季自主測試", "二組", "2024-12-31").isAccepted()).isTrue();
	}

	@Test
	void badRowsAreRejectedEachWithAMessageThatSaysWhatToFix() {
		assertThat(improvement("", "增加設站場次", "一組", "114/06/30").problems()).singleElement()
			.satisfies((p) -> assertThat(p.reason()).isEqualTo(RejectReason.REQUIRED_BLANK))
			.satisfies((p) -> assertThat(p.column()).isEqualTo("項目"));
		assertThat(improvement("1.2.3", "", "一組", "114/06/30").problems()).singleElement()
			.satisfies((p) -> assertThat(p.reason()).isEqualTo(RejectReason.REQUIRED_BLANK))
			.satisfies((p) -> assertThat(p.column()).isEqualTo("改進措施"));
		assertThat(improvement("1.2.4", "增加設站場次", "一組", "114/13/01").problems()).extracting(RowProblem::reason)
			.containsExactly(RejectReason.DATE_INVALID);
		assertThat(improvement("1.2.5", "增加設站場次", "一組", "112/12/31").problems()).singleElement()
			.satisfies((p) -> assertThat(p.reason()).isEqualTo(RejectReason.VALUE_INVALID))
			.satisfies((p) -> assertThat(p.detail()).contains("早於報告年度（113 年）"));
	}

	@Test
	void theSameItemTwiceRejectsTheLaterRowNamingTheFirst() {
		assertThat(improvement("PUB.Q3", "增設叫號系統", "一組", "").isAccepted()).isTrue();

		var again = improvement("pub.q3", "增加人力", "二組", "");

		assertThat(again.problems()).singleElement()
			.satisfies((p) -> assertThat(p.reason()).isEqualTo(RejectReason.ID_DUPLICATE))
			.satisfies((p) -> assertThat(p.detail()).contains("第 2 列已有此項目"));
	}

}
