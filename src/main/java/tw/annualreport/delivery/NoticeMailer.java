package tw.annualreport.delivery;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Mails a notice — a step of the submission workflow (送出, 退回, 核定) or a reminder — as plain
 * text through the reports' SMTP server, and records it in the {@link DeliveryLog}, sent or not.
 */
@Component
public class NoticeMailer {

	private final AlertMailer mailer;

	private final DeliveryLog log;

	public NoticeMailer(AlertMailer mailer, DeliveryLog log) {
		this.mailer = mailer;
		this.log = log;
	}

	/**
	 * @return null when sent, else why not (no address, no server, refused) — also in the delivery log
	 */
	public String send(String agencyCode, int rocYear, String kind, List<String> to, String subject, String body) {
		if (to.isEmpty()) {
			String reason = "沒有收件信箱，未寄出";
			this.log.recordNotice(agencyCode, rocYear, kind, to, DeliveryOutcome.FAILED, reason);
			return reason;
		}
		try {
			this.mailer.send(to, subject, body);
			this.log.recordNotice(agencyCode, rocYear, kind, to, DeliveryOutcome.SENT, null);
			return null;
		}
		catch (DeliveryException ex) {
			this.log.recordNotice(agencyCode, rocYear, kind, to, DeliveryOutcome.FAILED, ex.getMessage());
			return ex.getMessage();
		}
	}

}
