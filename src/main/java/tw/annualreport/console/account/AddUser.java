package tw.annualreport.console.account;

import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import tw.annualreport.agency.AgencyCodeMatch;
import tw.annualreport.console.account.AgencyCatalogue.KnownAgency;

/**
 * {@code --add-user}: creates an officer's account (or resets its password and enables it again),
 * the password stored as a BCrypt hash. The agency must be one the installation knows (an agency
 * officer's agency, a bureau officer's bureau), checked before the password is asked for; on a new
 * installation, which knows none, any code is taken and the line says so.
 */
@Component
public class AddUser {

	private final ConsoleAccounts accounts;

	private final AgencyCatalogue catalogue;

	private final PasswordEncoder encoder = new BCryptPasswordEncoder();

	public AddUser(ConsoleAccounts accounts, AgencyCatalogue catalogue) {
		this.accounts = accounts;
		this.catalogue = catalogue;
	}

	/** With the password from the environment or the first line of standard input. */
	public String add(String[] args, Function<String, String> environment, InputStream stdin) {
		return add(args, environment, PasswordInput.firstLine(stdin));
	}

	/**
	 * @param input where the password is read when the environment has none ({@link PasswordInput#of})
	 * @return the line that says what was done
	 * @throws IllegalArgumentException with the one-line reason the account cannot be made
	 */
	public String add(String[] args, Function<String, String> environment, PasswordInput input) {
		NewAccount.Request request = NewAccount.options(args);
		Map<String, KnownAgency> known = this.catalogue.known();
		String note = "";
		if (known.isEmpty()) {
			note = "。注意：尚未匯入任何機關資料或機關名冊，無法確認機關代碼 " + request.agencyCode() + " 是否正確";
		}
		else {
			request = request.withAgency(check(request, known));
		}
		NewAccount account = request.withPassword(environment, input);
		boolean created = this.accounts.save(account.username(), this.encoder.encode(account.password()), account.role(),
				account.agencyCode());
		String name = Optional.ofNullable(known.get(account.agencyCode()))
			.map(KnownAgency::name)
			.filter((n) -> !n.equals(account.agencyCode()))
			.map((n) -> "：" + n)
			.orElse("");
		return (created ? "已新增帳號 " : "已更新帳號 ") + account.username() + "（" + account.role().label() + "，"
				+ account.agencyCode() + "）" + name + note;
	}

	/** @return the code as known (khh-zy → KHH-ZY) */
	private static String check(NewAccount.Request request, Map<String, KnownAgency> known) {
		String typed = request.agencyCode();
		String code = AgencyCodeMatch.find(typed, known.keySet())
			.orElseThrow(() -> new IllegalArgumentException("找不到機關代碼 " + typed + "：不是已匯入資料、機關名冊或上傳資料中的機關"
					+ AgencyCodeMatch.didYouMean(typed, known.keySet())));
		boolean bureau = known.values().stream().anyMatch((a) -> code.equals(a.parentCode()));
		if (request.role() == ConsoleRole.BUREAU && !bureau) {
			throw new IllegalArgumentException(code + " 不是上級機關（沒有機關以它為上級機關代碼）：上級機關承辦人的 --agency 應為上級機關代碼"
					+ bureaus(known));
		}
		return code;
	}

	private static String bureaus(Map<String, KnownAgency> known) {
		var codes = known.values().stream().map(KnownAgency::parentCode).filter((p) -> p != null && !p.isBlank())
			.distinct().sorted().toList();
		return codes.isEmpty() ? "" : "（已知的上級機關：" + String.join("、", codes) + "）";
	}

}
