package tw.annualreport.survey;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tw.annualreport.source.ImportedRow;
import tw.annualreport.source.RejectReason;
import tw.annualreport.source.RowProblem;
import tw.annualreport.support.Rows;

import static org.assertj.core.api.Assertions.assertThat;

/** Survey answers (SPEC §3 survey_responses.csv): digits or labels; blank/0 unanswered; 9/不適用/無意見 not applicable. */
class SurveyResponseRowProcessorTests {

	private final SurveyResponseRowProcessor processor = new SurveyResponseRowProcessor(113,
			Map.of("PUB", List.of(1, 2, 3, 4, 5, 6, 7), "STAFF", List.of(1)));

	private ImportedRow<SurveyResponse> response(int row, String survey, String id, String... answers) {
		String[] cells = new String[8 + 2 * answers.length];
		String[] fixed = { "問卷代碼", survey, "回覆編號", id, "填答日期", "113/07/05", "意見", "" };
		System.arraycopy(fixed, 0, cells, 0, fixed.length);
		for (int i = 0; i < answers.length; i++) {
			cells[fixed.length + 2 * i] = "Q" + (i + 1);
			cells[fixed.length + 2 * i + 1] = answers[i];
		}
		return this.processor.process(Rows.row("survey_responses.csv", row, cells));
	}

	@Test
	void labelsDigitsNotApplicableAndUnansweredAreReadAsTheContractSays() {
		ImportedRow<SurveyResponse> row = response(2, "PUB", "P1", "非常滿意", "滿意", "普通", "不滿意", "非常不滿意", "不適用", "無意見");
		assertThat(row.isAccepted()).isTrue();
		assertThat(row.value().answers()).extracting(SurveyResponse.Answer::answer).containsExactly(5, 4, 3, 2, 1, 9, 9);

		ImportedRow<SurveyResponse> digits = response(3, "PUB", "P2", "5", "0", "", "9", "1", "3", "4");
		assertThat(digits.value().answers()).extracting(SurveyResponse.Answer::questionNo, SurveyResponse.Answer::answer)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, 5), org.assertj.core.groups.Tuple.tuple(4, 9),
					org.assertj.core.groups.Tuple.tuple(5, 1), org.assertj.core.groups.Tuple.tuple(6, 3),
					org.assertj.core.groups.Tuple.tuple(7, 4));
	}

	@Test
	void anyOtherAnswerRejectsTheRowNamingTheQuestion() {
		ImportedRow<SurveyResponse> row = response(363, "PUB", "P0361", "4", "4", "7", "4", "4", "6", "很好");

		assertThat(row.problems()).extracting(RowProblem::column, RowProblem::value, RowProblem::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Q3", "7", RejectReason.ANSWER_INVALID),
					org.assertj.core.groups.Tuple.tuple("Q6", "6", RejectReason.ANSWER_INVALID),
					org.assertj.core.groups.Tuple.tuple("Q7", "很好", RejectReason.ANSWER_INVALID));
	}

	@Test
	void aDuplicateResponseIdWithinASurveyRejectsTheLaterRowOnly() {
		assertThat(response(58, "PUB", "P0057", "4").isAccepted()).isTrue();
		assertThat(response(59, "STAFF", "P0057", "4").isAccepted()).as("another survey").isTrue();

		ImportedRow<SurveyResponse> later = response(103, "PUB", "P0057", "5");

		assertThat(later.problems()).extracting(RowProblem::rowNumber, RowProblem::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(103, RejectReason.ID_DUPLICATE));
	}

	@Test
	void anUnknownSurveyAndADateOutsideTheYearAreRejected() {
		assertThat(response(2, "XYZ", "X1", "4").problems()).extracting(RowProblem::reason)
			.containsExactly(RejectReason.SURVEY_UNKNOWN);
		ImportedRow<SurveyResponse> old = this.processor.process(Rows.row("survey_responses.csv", 2, "問卷代碼", "PUB",
				"回覆編號", "P9", "填答日期", "112/12/31", "Q1", "4"));
		assertThat(old.problems()).extracting(RowProblem::reason).containsExactly(RejectReason.DATE_OUTSIDE_YEAR);
	}

}
