package tw.annualreport.console;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import tw.annualreport.delivery.DeliveryLog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The bureau's year in the console: the register kept on a page, the board listing every registered
 * agency (silent ones 未繳交 and 逾期, openable), and 送出 → 退回 → 送出 → 核定 with each step's access
 * rule, its history and the frozen copy surviving a re-run.
 */
class SubmissionWorkflowTests extends ConsoleTestSupport {

	private static final ConsoleOfficer ZY = agencyOfficer("KHH-ZY");

	private static final ConsoleOfficer HB = bureauOfficer("KHH-HB");

	@Autowired
	DeliveryLog deliveryLog;

	@Test
	void theRegisterIsKeptOnItsPageAndTheBoardListsEveryRegisteredAgency() throws Exception {
		this.mvc.perform(post("/register").param("year", "113")
			.param("text", "機關代碼,機關名稱,上級機關代碼,收件信箱,繳交期限\nKHH-ZY,左營,KHH-HB,,明年\n")
			.with(user(HB)).with(csrf())).andExpect(flash().attribute("problems",
					java.util.List.of("第 2 列：繳交期限「明年」不是日期（例：114/01/31）")));
		this.mvc.perform(post("/register").param("year", "113")
			.param("text", "機關代碼,機關名稱,上級機關代碼,收件信箱,繳交期限\nKHH-ZY,高雄市左營區衛生所,KHH-HB,,\n"
					+ "KHH-QJ,高雄市前金區衛生所,KHH-HB,qj@example.gov.tw,\n")
			.with(user(HB)).with(csrf())).andExpect(flash().attribute("message", "機關名冊已儲存：2 個機關。"));

		this.mvc.perform(get("/agencies").param("year", "113").with(user(HB)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*已核定 [01]／3，逾期 [23].*")))
			.andExpect(content().string(containsString("高雄市前金區衛生所")))
			.andExpect(content().string(containsString("未繳交")))
			.andExpect(content().string(containsString("未列於機關名冊")));
		// a registered agency without data opens for its bureau, not for another bureau or an agency
		this.mvc.perform(get("/agencies/KHH-QJ").param("year", "113").with(user(HB))).andExpect(status().isOk());
		this.mvc.perform(get("/agencies/KHH-QJ").param("year", "113").with(user(bureauOfficer("TPE-HB"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/register").param("year", "113").with(user(ZY))).andExpect(status().isForbidden());
		// the consolidation says which agencies are missing before it runs
		this.mvc.perform(get("/agencies/KHH-HB").param("year", "113").with(user(HB)))
			.andExpect(content().string(containsString("個機關未產製或未送出報告")))
			.andExpect(content().string(containsString("高雄市前金區衛生所（未繳交，逾期）")));
	}

	@Test
	void sendReturnSendApproveWithEachStepsAccessRuleAndTheFrozenCopy() throws Exception {
		Path folder = OUT.resolve("113/KHH-SM2");
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("report.pdf"), "first");
		Files.writeString(folder.resolve("summary.json"), "{}");
		ConsoleOfficer sm2 = agencyOfficer("KHH-SM2");
		String send = "/agencies/KHH-SM2/113/send";
		String decide = "/agencies/KHH-SM2/113/decide";

		// nobody decides before it is sent; a bureau officer does not send; another agency does not send
		this.mvc.perform(post(send).with(user(HB)).with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(post(send).with(user(ZY)).with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(post(send).with(user(sm2)).with(csrf()))
			.andExpect(flash().attribute("message", containsString("已送出第 1 次報告")));
		// the report is frozen: a later run does not change what was sent
		Files.writeString(folder.resolve("report.pdf"), "re-run");
		assertThat(folder.resolve("submitted/1/report.pdf")).hasContent("first");
		this.mvc.perform(post(send).with(user(sm2)).with(csrf())).andExpect(flash().attribute("error", "本年度報告已送出，正等待上級機關核定"));

		// an agency cannot decide; a bureau officer of another bureau gets 403
		this.mvc.perform(post(decide).param("decision", "approve").with(user(sm2)).with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(post(decide).param("decision", "approve").with(user(bureauOfficer("TPE-HB"))).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(decide).param("decision", "return").with(user(HB)).with(csrf()))
			.andExpect(flash().attribute("error", "退回時請填寫意見，讓機關知道要修正什麼"));
		this.mvc.perform(post(decide).param("decision", "return").param("comment", "電話禮貌測試缺 12 月，請補正").with(user(HB)).with(csrf()))
			.andExpect(flash().attribute("message", containsString("已退回")));
		this.mvc.perform(get("/agencies/KHH-SM2").param("year", "113").with(user(sm2)))
			.andExpect(content().string(containsString("電話禮貌測試缺 12 月，請補正")))
			.andExpect(content().string(containsString("送出報告給上級機關")));

		this.mvc.perform(post(send).with(user(sm2)).with(csrf()))
			.andExpect(flash().attribute("message", containsString("已送出第 2 次報告")));
		assertThat(folder.resolve("submitted/2/report.pdf")).hasContent("re-run");
		this.mvc.perform(post(decide).param("decision", "approve").with(user(HB)).with(csrf()))
			.andExpect(flash().attribute("message", containsString("已核定")));
		this.mvc.perform(post(send).with(user(sm2)).with(csrf())).andExpect(flash().attribute("error", "本年度報告已核定，不能再送出"));

		this.mvc.perform(get("/agencies/KHH-SM2").param("year", "113").with(user(HB)))
			.andExpect(content().string(containsString("已核定")))
			.andExpect(content().string(not(containsString("id=\"approve\""))))
			.andExpect((r) -> assertThat(r.getResponse().getContentAsString().split("<td>送出</td>")).hasSize(3))
			.andExpect(content().string(containsString("<td>退回</td>")))
			.andExpect(content().string(containsString("<td>核定</td>")));
		this.mvc.perform(get("/agencies/KHH-SM2/113/submitted/1/report.pdf").with(user(HB))).andExpect(status().isOk())
			.andExpect(content().string("first"));
		// every step's mail is in the delivery log (no server here: recorded as not sent)
		assertThat(this.deliveryLog.attempts("KHH-SM2", 113)).extracting((a) -> a.kind())
			.containsExactly("sent", "returned", "sent", "approved");
	}

}
