package tw.annualreport.console.account;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What a console password must be, the same for {@code --add-user} and the officer's own 變更密碼:
 * at least {@value #MIN_LENGTH} characters, at most {@value #MAX_BYTES} bytes (what BCrypt reads),
 * and not containing the account's name.
 */
public final class PasswordRule {

	public static final int MIN_LENGTH = 8;

	public static final int MAX_BYTES = 72;

	/** The rule as the console states it beside the form. */
	public static final String DESCRIPTION = "密碼至少 " + MIN_LENGTH + " 個字元，不可包含帳號名稱";

	private PasswordRule() {
	}

	/** Why the password cannot be taken, in the officer's words; empty when it can. */
	public static Optional<String> problem(String username, String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("密碼至少要 " + MIN_LENGTH + " 個字元");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("密碼太長：最多 " + MAX_BYTES + " 個英數字（中文字每字算 3 個）");
		}
		if (username != null && !username.isEmpty()
				&& password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			return Optional.of("密碼不可包含帳號名稱");
		}
		return Optional.empty();
	}

}
