package tw.annualreport.console.account;

import java.io.InputStream;
import java.util.function.Function;

/**
 * {@code --add-user=NAME --role=agency|bureau --agency=CODE}: the account asked for on the command
 * line. The password is never an option: it comes from {@value #PASSWORD_VARIABLE} or, without it,
 * typed at the terminal without echo ({@link PasswordInput}) or the first line of standard input.
 */
public record NewAccount(String username, ConsoleRole role, String agencyCode, String password) {

	public static final String PASSWORD_VARIABLE = "ANNUAL_REPORT_PASSWORD";

	public static final int MIN_PASSWORD = PasswordRule.MIN_LENGTH;

	public NewAccount {
		new Request(username, role, agencyCode);
		if (password == null || password.length() < MIN_PASSWORD) {
			throw new IllegalArgumentException("密碼至少要 " + MIN_PASSWORD + " 個字元（由環境變數 " + PASSWORD_VARIABLE + " 或標準輸入提供）");
		}
		PasswordRule.problem(username, password).ifPresent((problem) -> {
			throw new IllegalArgumentException(problem);
		});
	}

	/** The options without the password: checked before the password is asked for. */
	public record Request(String username, ConsoleRole role, String agencyCode) {

		public Request {
			if (username == null || !username.matches("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")) {
				throw new IllegalArgumentException("--add-user 的帳號「" + username + "」不合法（英數字與 . _ @ -，最多 64 字）");
			}
			if (agencyCode == null || !agencyCode.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,31}")) {
				throw new IllegalArgumentException("--add-user 需要 --agency=機關代碼（上級機關承辦人填上級機關代碼，例如 KHH-HB）");
			}
		}

		/** The same account for another spelling of the agency code (khh-zy → KHH-ZY). */
		public Request withAgency(String code) {
			return new Request(this.username, this.role, code);
		}

		/**
		 * @param environment the environment variables ({@code System::getenv})
		 * @param input read for the password when the environment has none
		 */
		public NewAccount withPassword(Function<String, String> environment, PasswordInput input) {
			String password = environment.apply(PASSWORD_VARIABLE);
			if (password == null || password.isEmpty()) {
				password = input.read();
			}
			return new NewAccount(this.username, this.role, this.agencyCode, password);
		}

	}

	/** The options of the command line, refused in one line when wrong; the password is not read yet. */
	public static Request options(String[] args) {
		String username = null;
		String role = null;
		String agency = null;
		for (String arg : args) {
			int eq = arg.indexOf('=');
			String value = eq < 0 ? "" : arg.substring(eq + 1).strip();
			if (arg.startsWith("--add-user")) {
				username = value;
			}
			else if (arg.startsWith("--role=")) {
				role = value;
			}
			else if (arg.startsWith("--agency=")) {
				agency = value;
			}
			else if (arg.startsWith("--password")) {
				throw new IllegalArgumentException("密碼不可放在命令列（會留在 shell 歷史與行程清單中），請用環境變數 "
						+ PASSWORD_VARIABLE + " 或由標準輸入提供");
			}
		}
		if (role == null) {
			throw new IllegalArgumentException("--add-user 需要 --role=agency 或 --role=bureau");
		}
		return new Request(username, ConsoleRole.parse(role), agency);
	}

	/**
	 * @param environment the environment variables ({@code System::getenv})
	 * @param stdin read for the password when the environment has none
	 */
	public static NewAccount parse(String[] args, Function<String, String> environment, InputStream stdin) {
		return parse(args, environment, PasswordInput.firstLine(stdin));
	}

	public static NewAccount parse(String[] args, Function<String, String> environment, PasswordInput input) {
		return options(args).withPassword(environment, input);
	}

}
