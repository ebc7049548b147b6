package tw.annualreport.console;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The year's data set on the agency's page: files kept per year, an upload replacing only the
 * files of its kind (the whole set only when the officer ticks so), removal at the officer's
 * request, files that match no source file with a guess at what they are, and the files uploaded
 * before files were kept per year shown read-only and still used. Each test has an agency of its own.
 */
class DataSetTests extends ConsoleTestSupport {

	private static final Path SAMPLE = Path.of("config/sample/113/KHH-ZY");

	private static List<Path> sampleFiles() throws IOException {
		try (Stream<Path> files = Files.list(SAMPLE)) {
			return files.sorted().toList();
		}
	}

	private static MockMultipartFile file(String name, String text) {
		return new MockMultipartFile("files", name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
	}

	/** A sample file; agency.csv names the test's own agency, under a bureau no other test has. */
	private static MockMultipartFile sample(Path file, String code) throws IOException {
		return new MockMultipartFile("files", file.getFileName().toString(), "text/csv", sampleBytes(file, code));
	}

	private static byte[] sampleBytes(Path file, String code) throws IOException {
		if (!file.getFileName().toString().equals("agency.csv")) {
			return Files.readAllBytes(file);
		}
		return Files.readString(file).replace("KHH-ZY,高雄市左營區衛生所,KHH-HB", code + ",測試機關,DS-HB")
			.getBytes(StandardCharsets.UTF_8);
	}

	private static MockMultipartFile zip(String... namesAndTexts) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (int i = 0; i < namesAndTexts.length; i += 2) {
				zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
				zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return new MockMultipartFile("files", "data.zip", "application/zip", bytes.toByteArray());
	}

	private void upload(String code, int year, boolean replaceAll, MockMultipartFile... files) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/agencies/" + code + "/uploads");
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		if (replaceAll) {
			request.param("replaceAll", "true");
		}
		this.mvc.perform(request.param("year", Integer.toString(year)).with(user(agencyOfficer(code))).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("message", startsWith("已上傳 ")));
	}

	private String page(String code, int year) throws Exception {
		return this.mvc.perform(get("/agencies/" + code).param("year", Integer.toString(year)).with(user(agencyOfficer(code))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** One row of the data set's table, by the source file's base name. */
	private static String row(String html, String source) {
		Matcher row = Pattern.compile("<tr id=\"source-" + source + "\">(.*?)</tr>", Pattern.DOTALL).matcher(html);
		assertThat(row.find()).as("the row of " + source).isTrue();
		return row.group(1);
	}

	private static List<String> filesIn(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map((p) -> p.getFileName().toString()).filter((n) -> !n.startsWith(".")).sorted().toList();
		}
	}

	@Test
	void aSecondUploadOfOneFileKeepsTheOtherFilesOfTheYear() throws Exception {
		List<Path> sample = sampleFiles();
		upload("DS-KEEP", 113, false, sample.stream().map((f) -> {
			try {
				return sample(f, "DS-KEEP");
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}).toArray(MockMultipartFile[]::new));
		String executions = "措施項次,執行日期,承辦單位,執行情形,場次,人次,指標實績,狀態,佐證\n1.1.1,113/05/01,研考,辦理,1,2,,已完成,\n";
		this.mvc.perform(multipart("/agencies/DS-KEEP/uploads").file(file("executions.csv", executions))
			.param("year", "113")
			.with(user(agencyOfficer("DS-KEEP")))
			.with(csrf()))
			.andExpect(flash().attribute("message", startsWith("已上傳 1 個檔案：executions.csv（取代先前的 executions.csv）")));

		Path folder = INPUT.resolve("113/DS-KEEP");
		assertThat(filesIn(folder)).containsExactlyElementsOf(sample.stream().map((f) -> f.getFileName().toString()).toList());
		assertThat(Files.readString(folder.resolve("executions.csv"))).isEqualTo(executions);
		assertThat(Files.readAllBytes(folder.resolve("plan.csv"))).isEqualTo(Files.readAllBytes(SAMPLE.resolve("plan.csv")));
		assertThat(Files.readString(folder.resolve("agency.csv"))).contains("DS-KEEP,測試機關");

		String html = page("DS-KEEP", 113);
		assertThat(row(html, "executions")).contains("執行紀錄", "executions.csv", "<td>1</td>", "officer-DS-KEEP");
		assertThat(row(html, "plan")).contains("工作計畫", "plan.csv", "officer-DS-KEEP").doesNotContain("尚未上傳");
		assertThat(html).doesNotContain("id=\"missing-files\"").doesNotContain("id=\"unmatched\"");
	}

	@Test
	void theFilesOf113AreNotShownUnder114() throws Exception {
		upload("DS-YEAR", 113, false, file("plan.csv", "項次,名稱\n1,一\n"));
		assertThat(row(page("DS-YEAR", 113), "plan")).contains("plan.csv", "<td>1</td>");

		String html114 = page("DS-YEAR", 114);
		assertThat(row(html114, "plan")).contains("尚未上傳").doesNotContain("plan.csv");
		assertThat(html114).contains("尚缺必要檔案：機關資料（agency）、工作計畫（plan）").doesNotContain("id=\"check\"");
		assertThat(INPUT.resolve("114/DS-YEAR")).doesNotExist();
	}

	@Test
	void aFileIsRemovedOnlyWhenTheOfficerAsksAndThePageAsksToConfirm() throws Exception {
		upload("DS-DEL", 113, false, file("plan.csv", "項次,名稱\n1,一\n"), file("cases.csv", "案件編號\n"));
		String html = page("DS-DEL", 113);
		assertThat(row(html, "cases")).contains("data-confirm=\"確定要移除「cases.csv」嗎？", "id=\"remove-cases\"");
		assertThat(html).contains("/js/confirm.js");

		this.mvc.perform(post("/agencies/DS-DEL/uploads/remove").param("year", "113").param("name", "cases.csv")
			.with(user(agencyOfficer("DS-DEL")))
			.with(csrf()))
			.andExpect(redirectedUrl("/agencies/DS-DEL?year=113"))
			.andExpect(flash().attribute("message", "已移除「cases.csv」。"));
		Path folder = INPUT.resolve("113/DS-DEL");
		assertThat(filesIn(folder)).containsExactly("plan.csv");
		assertThat(Files.readString(folder.resolve(UploadLog.FILE))).contains("plan.csv").doesNotContain("cases.csv");
		assertThat(row(page("DS-DEL", 113), "cases")).contains("未上傳（選填）");

		// a file not there, or a name with a path, removes nothing
		this.mvc.perform(post("/agencies/DS-DEL/uploads/remove").param("year", "113").param("name", "cases.csv")
			.with(user(agencyOfficer("DS-DEL")))
			.with(csrf()))
			.andExpect(flash().attribute("error", "移除未完成：113 年度的資料中沒有「cases.csv」，可能已經移除"));
		this.mvc.perform(post("/agencies/DS-DEL/uploads/remove").param("year", "113").param("name", "../DS-KEEP/plan.csv")
			.with(user(agencyOfficer("DS-DEL")))
			.with(csrf()))
			.andExpect(flash().attribute("error", startsWith("移除未完成：檔名「../DS-KEEP/plan.csv」不合法")));
		assertThat(filesIn(folder)).containsExactly("plan.csv");
	}

	@Test
	void aZipIsMergedByKindUnlessTheOfficerTicksThatItReplacesTheWholeSet() throws Exception {
		upload("DS-ZIP", 113, false, file("plan.csv", "項次,名稱\n"), file("cases.csv", "案件編號\n"),
				file("notes.csv", "x\n"));
		upload("DS-ZIP", 113, false, zip("113/executions.csv", "e", "113/cases.csv", "c2"));
		Path folder = INPUT.resolve("113/DS-ZIP");
		assertThat(filesIn(folder)).containsExactly("cases.csv", "executions.csv", "notes.csv", "plan.csv");
		assertThat(Files.readString(folder.resolve("cases.csv"))).isEqualTo("c2");

		upload("DS-ZIP", 113, true, zip("agency.csv", "a", "executions.csv", "e2"));
		assertThat(filesIn(folder)).containsExactly("agency.csv", "executions.csv");
		assertThat(Files.readString(folder.resolve("executions.csv"))).isEqualTo("e2");
	}

	@Test
	void aFileThatMatchesNoSourceFileIsListedWithWhatItMightBe() throws Exception {
		upload("DS-ODD", 113, false,
				file("執行紀錄.csv", "措施項次,執行日期,承辦單位,執行情形,場次,人次,指標實績,狀態,佐證\n1.1.1,113/05/01,研考,辦理,1,2,,已完成,\n"),
				file("Phone_Test.csv", "甲,乙\n1,2\n"), file("雜項.csv", "甲,乙\n"));
		String html = page("DS-ODD", 113);
		Matcher unmatched = Pattern.compile("<table id=\"unmatched\">(.*?)</table>", Pattern.DOTALL).matcher(html);
		assertThat(unmatched.find()).isTrue();
		assertThat(unmatched.group(1))
			.contains("可能是執行紀錄（executions）（依欄位標題判斷）：請將檔名改為 executions.csv 後重新上傳")
			.contains("可能是電話禮貌測試（phone_tests）（依名稱判斷）：請將檔名改為 phone_tests.csv 後重新上傳")
			.contains("雜項.csv", "不是任何來源檔");
		assertThat(row(html, "executions")).contains("尚未上傳");
	}

	@Test
	void anUploadWithoutFilesAnswersInChinese() throws Exception {
		this.mvc.perform(multipart("/agencies/DS-NONE/uploads").param("year", "113")
			.with(user(agencyOfficer("DS-NONE")))
			.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("error", "上傳未完成：請選擇要上傳的檔案（CSV、XLSX，或一個 ZIP 壓縮檔）"));
		this.mvc.perform(post("/agencies/DS-NONE/uploads").param("year", "113")
			.with(user(agencyOfficer("DS-NONE")))
			.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("error", "上傳未完成：請選擇要上傳的檔案（CSV、XLSX，或一個 ZIP 壓縮檔）"));
		assertThat(INPUT.resolve("113/DS-NONE")).doesNotExist();
	}

	@Test
	void filesUploadedBeforeFilesWereKeptPerYearAreShownReadOnlyAndUsedUntilTheYearHasItsOwn() throws Exception {
		ConsoleProperties properties = new ConsoleProperties(INPUT, null, 0, null, 0);
		copyTree(SAMPLE, INPUT.resolve("DS-OLD"));
		Files.write(INPUT.resolve("DS-OLD/agency.csv"), sampleBytes(SAMPLE.resolve("agency.csv"), "DS-OLD"));
		String html = page("DS-OLD", 114);
		assertThat(html).contains("id=\"legacy-note\"", "在「依年度分開保存」之前上傳的");
		assertThat(row(html, "plan")).contains("plan.csv").doesNotContain("移除");
		assertThat(html).contains("id=\"check\"");
		assertThat(properties.sourcesOf("DS-OLD", 114)).isEqualTo(INPUT.toAbsolutePath().normalize().resolve("DS-OLD"));
		// they cannot be removed from the console
		this.mvc.perform(post("/agencies/DS-OLD/uploads/remove").param("year", "114").param("name", "plan.csv")
			.with(user(agencyOfficer("DS-OLD")))
			.with(csrf()))
			.andExpect(flash().attribute("error", startsWith("移除未完成：114 年度的資料中沒有「plan.csv」")));
		assertThat(INPUT.resolve("DS-OLD/plan.csv")).exists();

		upload("DS-OLD", 114, false, file("plan.csv", "項次,名稱\n1,一\n"));
		String after = page("DS-OLD", 114);
		assertThat(after).doesNotContain("id=\"legacy-note\"").contains("id=\"earlier-files\"");
		assertThat(row(after, "plan")).contains("<td>1</td>", "移除");
		assertThat(row(after, "executions")).contains("尚未上傳");
		assertThat(properties.sourcesOf("DS-OLD", 114)).isEqualTo(INPUT.toAbsolutePath().normalize().resolve("114/DS-OLD"));
		assertThat(INPUT.resolve("DS-OLD/plan.csv")).exists();

		// the year's files all removed: still the year's own (empty) data set, the files of before not back in use
		this.mvc.perform(post("/agencies/DS-OLD/uploads/remove").param("year", "114").param("name", "plan.csv")
			.with(user(agencyOfficer("DS-OLD")))
			.with(csrf()))
			.andExpect(flash().attribute("message", "已移除「plan.csv」。"));
		assertThat(page("DS-OLD", 114)).doesNotContain("id=\"legacy-note\"").doesNotContain("id=\"check\"");
		assertThat(properties.sourcesOf("DS-OLD", 114)).isEqualTo(INPUT.toAbsolutePath().normalize().resolve("114/DS-OLD"));
	}

	@Test
	void theFilesOfBeforeAreCopiedIntoTheYearOnlyForTheKindsTheYearLacks() throws Exception {
		copyTree(SAMPLE, INPUT.resolve("DS-ADOPT"));
		Files.write(INPUT.resolve("DS-ADOPT/agency.csv"), sampleBytes(SAMPLE.resolve("agency.csv"), "DS-ADOPT"));
		upload("DS-ADOPT", 114, false, file("plan.csv", "項次,名稱\n1,一\n"));
		assertThat(page("DS-ADOPT", 114)).contains("id=\"adopt\"");

		this.mvc.perform(post("/agencies/DS-ADOPT/uploads/adopt").param("year", "114")
			.with(user(agencyOfficer("DS-ADOPT")))
			.with(csrf()))
			.andExpect(flash().attribute("message", startsWith("已將 8 個較早上傳的檔案複製為 114 年度的資料：agency.csv、cases.csv")));
		Path folder = INPUT.resolve("114/DS-ADOPT");
		assertThat(filesIn(folder)).hasSize(9);
		assertThat(Files.readString(folder.resolve("plan.csv"))).isEqualTo("項次,名稱\n1,一\n");
		assertThat(Files.readAllBytes(INPUT.resolve("DS-ADOPT/plan.csv"))).isEqualTo(Files.readAllBytes(SAMPLE.resolve("plan.csv")));
		assertThat(page("DS-ADOPT", 114)).doesNotContain("id=\"missing-files\"");
	}

}
