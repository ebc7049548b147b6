package tw.annualreport.console.account;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tw.annualreport.console.account.AgencyCatalogue.KnownAgency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * --add-user: the password from ANNUAL_REPORT_PASSWORD, else typed twice without echo; an agency
 * the installation does not know refused (before the password is asked for), with the close codes.
 */
class AddUserTests {

	private static final Map<String, KnownAgency> KNOWN = Map.of("KHH-ZY", new KnownAgency("KHH-ZY", "高雄市左營區衛生所", "KHH-HB"),
			"KHH-SM2", new KnownAgency("KHH-SM2", "高雄市三民第二衛生所", "KHH-HB"), "KHH-HB",
			new KnownAgency("KHH-HB", "高雄市政府衛生局", null));

	/** What was saved, instead of the database. */
	private final Map<String, String> saved = new LinkedHashMap<>();

	private final ConsoleAccounts accounts = new ConsoleAccounts(null) {

		@Override
		public boolean save(String username, String passwordHash, ConsoleRole role, String agencyCode) {
			return AddUserTests.this.saved.put(username, role + " " + agencyCode + " " + passwordHash) == null;
		}

	};

	private static final PasswordInput NEVER = () -> {
		throw new AssertionError("the password must not be asked for");
	};

	private String add(Map<String, KnownAgency> known, PasswordInput input, Map<String, String> environment, String... args) {
		return new AddUser(this.accounts, () -> known).add(args, environment::get, input);
	}

	@Test
	void thePasswordComesFromTheEnvironmentWithoutAsking() {
		String line = add(KNOWN, NEVER, Map.of("ANNUAL_REPORT_PASSWORD", "env-password-1"), "--add-user=zy01", "--role=agency",
				"--agency=KHH-ZY");
		assertThat(line).isEqualTo("已新增帳號 zy01（機關承辦人，KHH-ZY）：高雄市左營區衛生所");
		assertThat(this.saved.get("zy01")).startsWith("AGENCY KHH-ZY $2a$");
	}

	@Test
	void atATerminalThePasswordIsTypedTwiceWithoutEcho() {
		List<String> prompts = new ArrayList<>();
		PasswordInput typed = PasswordInput.typed((prompt) -> {
			prompts.add(prompt);
			return "typed-password".toCharArray();
		});
		add(KNOWN, typed, Map.of(), "--add-user=hb01", "--role=bureau", "--agency=KHH-HB");
		assertThat(prompts).containsExactly("密碼（輸入時不會顯示）：", "再輸入一次密碼：");
		assertThat(this.saved).containsKey("hb01");

		List<char[]> answers = new ArrayList<>(List.of("first-password".toCharArray(), "other-password".toCharArray()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> add(KNOWN, PasswordInput.typed((p) -> answers.remove(0)), Map.of(), "--add-user=hb02",
					"--role=bureau", "--agency=KHH-HB"))
			.withMessage("兩次輸入的密碼不同，帳號未建立，請再執行一次");
		assertThat(this.saved).doesNotContainKey("hb02");
	}

	@Test
	void anUnknownAgencyIsRefusedBeforeThePasswordIsAskedFor() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> add(KNOWN, NEVER, Map.of(), "--add-user=zy01", "--role=agency", "--agency=KHH-YZ"))
			.withMessageStartingWith("找不到機關代碼 KHH-YZ：")
			.withMessageContaining("是否為 KHH-ZY？");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> add(KNOWN, NEVER, Map.of(), "--add-user=zy01", "--role=bureau", "--agency=KHH-ZY"))
			.withMessageStartingWith("KHH-ZY 不是上級機關")
			.withMessageContaining("已知的上級機關：KHH-HB");
		assertThat(this.saved).isEmpty();
	}

	@Test
	void theCodeIsTakenAsKnownIgnoringCase() {
		String line = add(KNOWN, () -> "stdin-password", Map.of(), "--add-user=sm01", "--role=agency", "--agency=khh-sm2");
		assertThat(line).startsWith("已新增帳號 sm01（機關承辦人，KHH-SM2）");
		assertThat(this.saved.get("sm01")).startsWith("AGENCY KHH-SM2 ");
	}

	@Test
	void aNewInstallationKnowingNoAgencyTakesAnyCodeAndSaysSo() {
		String line = add(Map.of(), () -> "stdin-password", Map.of(), "--add-user=first", "--role=bureau", "--agency=TPE-HB");
		assertThat(line).isEqualTo("已新增帳號 first（上級機關承辦人，TPE-HB）。注意：尚未匯入任何機關資料或機關名冊，無法確認機關代碼 TPE-HB 是否正確");
	}

	@Test
	void aPasswordContainingTheAccountNameIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> add(KNOWN, () -> "my-zy01-password", Map.of(), "--add-user=zy01", "--role=agency",
					"--agency=KHH-ZY"))
			.withMessage("密碼不可包含帳號名稱");
	}

}
