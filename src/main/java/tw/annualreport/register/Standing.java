package tw.annualreport.register;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * How one agency of a bureau stands in a year: what the board, the consolidation (參、資料繳交狀況)
 * and the bureau's summary.json say of it.
 *
 * @param registered whether it is in the register (an agency with data but not in it is listed, marked
 * 「未列於機關名冊」)
 * @param due its due date (the default when not registered)
 * @param late 逾期: not handed in and the due date has passed, or handed in after it
 * @param lastImport when its data were last published, or null
 * @param rowsRead rows read of that import (null: none), {@code rowsRejected} of them rejected
 * @param keyFigures its latest report's headline figures (「措施完成率 78.8%」)
 * @param sentAt when it last sent its report (送出), or null
 * @param decidedAt when the bureau last decided (核定, 退回), or null
 */
public record Standing(String code, String name, boolean registered, SubmissionStatus status, LocalDate due,
		boolean late, LocalDateTime lastImport, Long rowsRead, Long rowsRejected, List<String> keyFigures,
		LocalDateTime sentAt, LocalDateTime decidedAt) {

	/** What the register's rules need to know of an agency's year. */
	public record Facts(boolean uploaded, LocalDateTime lastImport, Long rowsRead, Long rowsRejected, boolean reported,
			boolean failed, List<String> keyFigures, SubmissionStatus workflow, LocalDateTime sentAt,
			LocalDateTime decidedAt) {

		/** An agency with nothing of the year. */
		public static final Facts NONE = new Facts(false, null, null, null, false, false, List.of(), null, null, null);

	}

	/**
	 * The register's rules: the workflow's state (送出, 退回, 核定) first; else a failed latest run
	 * 失敗; a report made 草稿; data without a report 已上傳; nothing 未繳交. Late (逾期) when not
	 * handed in after the due date, or handed in after it.
	 */
	public static Standing of(String code, String name, boolean registered, LocalDate due, Facts facts, LocalDate today) {
		SubmissionStatus status;
		if (facts.workflow() != null) {
			status = facts.workflow();
		}
		else if (facts.failed()) {
			status = SubmissionStatus.FAILED;
		}
		else if (facts.reported()) {
			status = SubmissionStatus.DRAFT;
		}
		else if (facts.uploaded() || facts.lastImport() != null) {
			status = SubmissionStatus.UPLOADED;
		}
		else {
			status = SubmissionStatus.NOT_SUBMITTED;
		}
		boolean late = status.handedIn() ? (facts.sentAt() != null && facts.sentAt().toLocalDate().isAfter(due))
				: today.isAfter(due);
		return new Standing(code, name, registered, status, due, late, facts.lastImport(), facts.rowsRead(),
				facts.rowsRejected(), List.copyOf(facts.keyFigures()), facts.sentAt(), facts.decidedAt());
	}

	/** 「逾期」, 「未列於機關名冊」 — the remarks beside the status. */
	public String remark() {
		return (this.late ? "逾期" : "") + (this.registered ? "" : (this.late ? "；" : "") + "未列於機關名冊");
	}

}
