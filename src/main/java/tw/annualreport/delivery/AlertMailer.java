package tw.annualreport.delivery;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Mails a short plain-text alert (no attachments) to operators, through the same SMTP server and
 * sender as the reports.
 */
@Component
public class AlertMailer {

	private final ObjectProvider<JavaMailSender> mailSender;

	private final DeliveryProperties properties;

	public AlertMailer(ObjectProvider<JavaMailSender> mailSender, DeliveryProperties properties) {
		this.mailSender = mailSender;
		this.properties = properties;
	}

	/**
	 * Sends the alert once.
	 * @throws DeliveryException when mail is disabled or not configured, or the server refused it
	 */
	public void send(List<String> to, String subject, String body) {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (!this.properties.enabled() || sender == null || this.properties.from() == null) {
			throw new DeliveryException("未設定寄件伺服器或寄件者（spring.mail.host、annual-report.mail.from），信件未寄出");
		}
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
			helper.setFrom(this.properties.from());
			helper.setTo(to.toArray(String[]::new));
			helper.setSubject(subject);
			helper.setText(body, false);
			sender.send(message);
		}
		catch (MessagingException | MailException ex) {
			throw new DeliveryException("信件寄送失敗：" + ex.getMessage());
		}
	}

}
