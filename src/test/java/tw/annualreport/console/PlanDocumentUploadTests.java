package tw.annualreport.console;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 從工作計畫文件讀取 in the console: the tree read from the agency's own document is shown to confirm;
 * nothing of the year's data set changes until the officer confirms; cancelling leaves it as it was.
 */
class PlanDocumentUploadTests extends ConsoleTestSupport {

	private static final String CODE = "PLD-A";

	private static final ConsoleOfficer OFFICER = agencyOfficer(CODE);

	@Autowired
	ConsoleProperties properties;

	private Path folder;

	@BeforeEach
	void emptyFolder() throws Exception {
		this.folder = this.properties.folderOf(CODE);
		deleteTree(this.folder);
		Files.createDirectories(this.folder);
		Files.writeString(this.folder.resolve("executions.csv"), "措施項次,執行日期,狀態\n");
	}

	private static MockMultipartFile document(String name) throws Exception {
		return new MockMultipartFile("document", name, "application/octet-stream",
				Files.readAllBytes(Path.of("src/test/resources/plan-documents", name)));
	}

	private String upload(String name) throws Exception {
		return this.mvc.perform(multipart("/agencies/" + CODE + "/plan-document").file(document(name))
			.param("year", "113")
			.with(user(OFFICER))
			.with(csrf())).andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
	}

	private String preview() throws Exception {
		return this.mvc.perform(get("/agencies/" + CODE + "/plan-document").param("year", "113").with(user(OFFICER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void theAgencyPageOffersToReadThePlanDocument() throws Exception {
		String page = this.mvc.perform(get("/agencies/" + CODE).param("year", "113").with(user(OFFICER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"plan-document-form\"", "讀取工作計畫文件", "accept=\".docx,.odt\"");
	}

	@Test
	void theTreeReadIsShownAndBecomesPlanCsvOnlyWhenConfirmed() throws Exception {
		assertThat(upload("KHH-ZY-113-工作計畫.docx")).isEqualTo("/agencies/" + CODE + "/plan-document?year=113");
		String page = preview();
		List<CSVRecord> sample = records(Path.of("config/sample/113/KHH-ZY/plan.csv"));
		assertThat(page).contains("KHH-ZY-113-工作計畫.docx", "共讀到 工作要項 ", "確認，作為本年度工作計畫");
		// every title of the plan the document was made from, as the document numbers it
		for (CSVRecord row : sample) {
			assertThat(page).contains(org.springframework.web.util.HtmlUtils.htmlEscape(row.get("名稱")));
		}
		// the unnumbered first row stays without a number; the next level-1 item is the document's 二、
		assertThat(page).contains("<td></td>\n\t\t\t\t\t<td>訂定「提升服務工作計畫」</td>", "<td>二、</td>")
			.doesNotContain("id=\"replaces\"");
		assertThat(this.folder.resolve("plan.csv")).doesNotExist();

		this.mvc.perform(post("/agencies/" + CODE + "/plan-document/confirm").param("year", "113")
			.with(user(OFFICER))
			.with(csrf()))
			.andExpect(redirectedUrl("/agencies/" + CODE + "?year=113"))
			.andExpect(flash().attribute("message", org.hamcrest.Matchers.startsWith("已將工作計畫文件讀成本年度的工作計畫（plan.csv）：工作要項 ")));
		List<CSVRecord> written = records(this.folder.resolve("plan.csv"));
		assertThat(written).extracting((r) -> r.get("名稱")).containsExactlyElementsOf(sample.stream().map((r) -> r.get("名稱")).toList());
		assertThat(this.folder.resolve("executions.csv")).exists();
		assertThat(this.folder.resolve(".plan-document")).doesNotExist();
	}

	@Test
	void cancellingChangesNothingAndAnEarlierPlanIsNamedBeforeItIsReplaced() throws Exception {
		Files.writeString(this.folder.resolve("plan.csv"), "項次,名稱\n1,舊計畫\n");
		upload("national-004-評核構面.odt");
		assertThat(preview()).contains("評核構面", "id=\"replaces\"", "data-confirm=\"確定以這份文件取代本年度的工作計畫？\"");
		this.mvc.perform(post("/agencies/" + CODE + "/plan-document/cancel").param("year", "113")
			.with(user(OFFICER))
			.with(csrf())).andExpect(flash().attribute("message", "已取消，本年度的工作計畫未變更。"));
		assertThat(Files.readString(this.folder.resolve("plan.csv"))).isEqualTo("項次,名稱\n1,舊計畫\n");
		assertThat(this.folder.resolve(".plan-document")).doesNotExist();
	}

	@Test
	void aDocumentWithoutAPlanTableSaysSoAndAnOldWordFileIsRefused() throws Exception {
		upload("no-plan-table.docx");
		assertThat(preview()).contains("id=\"problem\"", "請修正文件後重新上傳").doesNotContain("確認，作為本年度工作計畫");

		this.mvc.perform(multipart("/agencies/" + CODE + "/plan-document")
			.file(new MockMultipartFile("document", "工作計畫.doc", "application/msword", new byte[] { 1, 2, 3 }))
			.param("year", "113")
			.with(user(OFFICER))
			.with(csrf()))
			.andExpect(redirectedUrl("/agencies/" + CODE + "?year=113"))
			.andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("舊版 Word 格式（.doc）")));
		assertThat(this.folder.resolve("plan.csv")).doesNotExist();
	}

	@Test
	void aBureauOfficerCannotReplaceAnAgencysPlan() throws Exception {
		this.mvc.perform(multipart("/agencies/" + CODE + "/plan-document").file(document("KHH-ZY-113-工作計畫.docx"))
			.param("year", "113")
			.with(user(bureauOfficer("KHH-HB")))
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(this.folder.resolve(".plan-document")).doesNotExist();
	}

	private static List<CSVRecord> records(Path csv) throws Exception {
		String text = Files.readString(csv, StandardCharsets.UTF_8).replace("\uFEFF", "");
		return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(text)).getRecords();
	}

}
