package tw.annualreport.console;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;

import tw.annualreport.console.account.AddUser;
import tw.annualreport.console.account.ConsoleAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

/** Signing in with an account made by --add-user: BCrypt, the lock-out after 5 failures, sign-out. */
class ConsoleLoginTests extends ConsoleTestSupport {

	@Autowired
	AddUser addUser;

	@Autowired
	JdbcTemplate jdbc;

	private void add(String name, String role, String agency, String password) {
		this.addUser.add(new String[] { "--add-user=" + name, "--role=" + role, "--agency=" + agency },
				Map.of("ANNUAL_REPORT_PASSWORD", password)::get, new ByteArrayInputStream(new byte[0]));
	}

	private org.springframework.test.web.servlet.ResultActions login(String name, String password) throws Exception {
		return this.mvc.perform(post("/login").param("username", name).param("password", password).with(csrf()));
	}

	@Test
	void anAccountMadeByAddUserSignsInAndSeesItsAgency() throws Exception {
		add("zy-login", "agency", "KHH-ZY", "s3cret-pass");
		ConsoleAccount account = this.accounts.find("zy-login").orElseThrow();
		assertThat(account.passwordHash()).startsWith("$2a$").doesNotContain("s3cret-pass");
		MockHttpSession session = (MockHttpSession) login("zy-login", "s3cret-pass").andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession();
		this.mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/agencies/KHH-ZY"));
		this.mvc.perform(get("/agencies/KHH-ZY").param("year", "113").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("zy-login（機關承辦人，")));
		this.mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
		this.mvc.perform(get("/agencies/KHH-ZY").session(session)).andExpect(redirectedUrl("/login"));
	}

	@org.springframework.beans.factory.annotation.Value("${server.servlet.session.timeout}")
	java.time.Duration sessionTimeout;

	@Test
	void aSessionLeftAloneForHalfAnHourExpires() {
		assertThat(this.sessionTimeout).isEqualTo(java.time.Duration.ofMinutes(30));
	}

	@Test
	void aWrongPasswordIsRefusedWithAMessage() throws Exception {
		add("zy-wrong", "agency", "KHH-ZY", "right-password");
		login("zy-wrong", "wrong-password").andExpect(redirectedUrl("/login?failed"));
		login("nobody", "whatever-pass").andExpect(redirectedUrl("/login?failed"));
		this.mvc.perform(get("/login").param("failed", ""))
			.andExpect(content().string(containsString("帳號或密碼錯誤")));
	}

	@Test
	void fiveFailuresLockTheAccountForFifteenMinutes() throws Exception {
		add("zy-lock", "agency", "KHH-ZY", "right-password");
		for (int i = 0; i < 4; i++) {
			login("zy-lock", "wrong-" + i).andExpect(redirectedUrl("/login?failed"));
		}
		// a success resets the count
		login("zy-lock", "right-password").andExpect(redirectedUrl("/"));
		for (int i = 0; i < 5; i++) {
			login("zy-lock", "wrong-" + i).andExpect(redirectedUrl("/login?failed"));
		}
		ConsoleAccount locked = this.accounts.find("zy-lock").orElseThrow();
		assertThat(locked.lockedUntil()).isBetween(this.accounts.now().plusSeconds(14 * 60),
				this.accounts.now().plusSeconds(15 * 60));
		// even the right password is refused while locked
		login("zy-lock", "right-password").andExpect(redirectedUrl("/login?locked"));
		this.mvc.perform(get("/login").param("locked", ""))
			.andExpect(content().string(containsString("15 分鐘後再試")));
		// 15 minutes later (the lock moved into the past) it signs in again
		this.jdbc.update("UPDATE console_user SET locked_until = ? WHERE username = 'zy-lock'",
				java.sql.Timestamp.from(this.accounts.now().minusSeconds(1)));
		login("zy-lock", "right-password").andExpect(redirectedUrl("/"));
	}

	@Test
	void addUserAgainResetsThePasswordAndUnlocks() throws Exception {
		add("zy-reset", "agency", "KHH-ZY", "first-password");
		add("zy-reset", "bureau", "KHH-HB", "second-password");
		login("zy-reset", "first-password").andExpect(redirectedUrl("/login?failed"));
		MockHttpSession session = (MockHttpSession) login("zy-reset", "second-password").andReturn().getRequest().getSession();
		this.mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/agencies"));
	}

	@Test
	void addUserReadsThePasswordFromStandardInput() {
		String line = this.addUser.add(new String[] { "--add-user=hb-stdin", "--role=bureau", "--agency=KHH-HB" },
				(name) -> null, new ByteArrayInputStream("from-stdin-1\n".getBytes(StandardCharsets.UTF_8)));
		assertThat(line).startsWith("已新增帳號 hb-stdin（上級機關承辦人，KHH-HB）");
		assertThatThrownBy(() -> this.addUser.add(new String[] { "--add-user=hb-short", "--role=bureau", "--agency=KHH-HB" },
				(name) -> null, new ByteArrayInputStream("short\n".getBytes(StandardCharsets.UTF_8))))
			.hasMessage("密碼至少要 8 個字元（由環境變數 ANNUAL_REPORT_PASSWORD 或標準輸入提供）");
		assertThat(this.accounts.find("hb-short")).isEmpty();
	}

}
