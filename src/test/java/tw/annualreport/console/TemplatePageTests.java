package tw.annualreport.console;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;

import tw.annualreport.source.SourceFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 資料範本: the page lists every source file by the officer's name for it, with its columns, and
 * downloads its template (or all of them in one workbook) as an XLSX file with a Chinese name; the
 * agency page links to it from its upload section.
 */
class TemplatePageTests extends ConsoleTestSupport {

	private static final ConsoleOfficer OFFICER = agencyOfficer("KHH-ZY");

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Test
	void thePageListsEverySourceFileInChineseWithItsColumnsAndDownloads() throws Exception {
		String page = this.mvc.perform(get("/templates").param("year", "113").with(user(OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("113 年度　資料範本（Excel）")))
			.andExpect(content().string(containsString("橘色")))
			.andExpect(content().string(containsString("下載全部範本")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		for (SourceFile file : SourceFile.values()) {
			assertThat(page).contains(">" + file.label() + "<", ">" + file.label() + "範本<",
					"href=\"/templates/" + file.fileName() + ".xlsx?year=113\"");
		}
		assertThat(page).contains("<strong>措施項次</strong>", "<strong>狀態</strong>", "總機接聽速度", "Q1")
			.contains("href=\"/templates/all.xlsx?year=113\"")
			.doesNotContain("Exception", "null");
	}

	@Test
	void aTemplateDownloadsAsAnXlsxFileWithItsChineseName() throws Exception {
		MvcResult result = this.mvc.perform(get("/templates/executions.xlsx").param("year", "113").with(user(OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(XLSX))
			.andReturn();

		assertThat(fileName(result)).isEqualTo("113年度執行紀錄範本（executions）.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			assertThat(workbook.getSheet("executions").getRow(0).getCell(0).getStringCellValue()).isEqualTo("措施項次");
			assertThat(workbook.getSheet("executions").getRow(1).getCell(1).getStringCellValue()).isEqualTo("113/03/15");
		}
	}

	@Test
	void allTemplatesDownloadAsOneWorkbookWithASheetPerFile() throws Exception {
		MvcResult result = this.mvc.perform(get("/templates/all.xlsx").param("year", "114").with(user(OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(XLSX))
			.andReturn();

		assertThat(fileName(result)).isEqualTo("114年度來源檔範本（全部）.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(SourceFile.values().length);
			assertThat(workbook.getSheet("executions").getRow(1).getCell(1).getStringCellValue()).isEqualTo("114/03/15");
		}
	}

	@Test
	void anUnknownTemplateIsNotFoundAndSigningInComesFirst() throws Exception {
		this.mvc.perform(get("/templates/passwd.xlsx").with(user(OFFICER)))
			.andExpect(status().isNotFound())
			.andExpect(status().reason("找不到這個資料範本"));
		this.mvc.perform(get("/templates")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/templates/all.xlsx")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theAgencyPageLinksToTheTemplatesFromItsUploadSection() throws Exception {
		this.mvc.perform(get("/agencies/KHH-ZY").param("year", "113").with(user(OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/templates?year=113\"")));
	}

	private static String fileName(MvcResult result) {
		ContentDisposition disposition = ContentDisposition.parse(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION));
		assertThat(disposition.isAttachment()).isTrue();
		return URLDecoder.decode(disposition.getFilename(), StandardCharsets.UTF_8);
	}

}
