package tw.annualreport.console.account;

import java.io.InputStream;
import java.util.function.Function;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** {@code --add-user}: creates an officer's account (or resets its password), the password stored as a BCrypt hash. */
@Component
public class AddUser {

	private final ConsoleAccounts accounts;

	private final PasswordEncoder encoder = new BCryptPasswordEncoder();

	public AddUser(ConsoleAccounts accounts) {
		this.accounts = accounts;
	}

	/**
	 * @return the line that says what was done
	 * @throws IllegalArgumentException with the one-line reason the account cannot be made
	 */
	public String add(String[] args, Function<String, String> environment, InputStream stdin) {
		NewAccount account = NewAccount.parse(args, environment, stdin);
		boolean created = this.accounts.save(account.username(), this.encoder.encode(account.password()), account.role(),
				account.agencyCode());
		return (created ? "已新增帳號 " : "已更新帳號 ") + account.username() + "（" + account.role().label() + "，"
				+ account.agencyCode() + "）";
	}

}
