package tw.annualreport.delivery;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import tw.annualreport.privacy.NotPersonal;
import tw.annualreport.system.ReportKind;

/**
 * One report to mail: whose, which year, draft or final, to whom, the key figures for the body and
 * the files to attach (as they are on disk; nothing is recomputed to send them).
 *
 * @param kind a draft or the final report
 * @param recipients the To addresses (at least one)
 * @param keyFigures one line each, e.g. 「措施完成率 78.8%」
 * @param attachments existing report files, e.g. {@code <out>/113/KHH-ZY/report.pdf}
 * @param title what the files are: {@link #AGENCY_REPORT} or {@link #BUREAU_REPORT}
 */
public record ReportMail(@NotPersonal String agencyCode, String agencyName, int rocYear, ReportKind kind,
		@NotPersonal List<String> recipients,
		List<String> keyFigures, List<Path> attachments, @NotPersonal String title) {

	/** An agency's own report. */
	public static final String AGENCY_REPORT = "提升服務成果報告";

	/** A bureau's consolidated report. */
	public static final String BUREAU_REPORT = "提升服務成果彙整報告";

	/** An agency's own report. */
	public ReportMail(String agencyCode, String agencyName, int rocYear, ReportKind kind, List<String> recipients,
			List<String> keyFigures, List<Path> attachments) {
		this(agencyCode, agencyName, rocYear, kind, recipients, keyFigures, attachments, AGENCY_REPORT);
	}

	public ReportMail {
		Objects.requireNonNull(kind, "kind");
		recipients = List.copyOf(recipients);
		keyFigures = List.copyOf(keyFigures);
		attachments = List.copyOf(attachments);
	}

	/** 「【提升服務成果報告】高雄市左營區衛生所 113年度」. */
	public String subject() {
		return "【" + this.title + "】" + this.agencyName + " " + this.rocYear + "年度";
	}

	public boolean isFinal() {
		return this.kind.isFinal();
	}

}
