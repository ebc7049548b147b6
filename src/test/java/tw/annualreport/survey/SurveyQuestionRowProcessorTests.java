package tw.annualreport.survey;

import org.junit.jupiter.api.Test;

import tw.annualreport.source.ImportedRow;
import tw.annualreport.source.RejectReason;
import tw.annualreport.source.RowProblem;
import tw.annualreport.support.Rows;

import static org.assertj.core.api.Assertions.assertThat;

/** Survey questions: audience, unique numbers, at most one overall question per survey. */
class SurveyQuestionRowProcessorTests {

	private final SurveyQuestionRowProcessor processor = new SurveyQuestionRowProcessor(113);

	private ImportedRow<SurveyQuestion> question(String survey, String audience, String population, String no, String overall) {
		return this.processor.process(Rows.row("survey_questions.csv", 2, "問卷代碼", survey, "問卷名稱", "滿意度調查", "對象",
				audience, "母體數", population, "題號", no, "題目", "服務態度親切", "構面", "服務禮儀", "整體題", overall));
	}

	@Test
	void aQuestionIsAcceptedWithItsAudiencePopulationAndOverallFlag() {
		SurveyQuestion staff = question("STAFF", "內部同仁", "40", "1", "").value();
		assertThat(staff.audience()).isEqualTo("STAFF");
		assertThat(staff.population()).isEqualTo(40);
		assertThat(staff.overall()).isFalse();
		SurveyQuestion overall = question("PUB", "民眾", "", "12", "Y").value();
		assertThat(overall.audience()).isEqualTo("PUBLIC");
		assertThat(overall.population()).isNull();
		assertThat(overall.overall()).isTrue();
		assertThat(overall.dimension()).isEqualTo("服務禮儀");
	}

	@Test
	void eachDefectHasItsReason() {
		assertThat(question("PUB", "市民", "", "1", "").problems()).extracting(RowProblem::reason)
			.containsExactly(RejectReason.VALUE_INVALID);
		assertThat(question("PUB", "民眾", "", "0", "").problems()).extracting(RowProblem::reason)
			.containsExactly(RejectReason.NUMBER_INVALID);
		assertThat(question("PUB", "民眾", "", "2", "也許").problems()).extracting(RowProblem::reason)
			.containsExactly(RejectReason.VALUE_INVALID);
		assertThat(question("PUB", "民眾", "-5", "3", "").problems()).extracting(RowProblem::reason)
			.containsExactly(RejectReason.NUMBER_NEGATIVE);
	}

	@Test
	void aRepeatedNumberOrASecondOverallQuestionIsRejected() {
		assertThat(question("PUB", "民眾", "", "1", "Y").isAccepted()).isTrue();
		assertThat(question("PUB", "民眾", "", "1", "").problems()).extracting(RowProblem::reason)
			.containsExactly(RejectReason.QUESTION_DUPLICATE);
		assertThat(question("STAFF", "內部同仁", "", "1", "").isAccepted()).as("same number, other survey").isTrue();
		assertThat(question("PUB", "民眾", "", "2", "Y").problems()).extracting(RowProblem::reason)
			.containsExactly(RejectReason.VALUE_INVALID);
	}

}
