package tw.annualreport.console;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tw.annualreport.console.account.AgencyCatalogue.KnownAgency;
import tw.annualreport.console.account.ConsoleAccount;
import tw.annualreport.console.account.ConsoleAccounts;
import tw.annualreport.console.account.ConsoleRole;

/**
 * 帳號管理 (bureau officers): the accounts of the bureau's agencies, each disabled or enabled again;
 * who disabled it and when, and the last sign-in. An agency officer, or a bureau officer asking for
 * another bureau's account, gets 403.
 */
@Controller
@ConditionalOnWebApplication
class AccountsController {

	/** One account as the list shows it. */
	record AccountRow(String username, String agencyName, boolean disabled, String disabledAt, String disabledBy,
			String lastLogin, boolean locked) {
	}

	private final ConsoleAccounts accounts;

	private final AgencyNames names;

	AccountsController(ConsoleAccounts accounts, AgencyNames names) {
		this.accounts = accounts;
		this.names = names;
	}

	@GetMapping("/accounts")
	String list(@AuthenticationPrincipal ConsoleOfficer officer, Model model) {
		Map<String, String> agencies = agenciesOf(officer);
		Instant now = this.accounts.now();
		List<AccountRow> rows = this.accounts.ofAgencies(agencies.keySet())
			.stream()
			.map((a) -> new AccountRow(a.username(), agencies.get(a.agencyCode()), a.disabled(), RocTimes.of(a.disabledAt()),
					a.disabledBy(), a.lastLogin() == null ? "尚未登入" : RocTimes.of(a.lastLogin()), a.lockedAt(now)))
			.toList();
		model.addAttribute("officer", officer);
		model.addAttribute("rows", rows);
		return "accounts";
	}

	@PostMapping("/accounts/{username}/disable")
	String disable(@AuthenticationPrincipal ConsoleOfficer officer, @PathVariable String username,
			RedirectAttributes redirect) {
		ConsoleAccount account = ofTheBureau(officer, username);
		this.accounts.disable(account.username(), officer.getUsername());
		redirect.addFlashAttribute("message", "已停用帳號 " + account.username() + "（" + this.names.of(account.agencyCode())
				+ "）：此帳號無法再登入，需要時可重新啟用。");
		return "redirect:/accounts";
	}

	@PostMapping("/accounts/{username}/enable")
	String enable(@AuthenticationPrincipal ConsoleOfficer officer, @PathVariable String username,
			RedirectAttributes redirect) {
		ConsoleAccount account = ofTheBureau(officer, username);
		this.accounts.enable(account.username());
		redirect.addFlashAttribute("message", "已重新啟用帳號 " + account.username() + "（" + this.names.of(account.agencyCode())
				+ "）。");
		return "redirect:/accounts";
	}

	/** The bureau's agencies, code → name; 403 for an agency officer. */
	private Map<String, String> agenciesOf(ConsoleOfficer officer) {
		if (!officer.bureau()) {
			throw new AccessDeniedException("帳號管理僅供上級機關承辦人使用");
		}
		return this.names.under(officer.agencyCode()).stream().collect(Collectors.toMap(KnownAgency::code, KnownAgency::name));
	}

	/** An agency officer's account of one of the bureau's agencies; anything else is 403. */
	private ConsoleAccount ofTheBureau(ConsoleOfficer officer, String username) {
		Map<String, String> agencies = agenciesOf(officer);
		return this.accounts.find(username)
			.filter((a) -> a.role() == ConsoleRole.AGENCY && agencies.containsKey(a.agencyCode()))
			.orElseThrow(() -> new AccessDeniedException("您沒有權限管理此帳號"));
	}

}
