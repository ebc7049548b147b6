package tw.annualreport.delivery;

import java.nio.file.Path;

import org.springframework.stereotype.Component;

import tw.annualreport.system.OutputFolder;
import tw.annualreport.summary.FigureStore;
import tw.annualreport.system.ReportKind;

/**
 * Re-sends the report files that a run already wrote to {@code <out>/<year>/<agency>/}, without
 * importing or computing anything: the command line's {@code --resend}. The files are only read.
 */
@Component
public class Resend {

	private final ReportMails mails;

	private final FigureStore figures;

	private final ReportMailer mailer;

	public Resend(ReportMails mails, FigureStore figures, ReportMailer mailer) {
		this.mails = mails;
		this.figures = figures;
		this.mailer = mailer;
	}

	/**
	 * Mails {@code <out>/<rocYear>/<agencyCode>/report.*}} of {@code annual-report.mail.attach} (whichever exist), as the
	 * draft or final report its figures were last computed as.
	 * @throws DeliveryException with a one-line Chinese reason when the files are missing or the
	 * delivery failed again (every attempt is recorded either way)
	 */
	public ReportMailer.Delivery resend(Path out, int rocYear, String agencyCode) {
		Path folder = OutputFolder.of(out, rocYear, agencyCode);
		ReportKind kind = this.figures.kind(agencyCode, rocYear).orElse(ReportKind.DRAFT);
		return this.mailer.send(this.mails.of(agencyCode, rocYear, kind, folder));
	}

}
