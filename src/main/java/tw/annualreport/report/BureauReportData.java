package tw.annualreport.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import tw.annualreport.report.ReportData.Flag;
import tw.annualreport.summary.BureauSummary;

/**
 * What the bureau's consolidated report (彙整報告) shows: the consolidated figures
 * ({@link BureauSummary}: per agency the key figures and ranks, the pooled figures, the failed and
 * missing agencies), whose data are in (資料繳交狀況) and the 檢討 flags of every agency included.
 *
 * @param submissions every agency under the bureau, included, failed or without figures, by code
 * @param flags the review flags of the agencies included, agency by agency
 */
public record BureauReportData(BureauSummary summary, LocalDate reportDate, List<Submission> submissions,
		List<AgencyFlag> flags, double passThreshold, double satisfactionTarget) {

	public BureauReportData {
		submissions = List.copyOf(submissions);
		flags = List.copyOf(flags);
	}

	public String bureauName() {
		String name = this.summary.bureau().name();
		return (name == null) ? this.summary.bureau().code() : name;
	}

	public String title() {
		return this.summary.year() + "年度提升服務成果彙整報告";
	}

	/** How an agency's data stand this year (資料繳交狀況). */
	public enum Status {

		/** its data are in and its figures are in the consolidation */
		INCLUDED("已繳交"),
		/** its run failed this time: left out, with the reason */
		FAILED("本次失敗"),
		/** imported, but no figures for the year */
		MISSING("尚無統計"),
		/** in the register, but nothing of the year came in */
		NOT_SUBMITTED("未繳交"),
		/** a final consolidation: figures, but its report is not 核定 */
		NOT_APPROVED("未核定");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/**
	 * One agency's data this year.
	 *
	 * @param name its name, or its code when no import ever named it
	 * @param importedAt when its data now in the database were published; for a failed agency when
	 * its latest import started ({@code null}: never)
	 * @param read rows read over all source files of that import ({@code null}: none)
	 * @param rejected rows rejected of them
	 * @param reason why it failed, for {@link Status#FAILED}
	 * @param standing where its report stands in the bureau's register and workflow, or null when the
	 * consolidation has no register entry for it
	 */
	public record Submission(String code, String name, Status status, LocalDateTime importedAt, Long read,
			Long rejected, String reason, Standing standing) {

		public Submission(String code, String name, Status status, LocalDateTime importedAt, Long read, Long rejected,
				String reason) {
			this(code, name, status, importedAt, read, rejected, reason, null);
		}

	}

	/**
	 * An agency's standing: 未繳交, 已上傳, 草稿, 已送出, 退回, 已核定 or 失敗; late (逾期); in the
	 * register or not; its due date, when it sent and when the bureau decided.
	 */
	public record Standing(String status, boolean late, boolean registered, LocalDate due, LocalDate sentAt,
			LocalDate decidedAt) {
	}

	/** One review flag (檢討) of an agency. */
	public record AgencyFlag(String agencyCode, String agencyName, Flag flag) {
	}

}
