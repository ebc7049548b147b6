package tw.annualreport.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** 登入: the one page without a sign-in. */
@Controller
@ConditionalOnWebApplication
class LoginController {

	@GetMapping("/login")
	String login() {
		return "login";
	}

}
