package tw.annualreport.survey;

/** Whom a survey asks (調查對象); survey_questions.csv names it 民眾 or 內部同仁. */
public enum Audience {

	/** 民眾 */
	PUBLIC("民眾"),
	/** 內部同仁 */
	STAFF("內部同仁");

	private final String label;

	Audience(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
