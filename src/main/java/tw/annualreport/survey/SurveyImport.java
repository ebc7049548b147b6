package tw.annualreport.survey;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import tw.annualreport.source.ImportContext;
import tw.annualreport.source.ImportSteps;
import tw.annualreport.source.SourceFile;
import tw.annualreport.source.TableInsert;

/** The import steps of survey_questions.csv and then survey_responses.csv. */
@Configuration(proxyBeanMethods = false)
class SurveyImport {

	private static final String INSERT_QUESTION = """
			INSERT INTO survey_question (import_id, survey_code, survey_title, audience, population, question_no,
			                             question_text, dimension, overall)
			VALUES (:importId, :surveyCode, :surveyTitle, :audience, :population, :no, :text, :dimension, :overall)
			""";

	private static final String INSERT_RESPONSE = """
			INSERT INTO survey_response (import_id, survey_code, response_id, row_no, response_date, service, gender,
			                             age_band, comment_text)
			VALUES (:importId, :surveyCode, :responseId, :rowNumber, :date, :service, :gender, :ageBand, :comment)
			""";

	private static final String INSERT_ANSWER = """
			INSERT INTO survey_answer (import_id, survey_code, response_id, question_no, answer)
			VALUES (:importId, :surveyCode, :responseId, :questionNo, :answer)
			""";

	private static final String QUESTIONS = """
			SELECT survey_code, question_no FROM survey_question WHERE import_id = ? ORDER BY survey_code, question_no
			""";

	@Bean
	Step importSurveyQuestionsStep(ImportSteps steps) {
		return steps.step(SourceFile.SURVEY_QUESTIONS, (context) -> new SurveyQuestionRowProcessor(context.rocYear()),
				List.of(TableInsert.of(INSERT_QUESTION)));
	}

	@Bean
	Step importSurveyResponsesStep(ImportSteps steps, JdbcTemplate jdbc) {
		return steps.step(SourceFile.SURVEY_RESPONSES, (context) -> responsesProcessor(jdbc, context),
				List.of(TableInsert.of(INSERT_RESPONSE), TableInsert.each(INSERT_ANSWER, SurveyResponse::answers)));
	}

	/** Checks a run's answers against the questions it imported before. */
	private static SurveyResponseRowProcessor responsesProcessor(JdbcTemplate jdbc, ImportContext context) {
		Map<String, List<Integer>> questions = new TreeMap<>();
		jdbc.query(QUESTIONS, (rs) -> {
			questions.computeIfAbsent(rs.getString(1), (k) -> new java.util.ArrayList<>()).add(rs.getInt(2));
		}, context.importId());
		return new SurveyResponseRowProcessor(context.rocYear(), questions);
	}

}
