package tw.annualreport.survey;

/**
 * A 5-point Likert question of a satisfaction survey (滿意度調查).
 *
 * @param audience PUBLIC (民眾) or STAFF (內部同仁)
 * @param population the population size N for the finite population correction, or null
 * @param dimension the 構面 it belongs to, e.g. 服務禮儀
 * @param overall whether it is the overall-satisfaction question (整體題)
 */
public record SurveyQuestion(String surveyCode, String surveyTitle, String audience, Integer population, int no,
		String text, String dimension, boolean overall) {
}
