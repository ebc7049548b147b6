package tw.annualreport.console.account;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** --add-user's command line: the password from the environment or standard input, never an option. */
class NewAccountTests {

	private static InputStream stdin(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void thePasswordComesFromTheEnvironmentFirst() {
		NewAccount account = NewAccount.parse(new String[] { "--add-user=zy01", "--role=agency", "--agency=KHH-ZY" },
				Map.of("ANNUAL_REPORT_PASSWORD", "env-password")::get, stdin("stdin-password\n"));
		assertThat(account).isEqualTo(new NewAccount("zy01", ConsoleRole.AGENCY, "KHH-ZY", "env-password"));
	}

	@Test
	void withoutTheVariableItIsTheFirstLineOfStandardInput() {
		NewAccount account = NewAccount.parse(new String[] { "--add-user=hb01", "--role=BUREAU", "--agency=KHH-HB" },
				(name) -> null, stdin("  stdin-password  \nsecond line\n"));
		assertThat(account.password()).isEqualTo("stdin-password");
		assertThat(account.role()).isEqualTo(ConsoleRole.BUREAU);
	}

	@Test
	void aPasswordOnTheCommandLineIsRefused() {
		assertThatThrownBy(() -> NewAccount.parse(
				new String[] { "--add-user=zy01", "--role=agency", "--agency=KHH-ZY", "--password=oops-visible" },
				(name) -> null, stdin("x\n")))
			.hasMessageStartingWith("密碼不可放在命令列");
	}

	@Test
	void badOptionsAreRefusedInOneLine() {
		assertThatThrownBy(() -> NewAccount.parse(new String[] { "--add-user=zy01", "--agency=KHH-ZY" }, (n) -> "long-enough",
				stdin(""))).hasMessage("--add-user 需要 --role=agency 或 --role=bureau");
		assertThatThrownBy(() -> NewAccount.parse(new String[] { "--add-user=zy01", "--role=admin", "--agency=KHH-ZY" },
				(n) -> "long-enough", stdin(""))).hasMessage("--role 應為 agency（機關承辦人）或 bureau（上級機關承辦人），而不是「admin」");
		assertThatThrownBy(() -> NewAccount.parse(new String[] { "--add-user=zy01", "--role=agency" }, (n) -> "long-enough",
				stdin(""))).hasMessageStartingWith("--add-user 需要 --agency=機關代碼");
		assertThatThrownBy(() -> NewAccount.parse(new String[] { "--add-user=../x", "--role=agency", "--agency=KHH-ZY" },
				(n) -> "long-enough", stdin(""))).hasMessageStartingWith("--add-user 的帳號「../x」不合法");
		assertThatThrownBy(() -> NewAccount.parse(new String[] { "--add-user=zy01", "--role=agency", "--agency=KHH-ZY" },
				(n) -> null, stdin(""))).hasMessageStartingWith("密碼至少要 8 個字元");
	}

}
