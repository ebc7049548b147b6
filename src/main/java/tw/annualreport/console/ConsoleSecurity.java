package tw.annualreport.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

import tw.annualreport.console.account.ConsoleAccounts;

/**
 * Who may use the console: form sign-in against {@code console_user} (BCrypt), everything but the
 * sign-in page and the static files behind it, CSRF on every form (Spring Security's default), an
 * account locked for 15 minutes after 5 wrong passwords in a row, and a disabled account refused (its
 * open session ended at its next request: {@link DisabledAccounts}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ConsoleSecurity {

	private final ConsoleAccounts accounts;

	ConsoleSecurity(ConsoleAccounts accounts) {
		this.accounts = accounts;
	}

	@Bean
	SecurityFilterChain consoleFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/login", "/css/**", "/js/**", "/favicon.ico", "/error")
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/", true).failureHandler((request, response, ex) -> {
				String reason = (ex instanceof LockedException) ? "locked" : (ex instanceof DisabledException) ? "disabled" : "failed";
				response.sendRedirect(request.getContextPath() + "/login?" + reason);
			}).permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.addFilterAfter(new DisabledAccounts(this.accounts), AuthorizationFilter.class)
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'self'")));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	UserDetailsService consoleUsers() {
		return (username) -> this.accounts.find(username)
			.map((account) -> new ConsoleOfficer(account, account.lockedAt(this.accounts.now())))
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		this.accounts.failed(event.getAuthentication().getName());
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		this.accounts.succeeded(event.getAuthentication().getName());
	}

}
