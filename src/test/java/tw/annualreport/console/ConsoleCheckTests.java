package tw.annualreport.console;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.step.ListableStepLocator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;

import tw.annualreport.run.StepLabels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 檢查資料 and what it guards: uploaded files are published (匯入並產製報告) only after a check of
 * exactly those files found nothing blocking, a final report only when confirmed, and a check's
 * failure reads in the officer's words, publishing nothing and writing no file.
 */
class ConsoleCheckTests extends ConsoleTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Map<String, Job> jobs;

	@Test
	void uploadedFilesArePublishedOnlyAfterACleanCheckAndAFinalOnlyWhenConfirmed() throws Exception {
		ConsoleOfficer sm2 = agencyOfficer("KHH-SM2");
		// KHH-SM2's 113 files, not checked for 112: publishing them is refused, nothing starts
		this.mvc.perform(post("/agencies/KHH-SM2/runs").param("year", "112").param("kind", "draft").with(user(sm2)).with(csrf()))
			.andExpect(redirectedUrl("/agencies/KHH-SM2?year=112"))
			.andExpect(flash().attribute("error", containsString("請先按「檢查資料」")));
		this.mvc.perform(post("/agencies/KHH-SM2/runs").param("year", "112").param("kind", "final").with(user(sm2)).with(csrf()))
			.andExpect(redirectedUrl("/agencies/KHH-SM2?year=112"))
			.andExpect(flash().attribute("error", containsString("確認")));
		this.mvc.perform(get("/agencies/KHH-SM2").param("year", "112").with(user(sm2)))
			.andExpect(content().string(containsString("id=\"check-first\"")))
			.andExpect(content().string(containsString("data-confirm=")));

		// checked as 112, every dated row is outside the year: the check says so in the officer's words
		String html = awaitEnd(sm2, check(sm2));
		assertThat(html).contains("檢查未通過", "請確認報告年度是否應為 113 年度", "匯入執行紀錄", "拒收與警告明細")
			.doesNotContain("--year", "Step", "Exception", "rejects.", "/target/", "id=\"publish\"");
		// nothing published, no file written, the staging rows dropped or never visible
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM agency_year WHERE roc_year = 112", Long.class)).isZero();
		assertThat(OUT.resolve("112")).doesNotExist();
		this.mvc.perform(post("/agencies/KHH-SM2/runs").param("year", "112").param("kind", "draft").with(user(sm2)).with(csrf()))
			.andExpect(flash().attribute("error", containsString("檢查未通過")));
	}

	@Test
	void everyStepOfEveryJobHasTheOfficersWords() {
		assertThat(this.jobs).containsKeys("annualReportJob", "checkSourcesJob", "bureauReportJob");
		for (Job job : this.jobs.values()) {
			for (String step : ((ListableStepLocator) job).getStepNames()) {
				assertThat(StepLabels.knows(step)).as(job.getName() + " " + step).isTrue();
				assertThat(StepLabels.of(step)).doesNotContainPattern("[A-Za-z]");
			}
		}
	}

	private String check(ConsoleOfficer officer) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/agencies/KHH-SM2/checks").param("year", "112").with(user(officer)).with(csrf()))
			.andExpect(status().isFound())
			.andReturn();
		return result.getResponse().getRedirectedUrl();
	}

	/** Polls the progress page as the browser does, until the run has ended. */
	private String awaitEnd(ConsoleOfficer officer, String location) throws Exception {
		long deadline = System.currentTimeMillis() + 180_000;
		while (System.currentTimeMillis() < deadline) {
			String html = this.mvc.perform(get(location).with(user(officer)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			if (!html.contains("http-equiv=\"refresh\"")) {
				return html;
			}
			Thread.sleep(300);
		}
		throw new AssertionError("the check did not end within 3 minutes");
	}

}
