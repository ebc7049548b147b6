package tw.annualreport.console;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.ResultActions;

import tw.annualreport.console.account.AddUser;
import tw.annualreport.console.account.ConsoleAccount;
import tw.annualreport.register.AgencyRegister;
import tw.annualreport.register.RegisteredAgency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 帳號管理 and 變更密碼: a bureau officer disables and re-enables the accounts of the bureau's agencies
 * (an agency officer gets 403, another bureau's officer too), a disabled account cannot sign in and is
 * told so in Chinese, an officer changes their own password by the rules; the pages name agencies, not codes.
 * Two bureaus of their own (registers of 100 年度), so the sample agencies' tests are not touched.
 */
class ConsoleAccountsTests extends ConsoleTestSupport {

	private static final String PASSWORD = "right-password-1";

	@Autowired
	AddUser addUser;

	@Autowired
	AgencyRegister register;

	@BeforeEach
	void twoBureausWithTheirAgencies() {
		this.register.replace("TST-HB", 100, List.of(new RegisteredAgency("TST-A", "測試區衛生所", "TST-HB", null, null),
				new RegisteredAgency("TST-B", "測試第二衛生所", "TST-HB", null, null)), "test");
		this.register.replace("TSX-HB", 100, List.of(new RegisteredAgency("TSX-A", "另一局的衛生所", "TSX-HB", null, null)),
				"test");
		add("tst-a-officer", "agency", "TST-A");
		add("tst-b-officer", "agency", "TST-B");
		add("tsx-a-officer", "agency", "TSX-A");
		add("tst-hb-officer", "bureau", "TST-HB");
		add("tsx-hb-officer", "bureau", "TSX-HB");
	}

	private void add(String name, String role, String agency) {
		this.addUser.add(new String[] { "--add-user=" + name, "--role=" + role, "--agency=" + agency },
				Map.of("ANNUAL_REPORT_PASSWORD", PASSWORD)::get, new ByteArrayInputStream(new byte[0]));
	}

	private ResultActions login(String name, String password) throws Exception {
		return this.mvc.perform(post("/login").param("username", name).param("password", password).with(csrf()));
	}

	private MockHttpSession session(String name, String password) throws Exception {
		return (MockHttpSession) login(name, password).andExpect(redirectedUrl("/")).andReturn().getRequest().getSession();
	}

	@Test
	void anAgencyOfficerGets403OnTheAccountsPage() throws Exception {
		MockHttpSession officer = session("tst-a-officer", PASSWORD);
		this.mvc.perform(get("/accounts").session(officer)).andExpect(status().isForbidden());
		this.mvc.perform(post("/accounts/tst-b-officer/disable").session(officer).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.accounts.find("tst-b-officer").orElseThrow().disabled()).isFalse();
		this.mvc.perform(get("/agencies/TST-A").param("year", "100").session(officer))
			.andExpect(content().string(not(containsString("id=\"accounts-link\""))))
			.andExpect(content().string(containsString("變更密碼")));
	}

	@Test
	void aBureauOfficerListsDisablesAndReEnablesTheBureausAgencyAccounts() throws Exception {
		MockHttpSession bureau = session("tst-hb-officer", PASSWORD);
		this.mvc.perform(get("/accounts").session(bureau))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("tst-a-officer")))
			.andExpect(content().string(containsString("測試區衛生所")))
			.andExpect(content().string(containsString("tst-b-officer")))
			.andExpect(content().string(not(containsString("tsx-a-officer"))))
			.andExpect(content().string(not(containsString("id=\"account-tst-hb-officer\""))));

		this.mvc.perform(post("/accounts/tst-a-officer/disable").session(bureau).with(csrf()))
			.andExpect(redirectedUrl("/accounts"));
		ConsoleAccount disabled = this.accounts.find("tst-a-officer").orElseThrow();
		assertThat(disabled.disabled()).isTrue();
		assertThat(disabled.disabledBy()).isEqualTo("tst-hb-officer");
		this.mvc.perform(get("/accounts").session(bureau))
			.andExpect(content().string(matchesPattern("(?s).*已停用（\\d{3}/\\d{2}/\\d{2} \\d{2}:\\d{2}，tst-hb-officer）.*")))
			.andExpect(content().string(containsString("id=\"enable-tst-a-officer\"")));

		// a disabled account cannot sign in, and the sign-in page says so in Chinese
		login("tst-a-officer", PASSWORD).andExpect(redirectedUrl("/login?disabled"));
		this.mvc.perform(get("/login").param("disabled", ""))
			.andExpect(content().string(containsString("此帳號已停用")))
			.andExpect(content().string(containsString("請洽")));

		this.mvc.perform(post("/accounts/tst-a-officer/enable").session(bureau).with(csrf()))
			.andExpect(redirectedUrl("/accounts"));
		assertThat(this.accounts.find("tst-a-officer").orElseThrow().disabled()).isFalse();
		session("tst-a-officer", PASSWORD);
		assertThat(this.accounts.find("tst-a-officer").orElseThrow().lastLogin()).isNotNull();
		this.mvc.perform(get("/accounts").session(bureau))
			.andExpect(content().string(matchesPattern("(?s).*id=\"account-tst-a-officer\".*?使用中.*?\\d{3}/\\d{2}/\\d{2} \\d{2}:\\d{2}.*")));
	}

	@Test
	void aBureauOfficerCannotDisableAnotherBureausAccountsNorABureauOfficer() throws Exception {
		MockHttpSession other = session("tsx-hb-officer", PASSWORD);
		this.mvc.perform(post("/accounts/tst-b-officer/disable").session(other).with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(post("/accounts/tst-hb-officer/disable").session(session("tst-hb-officer", PASSWORD)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/accounts/nobody/disable").session(other).with(csrf())).andExpect(status().isForbidden());
		assertThat(this.accounts.find("tst-b-officer").orElseThrow().disabled()).isFalse();
		assertThat(this.accounts.find("tst-hb-officer").orElseThrow().disabled()).isFalse();
	}

	@Test
	void anOfficerSignedInWhenTheirAccountIsDisabledIsSignedOutAtTheNextPage() throws Exception {
		MockHttpSession officer = session("tst-b-officer", PASSWORD);
		this.mvc.perform(get("/agencies/TST-B").param("year", "100").session(officer)).andExpect(status().isOk());
		this.mvc.perform(post("/accounts/tst-b-officer/disable").session(session("tst-hb-officer", PASSWORD)).with(csrf()))
			.andExpect(redirectedUrl("/accounts"));
		this.mvc.perform(get("/agencies/TST-B").param("year", "100").session(officer))
			.andExpect(redirectedUrl("/login?disabled"));
	}

	@Test
	void anOfficerChangesTheirOwnPassword() throws Exception {
		add("tst-pw-officer", "agency", "TST-A");
		MockHttpSession officer = session("tst-pw-officer", PASSWORD);
		this.mvc.perform(get("/account/password").session(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("密碼至少 8 個字元")));
		change(officer, "wrong-password", "new-password-2", "new-password-2").andExpect(content().string(containsString("目前的密碼不正確")));
		change(officer, PASSWORD, "new-password-2", "new-password-3").andExpect(content().string(containsString("兩次輸入的新密碼不同")));
		change(officer, PASSWORD, "short", "short").andExpect(content().string(containsString("密碼至少要 8 個字元")));
		change(officer, PASSWORD, "xtst-pw-officerx", "xtst-pw-officerx").andExpect(content().string(containsString("密碼不可包含帳號名稱")));
		change(officer, PASSWORD, PASSWORD, PASSWORD).andExpect(content().string(containsString("新密碼不可與目前的密碼相同")));
		login("tst-pw-officer", "new-password-2").andExpect(redirectedUrl("/login?failed"));

		change(officer, PASSWORD, "new-password-2", "new-password-2").andExpect(redirectedUrl("/account/password"));
		login("tst-pw-officer", PASSWORD).andExpect(redirectedUrl("/login?failed"));
		session("tst-pw-officer", "new-password-2");
	}

	private ResultActions change(MockHttpSession session, String current, String password, String confirm) throws Exception {
		return this.mvc.perform(post("/account/password").param("current", current).param("password", password)
			.param("confirm", confirm).session(session).with(csrf()));
	}

	@Test
	void theLoginPageSendsTheOfficerToTheAdministratorNotToACommand() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(content().string(containsString("請洽系統管理者")))
			.andExpect(content().string(not(containsString("java -jar"))))
			.andExpect(content().string(not(containsString("--add-user"))));
	}

	@Test
	void pagesNameTheAgencyAndShowScheduleTimesAsRocDates() throws Exception {
		this.mvc.perform(get("/agencies/TST-A").param("year", "100").with(user(bureauOfficer("TST-HB"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>測試區衛生所｜提升服務成果報告</title>")))
			.andExpect(content().string(containsString("id=\"agency-name\">測試區衛生所</span>")))
			.andExpect(content().string(not(containsString("TST-A（TST-A）"))))
			.andExpect(content().string(matchesPattern("(?s).*每日草稿 下次 1\\d\\d/\\d{2}/\\d{2} \\d{2}:\\d{2}.*")));
	}

	@Test
	void anImplausibleYearIsRefusedWithTheYearProbablyMeant() throws Exception {
		this.mvc.perform(get("/agencies/TST-A").param("year", "13").with(user(bureauOfficer("TST-HB"))))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("年度「13」不合理，是否為 113 年度？")));
	}

}
