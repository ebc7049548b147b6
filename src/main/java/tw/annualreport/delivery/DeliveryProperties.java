package tw.annualreport.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

import tw.annualreport.system.OutputFormat;

/**
 * Mail delivery settings ({@code annual-report.mail.*}). The SMTP server is Spring Boot's
 * {@code spring.mail.*} (host, port, username); its password comes from the environment only
 * ({@code SPRING_MAIL_PASSWORD}), never from a file in the repository.
 *
 * @param enabled {@code false} refuses every delivery (a run with {@code --mail=true} then fails
 * saying so) — for machines that must never send mail
 * @param from the sender address; required to send
 * @param to when not empty, these addresses replace the 收件信箱 of agency.csv (e.g. for a trial run)
 * @param extraTo addresses added to the recipients of every report
 * @param cc copy addresses of every report
 * @param retry how often and how patiently a failing SMTP send is tried again
 * @param attach the report formats attached, those of them the folder holds ({@code pdf,xlsx,ods}
 * unless set; add {@code odt,docx} to send the editable report too)
 */
@ConfigurationProperties("annual-report.mail")
public record DeliveryProperties(@DefaultValue("true") boolean enabled, String from, List<String> to,
		List<String> extraTo, List<String> cc, @DefaultValue Retry retry, Set<OutputFormat> attach) {

	@ConstructorBinding
	public DeliveryProperties {
		to = clean(to);
		attach = (attach == null || attach.isEmpty()) ? ReportFiles.DEFAULT : Set.copyOf(attach);
		if (attach.stream().anyMatch((format) -> !format.isReport())) {
			throw new IllegalArgumentException("annual-report.mail.attach 只能列報告格式（" + OutputFormat.codes(ReportFiles.DEFAULT)
					+ ",odt,docx），不含 summary.json");
		}
		extraTo = clean(extraTo);
		cc = clean(cc);
	}

	/** The settings attaching the default formats ({@link ReportFiles#DEFAULT}). */
	public DeliveryProperties(boolean enabled, String from, List<String> to, List<String> extraTo, List<String> cc, Retry retry) {
		this(enabled, from, to, extraTo, cc, retry, null);
	}

	/**
	 * @param attempts SMTP attempts in all, the first included (at least 1)
	 * @param initialInterval the wait before the second attempt
	 * @param multiplier each further wait is this many times longer
	 * @param maxInterval no wait is longer than this
	 */
	public record Retry(@DefaultValue("3") int attempts, @DefaultValue("2s") Duration initialInterval,
			@DefaultValue("2") double multiplier, @DefaultValue("1m") Duration maxInterval) {

		public Retry {
			if (attempts < 1) {
				throw new IllegalArgumentException("annual-report.mail.retry.attempts 必須至少為 1");
			}
			if (multiplier < 1) {
				throw new IllegalArgumentException("annual-report.mail.retry.multiplier 不可小於 1");
			}
		}

	}

	/** The configured {@code to} when set, else the agency's own; then {@code extra-to}; no duplicates. */
	public List<String> recipients(List<String> agencyRecipients) {
		List<String> base = this.to.isEmpty() ? agencyRecipients : this.to;
		return java.util.stream.Stream.concat(base.stream(), this.extraTo.stream()).distinct().toList();
	}

	private static List<String> clean(List<String> addresses) {
		return (addresses == null) ? List.of()
				: addresses.stream().map(String::strip).filter((a) -> !a.isEmpty()).distinct().toList();
	}

}
