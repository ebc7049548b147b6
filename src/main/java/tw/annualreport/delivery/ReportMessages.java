package tw.annualreport.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.activation.DataHandler;
import jakarta.activation.FileDataSource;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.ParameterList;

import org.springframework.mail.javamail.MimeMessageHelper;

import tw.annualreport.system.OutputFormat;

/**
 * Writes a {@link ReportMail} into a MIME message: the UTF-8 subject (RFC 2047 encoded-words), a
 * plain-text body with the key figures and the list of attachments, and the files attached under
 * Chinese names encoded per RFC 2231 ({@code filename*=UTF-8''…}).
 * <p>
 * The file-name parameters are encoded here with an explicit UTF-8 charset rather than by
 * {@code MimeBodyPart.setFileName}, which encodes with the JVM's default charset (on Java 17 under
 * a POSIX locale that is ASCII, and every Chinese character would become {@code ?}).
 */
final class ReportMessages {

	private ReportMessages() {
	}

	/** Fills {@code message} with the report mail. */
	static void write(MimeMessage message, ReportMail mail, String from, List<String> cc) throws MessagingException {
		MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED,
				StandardCharsets.UTF_8.name());
		helper.setFrom(from);
		helper.setTo(mail.recipients().toArray(String[]::new));
		if (!cc.isEmpty()) {
			helper.setCc(cc.toArray(String[]::new));
		}
		helper.setSubject(mail.subject());
		helper.setText(body(mail), false);
		for (Path file : mail.attachments()) {
			helper.getRootMimeMultipart().addBodyPart(attachment(file, attachmentName(mail, file)));
		}
	}

	/** 「高雄市左營區衛生所_113年度提升服務成果報告.pdf」 for {@code report.pdf}. */
	static String attachmentName(ReportMail mail, Path file) {
		return AttachmentNames.of(mail.agencyName(), mail.rocYear(), mail.title(), file.getFileName().toString());
	}

	static List<String> attachmentNames(ReportMail mail) {
		return mail.attachments().stream().map((file) -> attachmentName(mail, file)).toList();
	}

	static String body(ReportMail mail) {
		List<String> lines = new ArrayList<>();
		lines.add("您好：");
		lines.add("");
		lines.add("檢送" + mail.agencyName() + " " + mail.rocYear() + "年度" + mail.title() + "（"
				+ (mail.isFinal() ? "定稿" : "草稿") + "），重點數據如下：");
		lines.add("");
		if (mail.keyFigures().isEmpty()) {
			lines.add("（無重點數據）");
		}
		mail.keyFigures().forEach((figure) -> lines.add("・" + figure));
		lines.add("");
		lines.add("附件：");
		mail.attachments().forEach((file) -> lines.add("・" + attachmentName(mail, file) + "（" + size(file) + "）"));
		lines.add("");
		lines.add("本郵件由提升服務成果報告系統自動寄出（機關代碼 " + mail.agencyCode() + "）。");
		return String.join("\r\n", lines) + "\r\n";
	}

	private static MimeBodyPart attachment(Path file, String name) throws MessagingException {
		MimeBodyPart part = new MimeBodyPart();
		part.setDataHandler(new DataHandler(new FileDataSource(file.toFile())));
		String[] type = contentType(file).split("/");
		part.setHeader("Content-Type", new ContentType(type[0], type[1], utf8("name", name)).toString());
		part.setHeader("Content-Disposition", new ContentDisposition(Part.ATTACHMENT, utf8("filename", name)).toString());
		part.setHeader("Content-Transfer-Encoding", "base64");
		return part;
	}

	private static ParameterList utf8(String parameter, String value) {
		ParameterList parameters = new ParameterList();
		parameters.set(parameter, value, StandardCharsets.UTF_8.name());
		return parameters;
	}

	/** The attachments are the report files ({@link ReportFiles}): their format knows their type. */
	private static String contentType(Path file) {
		return OutputFormat.ofFileName(file.getFileName().toString())
			.map(OutputFormat::contentType)
			.orElse("application/octet-stream");
	}

	private static String size(Path file) {
		try {
			long bytes = Files.size(file);
			return (bytes < 1024) ? bytes + " B" : ((bytes + 1023) / 1024) + " KB";
		}
		catch (IOException ex) {
			throw new UncheckedIOException("無法讀取附件 " + file, ex);
		}
	}

}
