package tw.annualreport.console;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockMultipartFile;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * Who sees what: an agency officer their own agency only (403 on another's page, run, report,
 * upload and progress), a bureau officer every agency under the bureau, nobody anything without
 * signing in, and no form without its CSRF token.
 */
class ConsoleAccessTests extends ConsoleTestSupport {

	private static final ConsoleOfficer ZY = agencyOfficer("KHH-ZY");

	private static final ConsoleOfficer HB = bureauOfficer("KHH-HB");

	@Test
	void anonymousIsSentToTheLoginPage() throws Exception {
		for (String path : new String[] { "/", "/agencies", "/agencies/KHH-ZY?year=113", "/agencies/KHH-ZY/113/files/report.pdf",
				"/runs/whatever" }) {
			this.mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		}
		this.mvc.perform(post("/agencies/KHH-ZY/runs").param("year", "113").with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void theLoginPageAndTheStylesNeedNoLogin() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("登入")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
		this.mvc.perform(get("/css/console.css")).andExpect(status().isOk());
	}

	@Test
	void anAgencyOfficerStartsOnTheirOwnAgency() throws Exception {
		this.mvc.perform(get("/").with(user(ZY))).andExpect(redirectedUrl("/agencies/KHH-ZY"));
		this.mvc.perform(get("/agencies/KHH-ZY").param("year", "113").with(user(ZY)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("產製草稿")))
			.andExpect(content().string(containsString("上傳資料")))
			.andExpect(content().string(containsString("每日草稿 下次")))
			.andExpect(content().string(containsString("agency.csv")));
	}

	@Test
	void anAgencyOfficerGets403OnAnotherAgency() throws Exception {
		this.mvc.perform(get("/agencies/KHH-SM2").param("year", "113").with(user(ZY))).andExpect(status().isForbidden());
		this.mvc.perform(get("/agencies/KHH-SM2/113/files/report.pdf").with(user(ZY))).andExpect(status().isForbidden());
		this.mvc.perform(post("/agencies/KHH-SM2/runs").param("year", "113").param("kind", "draft").with(user(ZY)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(multipart("/agencies/KHH-SM2/uploads")
			.file(new MockMultipartFile("files", "plan.csv", "text/csv", "a".getBytes()))
			.param("year", "113")
			.with(user(ZY))
			.with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(get("/agencies").with(user(ZY))).andExpect(status().isForbidden());
		// the bureau's consolidated report is not an agency officer's either
		this.mvc.perform(get("/agencies/KHH-HB").param("year", "113").with(user(ZY))).andExpect(status().isForbidden());
		this.mvc.perform(get("/agencies/KHH-HB/113/files/report.pdf").with(user(ZY))).andExpect(status().isForbidden());
	}

	@Test
	void aBureauOfficerSeesEveryAgencyUnderTheBureau() throws Exception {
		this.mvc.perform(get("/").with(user(HB))).andExpect(redirectedUrl("/agencies"));
		this.mvc.perform(get("/agencies").param("year", "113").with(user(HB)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("KHH-ZY")))
			.andExpect(content().string(containsString("KHH-SM2")))
			.andExpect(content().string(containsString("彙整報告")));
		this.mvc.perform(get("/agencies/KHH-SM2").param("year", "113").with(user(HB))).andExpect(status().isOk());
		this.mvc.perform(get("/agencies/KHH-HB").param("year", "113").with(user(HB)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("彙整報告")))
			.andExpect(content().string(not(containsString("上傳資料</h2>"))));
	}

	@Test
	void aBureauOfficerGets403OnAnotherBureausAgency() throws Exception {
		ConsoleOfficer other = bureauOfficer("TPE-HB");
		this.mvc.perform(get("/agencies").param("year", "113").with(user(other)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("KHH-ZY"))));
		this.mvc.perform(get("/agencies/KHH-ZY").param("year", "113").with(user(other))).andExpect(status().isForbidden());
		this.mvc.perform(get("/agencies/KHH-ZY/113/files/report.pdf").with(user(other))).andExpect(status().isForbidden());
		this.mvc.perform(post("/agencies/KHH-ZY/runs").param("year", "113").with(user(other)).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aFormWithoutItsCsrfTokenIs403() throws Exception {
		this.mvc.perform(post("/agencies/KHH-ZY/runs").param("year", "113").param("kind", "draft").with(user(ZY)))
			.andExpect(status().isForbidden());
		this.mvc.perform(multipart("/agencies/KHH-ZY/uploads")
			.file(new MockMultipartFile("files", "plan.csv", "text/csv", "a".getBytes()))
			.param("year", "113")
			.with(user(ZY))).andExpect(status().isForbidden());
		this.mvc.perform(post("/logout").with(user(ZY))).andExpect(status().isForbidden());
		this.mvc.perform(post("/login").param("username", "x").param("password", "y")).andExpect(status().isForbidden());
	}

	@Test
	void onlyTheReportFilesOfTheFolderAreServed() throws Exception {
		this.mvc.perform(get("/agencies/KHH-ZY/113/files/agency.csv").with(user(ZY))).andExpect(status().isNotFound());
		this.mvc.perform(get("/agencies/KHH-ZY/113/files/report.xlsx").with(user(ZY))).andExpect(status().isNotFound());
		this.mvc.perform(get("/agencies/KHH-ZY/113/files/..%2F..%2Fpom.xml").with(user(ZY)))
			.andExpect((r) -> org.assertj.core.api.Assertions.assertThat(r.getResponse().getStatus()).isIn(400, 404));
	}

	@Test
	void aYearOutOfRangeIsABadRequestInChinese() throws Exception {
		this.mvc.perform(get("/agencies/KHH-ZY").param("year", "5000").with(user(ZY)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("年度「5000」不合理")));
	}

	@Test
	void anUnknownRunIs404() throws Exception {
		this.mvc.perform(get("/runs/no-such-run").with(user(ZY))).andExpect(status().isNotFound());
	}

}
