package tw.annualreport.survey;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import tw.annualreport.source.ImportedRow;
import tw.annualreport.source.RejectReason;
import tw.annualreport.source.RowCheck;
import tw.annualreport.source.SourceFile;
import tw.annualreport.source.SourceRow;

/** Checks a row of survey_questions.csv: audience, question number unique, one overall question. */
public class SurveyQuestionRowProcessor implements ItemProcessor<SourceRow, ImportedRow<SurveyQuestion>> {

	private static final SourceFile.Column NO = SourceFile.SURVEY_QUESTIONS.column("no");

	private static final SourceFile.Column AUDIENCE = SourceFile.SURVEY_QUESTIONS.column("audience");

	private static final SourceFile.Column OVERALL = SourceFile.SURVEY_QUESTIONS.column("overall");

	private final int rocYear;

	private final Set<String> seen = new HashSet<>();

	private final Map<String, Integer> overallBySurvey = new HashMap<>();

	public SurveyQuestionRowProcessor(int rocYear) {
		this.rocYear = rocYear;
	}

	@Override
	public ImportedRow<SurveyQuestion> process(SourceRow row) {
		RowCheck check = new RowCheck(row, this.rocYear);
		String survey = check.code(SourceFile.SURVEY_QUESTIONS.column("survey"));
		String title = check.text(SourceFile.SURVEY_QUESTIONS.column("surveyTitle"));
		String audience = check.choice(AUDIENCE);
		Integer population = check.count(SourceFile.SURVEY_QUESTIONS.column("population"), null);
		Integer no = check.count(NO, null);
		if (no != null && no < 1) {
			check.reject(NO.chinese(), row.get(NO), RejectReason.NUMBER_INVALID, "題號應從 1 起");
		}
		String text = check.text(SourceFile.SURVEY_QUESTIONS.column("text"));
		boolean overall = "Y".equals(check.choice(OVERALL));
		if (check.ok() && !this.seen.add(survey + "#" + no)) {
			check.reject(NO.chinese(), row.get(NO), RejectReason.QUESTION_DUPLICATE, "問卷 " + survey);
		}
		else if (check.ok() && overall && this.overallBySurvey.putIfAbsent(survey, no) != null) {
			check.reject(OVERALL.chinese(), row.get(OVERALL), RejectReason.VALUE_INVALID,
					"問卷 " + survey + " 已有整體題（第 " + this.overallBySurvey.get(survey) + " 題）");
		}
		String dimension = row.get(SourceFile.SURVEY_QUESTIONS.column("dimension"));
		return ImportedRow.of(check, () -> new SurveyQuestion(survey, title, audience, population, no, text,
				dimension.isEmpty() ? null : dimension, overall));
	}

}
