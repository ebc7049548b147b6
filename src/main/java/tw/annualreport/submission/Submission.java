package tw.annualreport.submission;

import java.time.LocalDateTime;

import tw.annualreport.register.SubmissionStatus;

/**
 * An agency-year's report as sent to the bureau, and where it stands.
 *
 * @param copyNumber the latest frozen copy ({@code <out>/<Y>/<code>/submitted/<n>/})
 * @param decidedAt when the bureau last decided (核定, 退回), or null
 */
public record Submission(int rocYear, String agencyCode, String parentCode, SubmissionStatus status, int copyNumber,
		LocalDateTime sentAt, LocalDateTime decidedAt) {

	/** Whether the agency may send (again): never sent, or returned. */
	public boolean canSend() {
		return this.status == SubmissionStatus.RETURNED;
	}

}
