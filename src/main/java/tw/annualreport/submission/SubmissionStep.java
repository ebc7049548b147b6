package tw.annualreport.submission;

import java.time.LocalDateTime;

import tw.annualreport.register.SubmissionStatus;

/**
 * One step of an agency-year's submission, as its history shows it.
 *
 * @param copyNumber the frozen copy the step was about (送出 n, then its 核定 or 退回)
 * @param comment the bureau's comment (required for 退回), or null
 */
public record SubmissionStep(Action action, int copyNumber, String actor, LocalDateTime at, String comment) {

	/** What was done. */
	public enum Action {

		SEND("送出", SubmissionStatus.SENT), RETURN("退回", SubmissionStatus.RETURNED),
		APPROVE("核定", SubmissionStatus.APPROVED);

		private final String label;

		private final SubmissionStatus result;

		Action(String label, SubmissionStatus result) {
			this.label = label;
			this.result = result;
		}

		public String label() {
			return this.label;
		}

		/** The status the step leaves the submission in. */
		public SubmissionStatus result() {
			return this.result;
		}

	}

}
