package tw.annualreport.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import tw.annualreport.source.ImportedRow;
import tw.annualreport.source.RejectReason;
import tw.annualreport.source.RowCheck;
import tw.annualreport.source.SourceFile;
import tw.annualreport.source.SourceRow;
import tw.annualreport.source.Text;

/**
 * Checks a row of survey_responses.csv against the imported questions: a known survey, a
 * Likert answer (or blank / not applicable) in every question column, no duplicate 回覆編號.
 */
public class SurveyResponseRowProcessor implements ItemProcessor<SourceRow, ImportedRow<SurveyResponse>> {

	private static final SourceFile.Column SURVEY = SourceFile.SURVEY_RESPONSES.column("survey");

	private static final SourceFile.Column ID = SourceFile.SURVEY_RESPONSES.column("id");

	private final int rocYear;

	private final Map<String, List<Integer>> questionsBySurvey;

	private final Set<String> seen = new HashSet<>();

	/** @param questionsBySurvey the question numbers of each imported survey */
	public SurveyResponseRowProcessor(int rocYear, Map<String, List<Integer>> questionsBySurvey) {
		this.rocYear = rocYear;
		this.questionsBySurvey = questionsBySurvey;
	}

	@Override
	public ImportedRow<SurveyResponse> process(SourceRow row) {
		RowCheck check = new RowCheck(row, this.rocYear);
		String survey = check.code(SURVEY);
		String id = check.code(ID);
		List<Integer> questions = this.questionsBySurvey.get(survey);
		if (!survey.isEmpty() && questions == null) {
			check.reject(SURVEY.chinese(), survey, RejectReason.SURVEY_UNKNOWN);
		}
		if (!survey.isEmpty() && !id.isEmpty() && !this.seen.add(survey + "#" + id)) {
			check.reject(ID.chinese(), id, RejectReason.ID_DUPLICATE, "問卷 " + survey);
		}
		LocalDate date = check.dateInYear(SourceFile.SURVEY_RESPONSES.column("date"));
		List<SurveyResponse.Answer> answers = new ArrayList<>();
		for (int no : (questions == null ? List.<Integer>of() : questions)) {
			String column = "Q" + no;
			String value = row.getAny(List.of(column));
			Integer answer = Likert.parse(Text.strict(value));
			if (answer == null) {
				check.reject(column, value, RejectReason.ANSWER_INVALID);
			}
			else if (answer != Likert.BLANK) {
				answers.add(new SurveyResponse.Answer(survey, id, no, answer));
			}
		}
		// groups of the breakdowns: fully normalised so that 20－29歲 and 20-29歲 are one group
		return ImportedRow.of(check, () -> new SurveyResponse(survey, id, row.rowNumber(), date,
				blankToNull(check.code(SourceFile.SURVEY_RESPONSES.column("service"))),
				blankToNull(check.code(SourceFile.SURVEY_RESPONSES.column("gender"))),
				blankToNull(check.code(SourceFile.SURVEY_RESPONSES.column("ageBand"))),
				blankToNull(row.get(SourceFile.SURVEY_RESPONSES.column("comment"))), List.copyOf(answers)));
	}

	private static String blankToNull(String text) {
		return text.isEmpty() ? null : text;
	}

}
