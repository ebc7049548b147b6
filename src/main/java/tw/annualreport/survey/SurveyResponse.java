package tw.annualreport.survey;

import java.time.LocalDate;
import java.util.List;

/**
 * One respondent's answers to a survey.
 *
 * @param answers the answered questions only: 1..5, or 9 for not applicable
 */
public record SurveyResponse(String surveyCode, String responseId, int rowNumber, LocalDate date, String service,
		String gender, String ageBand, String comment, List<Answer> answers) {

	/** The answer to one question. */
	public record Answer(String surveyCode, String responseId, int questionNo, int answer) {
	}

}
