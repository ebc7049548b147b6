package tw.annualreport.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A request the console cannot answer (a year out of range …): 400 with the reason in Chinese. */
@ControllerAdvice
@ConditionalOnWebApplication
class ConsoleErrors {

	@ExceptionHandler(IllegalArgumentException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badRequest(IllegalArgumentException ex, Model model) {
		model.addAttribute("title", ConsoleErrorPage.BAD_REQUEST.title());
		model.addAttribute("message", ConsoleErrorController.chinese(String.valueOf(ex.getMessage())) ? ex.getMessage()
				: ConsoleErrorPage.BAD_REQUEST.message());
		return "error/page";
	}

}
