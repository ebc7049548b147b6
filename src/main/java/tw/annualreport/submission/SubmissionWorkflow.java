package tw.annualreport.submission;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.stereotype.Component;

import tw.annualreport.delivery.NoticeMailer;
import tw.annualreport.submission.SubmissionStep.Action;

/**
 * The workflow's steps with their mail: 送出 → the bureau; 退回 → the agency, with the comment;
 * 核定 → the agency. A mail that cannot go does not undo the step: the outcome says so, and the
 * delivery log has it.
 */
@Component
public class SubmissionWorkflow {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Submissions submissions;

	private final AgencyAddresses addresses;

	private final NoticeMailer mailer;

	public SubmissionWorkflow(Submissions submissions, AgencyAddresses addresses,
			NoticeMailer mailer) {
		this.submissions = submissions;
		this.addresses = addresses;
		this.mailer = mailer;
	}

	/** What a step did, for the officer: the sentence, and why its mail did not go (else null). */
	public record Outcome(Submission submission, String message, String mailProblem) {
	}

	public Outcome send(Path out, String agencyCode, int rocYear, String actor) {
		String name = this.addresses.name(agencyCode, rocYear);
		Submission s = this.submissions.send(out, agencyCode, this.addresses.parent(agencyCode, rocYear), rocYear, actor);
		String problem = this.mailer.send(agencyCode, rocYear, "sent", this.addresses.bureau(agencyCode, rocYear),
				subject(name, rocYear, "已送出，請核定"),
				name + "（" + agencyCode + "）已於 " + TIME.format(s.sentAt()) + " 送出 " + rocYear
						+ " 年度提升服務成果報告（第 " + s.copyNumber() + " 次送出），送出者：" + actor
						+ "。\n請至主控台的繳交狀況頁面檢視，核定或退回。");
		return new Outcome(s, "已送出第 " + s.copyNumber() + " 次報告，等待上級機關核定。", problem);
	}

	public Outcome decide(String agencyCode, int rocYear, Action action, String actor, String comment) {
		String name = this.addresses.name(agencyCode, rocYear);
		Submission s = this.submissions.decide(agencyCode, rocYear, action, actor, comment);
		String body = (action == Action.RETURN)
				? "貴機關 " + rocYear + " 年度提升服務成果報告（第 " + s.copyNumber() + " 次送出）已被退回，請依下列意見修正後重新送出：\n\n"
						+ comment.strip() + "\n\n退回者：" + actor
				: "貴機關 " + rocYear + " 年度提升服務成果報告（第 " + s.copyNumber() + " 次送出）已核定（備查）。"
						+ ((comment == null || comment.isBlank()) ? "" : "\n\n意見：" + comment.strip()) + "\n\n核定者：" + actor;
		String problem = this.mailer.send(agencyCode, rocYear, (action == Action.RETURN) ? "returned" : "approved",
				this.addresses.agency(agencyCode, rocYear),
				subject(name, rocYear, (action == Action.RETURN) ? "已退回，請修正後重新送出" : "已核定"), body);
		return new Outcome(s, name + " 的報告已" + action.label() + "。", problem);
	}

	private static String subject(String name, int rocYear, String what) {
		return "【提升服務成果報告】" + name + " " + rocYear + "年度 " + what;
	}

	/** The steps, for the history. */
	public List<SubmissionStep> history(String agencyCode, int rocYear) {
		return this.submissions.history(agencyCode, rocYear);
	}

}
