package tw.annualreport.console;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every error the console answers, as a page in Chinese: never JSON, never Tomcat's English page,
 * never exception text. A reason the console wrote itself (a {@link ResponseStatusException}'s or
 * an access refusal's Chinese message) is shown; anything else gets the page's own words.
 */
@Controller
@ConditionalOnWebApplication
class ConsoleErrorController implements ErrorController {

	@RequestMapping("/error")
	String error(HttpServletRequest request, HttpServletResponse response, Model model) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = (code instanceof Integer number) ? number : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
		ConsoleErrorPage page = ConsoleErrorPage.of(status);
		response.setStatus(status);
		model.addAttribute("title", page.title());
		model.addAttribute("message", ownReason(request, status).orElse(page.message()));
		return "error/page";
	}

	/** Only a reason the console itself gave, in Chinese; a framework's English text is not shown. */
	private static java.util.Optional<String> ownReason(HttpServletRequest request, int status) {
		// a ResponseStatusException's reason arrives as the error message (response.sendError)
		String reason = (request.getAttribute(RequestDispatcher.ERROR_MESSAGE) instanceof String message) ? message : null;
		Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		if (exception instanceof ResponseStatusException ex) {
			reason = ex.getReason();
		}
		else if (status == HttpServletResponse.SC_FORBIDDEN
				&& request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof Exception ex) {
			reason = ex.getMessage();
		}
		return java.util.Optional.ofNullable(reason).filter(ConsoleErrorController::chinese);
	}

	static boolean chinese(String text) {
		return text.codePoints().anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

}
