package tw.annualreport.console;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tw.annualreport.delivery.DeliveryException;
import tw.annualreport.delivery.ReportMailer;
import tw.annualreport.delivery.Resend;
import tw.annualreport.system.OfficerText;
import tw.annualreport.system.OutputFolder;

/**
 * What an officer does with a report already made: look at its cover and summary pages (預覽, {@code ?page=N}), and mail the
 * existing files again after a failed delivery (重新寄送), exactly as {@code --resend} does.
 */
@Controller
@ConditionalOnWebApplication
class ReportController {

	private static final Log logger = LogFactory.getLog(ReportController.class);

	/** 72 dpi: a page as wide as a screen column, a few hundred kilobytes. */
	private static final float PREVIEW_DPI = 72;

	private final ConsoleRuns runs;

	private final OfficerAccess access;

	private final Resend resend;

	ReportController(ConsoleRuns runs, OfficerAccess access, Resend resend) {
		this.runs = runs;
		this.access = access;
		this.resend = resend;
	}

	@GetMapping("/agencies/{code}/{year}/preview.png")
	ResponseEntity<byte[]> preview(@AuthenticationPrincipal ConsoleOfficer officer, @PathVariable String code,
			@PathVariable int year, @RequestParam(defaultValue = "1") int page) throws IOException {
		int rocYear = RocYears.of(year);
		this.access.check(officer, code, rocYear);
		Path pdf = OutputFolder.of(this.runs.out(), rocYear, code).resolve(ReportFileName.PDF.fileName());
		if (!Files.isRegularFile(pdf)) {
			throw ConsoleErrors.noSuchFile();
		}
		try (PDDocument document = readable(pdf)) {
			if (page < 1 || page > document.getNumberOfPages()) {
				throw ConsoleErrors.noSuchFile();
			}
			BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page - 1, PREVIEW_DPI);
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			ImageIO.write(image, "png", png);
			return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
				.body(png.toByteArray());
		}
	}

	/** The PDF, or the console's page saying it cannot be shown (a file cut short or put there by hand). */
	private static PDDocument readable(Path pdf) {
		try {
			return Loader.loadPDF(pdf.toFile());
		}
		catch (IOException ex) {
			logger.warn("無法預覽 " + pdf + "：" + ex.getMessage());
			throw ConsoleErrors.unreadableReport();
		}
	}

	@PostMapping("/agencies/{code}/{year}/resend")
	String resend(@AuthenticationPrincipal ConsoleOfficer officer, @PathVariable String code, @PathVariable int year,
			RedirectAttributes redirect) {
		int rocYear = RocYears.of(year);
		this.access.check(officer, code, rocYear);
		try {
			ReportMailer.Delivery delivery = this.resend.resend(this.runs.out(), rocYear, code);
			redirect.addFlashAttribute("message", "已重新寄送 " + String.join("、", delivery.attachmentNames()) + " 給 "
					+ String.join("、", delivery.recipients()));
		}
		catch (DeliveryException ex) {
			redirect.addFlashAttribute("error", "寄送失敗：" + OfficerText.of(ex.getMessage()));
		}
		return "redirect:/agencies/" + code + "?year=" + rocYear;
	}

}
