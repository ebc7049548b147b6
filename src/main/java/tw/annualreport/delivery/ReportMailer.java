package tw.annualreport.delivery;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Mails a report over SMTP ({@code spring.mail.*}), trying again with exponential back-off when the
 * server cannot be reached or refuses the message ({@code annual-report.mail.retry.*}), and records
 * every attempt in the {@link DeliveryLog}. It only reads the report files: a failed delivery
 * leaves them exactly as they were, ready for {@link Resend}.
 */
@Component
public class ReportMailer {

	private static final Log logger = LogFactory.getLog(ReportMailer.class);

	private final ObjectProvider<JavaMailSender> mailSender;

	private final DeliveryProperties properties;

	private final DeliveryLog log;

	private final RetryTemplate retryTemplate;

	public ReportMailer(ObjectProvider<JavaMailSender> mailSender, DeliveryProperties properties, DeliveryLog log) {
		this.mailSender = mailSender;
		this.properties = properties;
		this.log = log;
		DeliveryProperties.Retry retry = properties.retry();
		this.retryTemplate = new RetryTemplate(RetryPolicy.builder()
			.maxRetries(retry.attempts() - 1)
			.delay(retry.initialInterval())
			.multiplier(retry.multiplier())
			.maxDelay(retry.maxInterval())
			.includes(MailSendException.class)
			.build());
	}

	/**
	 * Sends the report, retrying as configured.
	 * @return what was sent
	 * @throws DeliveryException when mail is disabled or not configured, or the last attempt failed
	 */
	public Delivery send(ReportMail mail) {
		JavaMailSender sender = checkedSender(mail);
		List<String> recipients = new ArrayList<>(mail.recipients());
		recipients.addAll(this.properties.cc());
		List<String> names = ReportMessages.attachmentNames(mail);
		AtomicInteger attempts = new AtomicInteger();
		try {
			this.retryTemplate.execute(() -> {
				int attempt = attempts.incrementAndGet();
				try {
					MimeMessage message = sender.createMimeMessage();
					prepare(message, mail);
					sender.send(message);
				}
				catch (RuntimeException ex) {
					logger.warn(mail.agencyCode() + " " + mail.rocYear() + " 年度報告第 " + attempt + " 次寄送失敗：" + describe(ex));
					this.log.record(mail, recipients, names, DeliveryOutcome.FAILED, describe(ex));
					throw ex;
				}
				this.log.record(mail, recipients, names, DeliveryOutcome.SENT, null);
				return null;
			});
		}
		catch (RetryException ex) {
			throw new DeliveryException(mail.agencyCode() + " " + mail.rocYear() + " 年度報告寄送失敗（共嘗試 " + attempts.get()
					+ " 次）：" + describe(ex.getLastException()) + "。報告檔案未受影響，可用 --resend 重新寄送", ex.getLastException());
		}
		logger.info(mail.agencyCode() + " " + mail.rocYear() + " 年度報告已寄給 " + String.join("、", recipients) + "（第 "
				+ attempts.get() + " 次嘗試）");
		return new Delivery(recipients, names, attempts.get());
	}

	/**
	 * A report that was sent.
	 * @param recipients To and Cc addresses
	 * @param attachmentNames the file names the recipients see
	 * @param attempts how many attempts it took
	 */
	public record Delivery(List<String> recipients, List<String> attachmentNames, int attempts) {
	}

	private JavaMailSender checkedSender(ReportMail mail) {
		if (!this.properties.enabled()) {
			throw new DeliveryException("郵件寄送已停用（annual-report.mail.enabled=false），未寄出 " + mail.agencyCode() + " 的報告");
		}
		if (this.properties.from() == null || this.properties.from().isBlank()) {
			throw new DeliveryException("未設定寄件人（annual-report.mail.from），無法寄送報告");
		}
		if (mail.recipients().isEmpty()) {
			throw new DeliveryException(mail.agencyCode() + " 沒有收件人：agency.csv 的收件信箱是空的，也未設定 annual-report.mail.to");
		}
		if (mail.attachments().isEmpty()) {
			throw new DeliveryException(mail.agencyCode() + " " + mail.rocYear() + " 年度沒有可附加的報告檔案");
		}
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			throw new DeliveryException("未設定 SMTP 伺服器（spring.mail.host），無法寄送報告");
		}
		return sender;
	}

	private void prepare(MimeMessage message, ReportMail mail) {
		try {
			ReportMessages.write(message, mail, this.properties.from(), this.properties.cc());
		}
		catch (MessagingException ex) {
			throw new MailPreparationException("無法組成郵件：" + ex.getMessage(), ex);
		}
	}

	/**
	 * What went wrong, in one line the officer can act on: 「郵件伺服器 smtp.x:587 無法連線…」 when
	 * the server cannot be reached or refuses the login, else the exception and its causes.
	 */
	String describe(Throwable failure) {
		String server = server();
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
				return "郵件伺服器 " + server + " 無法連線（" + t.getMessage() + "），請確認 SPRING_MAIL_HOST、SPRING_MAIL_PORT 與網路";
			}
			if (t instanceof UnknownHostException) {
				return "找不到郵件伺服器 " + server + "（主機名稱無法解析），請確認 SPRING_MAIL_HOST";
			}
			if (t instanceof SocketTimeoutException) {
				return "郵件伺服器 " + server + " 逾時未回應，請稍後以 --resend 重試";
			}
			if (t instanceof AuthenticationFailedException) {
				return "郵件伺服器 " + server + " 拒絕登入，請確認 SPRING_MAIL_USERNAME 與 SPRING_MAIL_PASSWORD";
			}
		}
		return chain(failure);
	}

	/** {@code host:port} of the configured server, for messages. */
	private String server() {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender instanceof JavaMailSenderImpl impl) {
			return impl.getHost() + ":" + ((impl.getPort() > 0) ? impl.getPort() : 25);
		}
		return "（未設定）";
	}

	/** The exception and its causes in one line, e.g. 「Mail server connection failed; … Connection refused」. */
	static String chain(Throwable failure) {
		StringBuilder text = new StringBuilder();
		for (Throwable t = failure; t != null && text.length() < DeliveryLog.MAX_TEXT; t = t.getCause()) {
			String message = (t.getMessage() != null) ? t.getMessage().strip().replaceAll("\\s+", " ")
					: t.getClass().getSimpleName();
			if (!text.toString().contains(message)) {
				text.append(text.isEmpty() ? "" : "；").append(message);
			}
		}
		return text.toString();
	}

}
