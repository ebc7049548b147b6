package tw.annualreport.delivery;

import java.nio.file.Path;
import java.util.List;

import org.springframework.stereotype.Component;

import tw.annualreport.agency.Agency;
import tw.annualreport.agency.AgencyDirectory;
import tw.annualreport.privacy.MaskedCopy;
import tw.annualreport.summary.FigureStore;
import tw.annualreport.summary.Headline;
import tw.annualreport.system.ReportKind;

/**
 * Assembles the mail of an agency-year from what is already there: the agency and its 收件信箱 from
 * the database (or {@code annual-report.mail.to}), the stored key figures, and the report files in
 * its output folder ({@code annual-report.mail.attach}). What the subject and the body show is masked ({@link MaskedCopy}).
 */
@Component
public class ReportMails {

	private final AgencyDirectory agencies;

	private final FigureStore figures;

	private final DeliveryProperties properties;

	public ReportMails(AgencyDirectory agencies, FigureStore figures, DeliveryProperties properties) {
		this.agencies = agencies;
		this.figures = figures;
		this.properties = properties;
	}

	/**
	 * The mail of the report files in {@code folder}.
	 * @param kind {@code draft} or {@code final}
	 * @throws DeliveryException when the folder has no report file or the agency is not in the database
	 */
	public ReportMail of(String agencyCode, int rocYear, ReportKind kind, Path folder) {
		List<Path> files = ReportFiles.in(folder, this.properties.attach());
		if (files.isEmpty()) {
			throw new DeliveryException("找不到 " + agencyCode + " " + rocYear + " 年度的報告檔案：" + folder.toAbsolutePath()
					+ " 中沒有 " + String.join("、", ReportFiles.names(this.properties.attach())) + "，請先執行報告產製");
		}
		Agency agency = this.agencies.find(agencyCode, rocYear)
			.orElseThrow(() -> new DeliveryException(
					"資料庫中沒有 " + agencyCode + " " + rocYear + " 年度的機關資料（agency.csv），無法決定機關名稱與收件人"));
		return MaskedCopy.of(new ReportMail(agencyCode, agency.name(), rocYear, kind,
				this.properties.recipients(agency.recipients()),
				this.figures.summary(agencyCode, rocYear).map(Headline::lines).orElse(List.of()), files));
	}

	/**
	 * The mail of a bureau's consolidated report (彙整報告) in {@code folder}, to the bureau's
	 * addresses (or {@code annual-report.mail.to}).
	 * @param bureauRecipients the bureau's own addresses
	 * @param lines the body's summary lines (which agencies it covers)
	 * @throws DeliveryException when the folder has no report file or nobody is to receive it
	 */
	public ReportMail ofBureau(String bureauCode, String bureauName, int rocYear, ReportKind kind, Path folder,
			List<String> bureauRecipients, List<String> lines) {
		List<Path> files = ReportFiles.in(folder, this.properties.attach());
		if (files.isEmpty()) {
			throw new DeliveryException("找不到 " + bureauCode + " " + rocYear + " 年度的彙整報告檔案：" + folder.toAbsolutePath());
		}
		List<String> recipients = this.properties.recipients(bureauRecipients);
		if (recipients.isEmpty()) {
			throw new DeliveryException(bureauCode + " 彙整報告沒有收件人：請設定 annual-report.bureau.mail-to"
					+ "（或各機關 agency.csv 收件信箱中共同的局處信箱）");
		}
		return MaskedCopy.of(new ReportMail(bureauCode, bureauName, rocYear, kind, recipients, lines, files,
				ReportMail.BUREAU_REPORT));
	}

}
