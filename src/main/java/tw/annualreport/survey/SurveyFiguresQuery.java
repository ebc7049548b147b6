package tw.annualreport.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import tw.annualreport.figures.SurveyStatistics;
import tw.annualreport.system.StreamingReads;

/**
 * The survey figures of an import (SPEC §4 Surveys), one survey at a time, respondents streamed
 * from the database into {@link SurveyStatistics}: memory holds one respondent, not the survey.
 */
@Component
public class SurveyFiguresQuery {

	private static final String QUESTIONS = """
			SELECT survey_code, survey_title, audience, population, question_no, question_text, dimension, overall
			FROM survey_question WHERE import_id = ?
			ORDER BY survey_code, question_no
			""";

	/**
	 * A respondent's rows together, in the primary key's order: the database reads the index and
	 * sorts nothing (by row number, MariaDB sorted the 200,000 joined rows of a city survey). The
	 * statistics are counts, the same in any order; each answer goes to its question by number.
	 */
	private static final String ANSWERS = """
			SELECT r.response_id, r.service, r.gender, r.age_band, a.question_no, a.answer
			FROM survey_response r
			LEFT JOIN survey_answer a ON a.import_id = r.import_id AND a.survey_code = r.survey_code
			                         AND a.response_id = r.response_id
			WHERE r.import_id = ? AND r.survey_code = ?
			ORDER BY r.import_id, r.survey_code, r.response_id
			""";

	private final JdbcTemplate jdbc;

	public SurveyFiguresQuery(StreamingReads reads) {
		this.jdbc = reads.jdbc();
	}

	/** A survey, its questions and its figures. */
	public record SurveyFigures(String code, String title, String audience, List<SurveyQuestion> questions,
			SurveyStatistics.Result result) {
	}

	/** @param previousRate last year's satisfaction rate of a survey code, or null */
	public List<SurveyFigures> compute(long importId, Function<String, Double> previousRate) {
		Map<String, List<SurveyQuestion>> surveys = new LinkedHashMap<>();
		this.jdbc.query(QUESTIONS, (rs) -> {
			Integer population = rs.getObject(4) == null ? null : rs.getInt(4);
			surveys.computeIfAbsent(rs.getString(1), (k) -> new ArrayList<>())
				.add(new SurveyQuestion(rs.getString(1), rs.getString(2), rs.getString(3), population, rs.getInt(5),
						rs.getString(6), rs.getString(7), rs.getBoolean(8)));
		}, importId);
		List<SurveyFigures> result = new ArrayList<>();
		surveys.forEach((code, questions) -> {
			SurveyQuestion first = questions.get(0);
			SurveyStatistics statistics = new SurveyStatistics(questions.stream()
				.map((q) -> new SurveyStatistics.Question(Integer.toString(q.no()), q.dimension(), q.overall()))
				.toList(), first.population() == null ? null : first.population().longValue());
			Respondents respondents = new Respondents(statistics, questions);
			this.jdbc.query(ANSWERS, respondents::row, importId, code);
			respondents.flush();
			result.add(new SurveyFigures(code, first.surveyTitle(), first.audience(), questions,
					statistics.result(previousRate.apply(code))));
		});
		return result;
	}

	/** Groups the joined rows of one respondent (one per answered question) back into answers. */
	private static final class Respondents {

		private final SurveyStatistics statistics;

		private final Map<Integer, Integer> position = new LinkedHashMap<>();

		private String responseId;

		private String service;

		private String gender;

		private String ageBand;

		private int[] answers;

		Respondents(SurveyStatistics statistics, List<SurveyQuestion> questions) {
			this.statistics = statistics;
			for (int i = 0; i < questions.size(); i++) {
				this.position.put(questions.get(i).no(), i);
			}
		}

		void row(java.sql.ResultSet rs) throws java.sql.SQLException {
			String id = rs.getString(1);
			if (!id.equals(this.responseId)) {
				flush();
				this.responseId = id;
				this.service = rs.getString(2);
				this.gender = rs.getString(3);
				this.ageBand = rs.getString(4);
				this.answers = new int[this.position.size()];
			}
			if (rs.getObject(5) != null) {
				this.answers[this.position.get(rs.getInt(5))] = rs.getInt(6);
			}
		}

		void flush() {
			if (this.responseId != null) {
				this.statistics.add(this.service, this.gender, this.ageBand, this.answers);
				this.responseId = null;
			}
		}

	}

}
