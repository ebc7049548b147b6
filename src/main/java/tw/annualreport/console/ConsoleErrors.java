package tw.annualreport.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;

/** A request the console cannot answer (a year out of range …): 400 with the reason in Chinese. */
@ControllerAdvice
@ConditionalOnWebApplication
class ConsoleErrors {

	/**
	 * A file the officer asked for that is not there: the console's own 404 page with the reason, not
	 * an empty 404 the browser would show in its own (English) words.
	 */
	static ResponseStatusException noSuchFile() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "找不到這個檔案：可能尚未產製，或網址有誤");
	}

	/**
	 * A report.pdf that is there but cannot be read for its preview: its own page (「無法預覽報告」), not the
	 * 「找不到頁面」 of a file that is not there.
	 */
	static ResponseStatusException unreadableReport() {
		return new ResponseStatusException(HttpStatus.CONFLICT, "這份報告 PDF 無法預覽：檔案不完整，請重新產製報告");
	}

	@ExceptionHandler(IllegalArgumentException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badRequest(IllegalArgumentException ex, Model model) {
		model.addAttribute("title", ConsoleErrorPage.BAD_REQUEST.title());
		model.addAttribute("message", ConsoleErrorController.chinese(String.valueOf(ex.getMessage())) ? ex.getMessage()
				: ConsoleErrorPage.BAD_REQUEST.message());
		return "error/page";
	}

}
