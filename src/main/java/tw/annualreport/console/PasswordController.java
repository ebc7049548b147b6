package tw.annualreport.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tw.annualreport.console.account.ConsoleAccount;
import tw.annualreport.console.account.ConsoleAccounts;
import tw.annualreport.console.account.PasswordRule;

/** 變更密碼: an officer's own new password, given the current one, typed twice, by {@link PasswordRule}. */
@Controller
@ConditionalOnWebApplication
class PasswordController {

	private final ConsoleAccounts accounts;

	private final PasswordEncoder encoder;

	PasswordController(ConsoleAccounts accounts, PasswordEncoder encoder) {
		this.accounts = accounts;
		this.encoder = encoder;
	}

	@GetMapping("/account/password")
	String form(@AuthenticationPrincipal ConsoleOfficer officer, Model model) {
		model.addAttribute("officer", officer);
		model.addAttribute("rule", PasswordRule.DESCRIPTION);
		return "password";
	}

	@PostMapping("/account/password")
	String change(@AuthenticationPrincipal ConsoleOfficer officer, @RequestParam(defaultValue = "") String current,
			@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirm, Model model,
			RedirectAttributes redirect) {
		String problem = problem(officer, current, password, confirm);
		if (problem != null) {
			model.addAttribute("officer", officer);
			model.addAttribute("rule", PasswordRule.DESCRIPTION);
			model.addAttribute("error", problem);
			return "password";
		}
		this.accounts.changePassword(officer.getUsername(), this.encoder.encode(password));
		redirect.addFlashAttribute("message", "密碼已變更，下次登入請使用新密碼。");
		return "redirect:/account/password";
	}

	private String problem(ConsoleOfficer officer, String current, String password, String confirm) {
		ConsoleAccount account = this.accounts.find(officer.getUsername()).orElse(null);
		if (account == null || !this.encoder.matches(current, account.passwordHash())) {
			return "目前的密碼不正確。";
		}
		if (!password.equals(confirm)) {
			return "兩次輸入的新密碼不同，請再輸入一次。";
		}
		if (password.equals(current)) {
			return "新密碼不可與目前的密碼相同。";
		}
		return PasswordRule.problem(officer.getUsername(), password).map((p) -> p + "。").orElse(null);
	}

}
