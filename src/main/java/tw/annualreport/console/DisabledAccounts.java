package tw.annualreport.console;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import tw.annualreport.console.account.ConsoleAccount;
import tw.annualreport.console.account.ConsoleAccounts;

/**
 * An account disabled while its officer is signed in: the next request ends the
 * session and shows the sign-in page's 「此帳號已停用」, so disabling takes effect at once.
 */
class DisabledAccounts extends OncePerRequestFilter {

	private final ConsoleAccounts accounts;

	DisabledAccounts(ConsoleAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ConsoleOfficer officer
				&& this.accounts.find(officer.getUsername()).map(ConsoleAccount::disabled).orElse(false)) {
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			response.sendRedirect(request.getContextPath() + "/login?disabled");
			return;
		}
		chain.doFilter(request, response);
	}

}
