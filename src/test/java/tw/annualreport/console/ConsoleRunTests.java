package tw.annualreport.console;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * Runs started from the console: through the job's launcher (the command line's outcome line, its
 * refusal when the agency-year is busy), followed by polling, with the row accounting and rejects of
 * the upload, and the outputs downloadable.
 */
class ConsoleRunTests extends ConsoleTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	String start(ConsoleOfficer officer, String code, String kind) throws Exception {
		String location = this.mvc
			.perform(post("/agencies/" + code + "/runs").param("year", "113").param("kind", kind).param("confirmed", "true")
				.with(user(officer)).with(csrf()))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/runs/");
		return location;
	}

	/** 檢查資料 of the agency's uploaded files. */
	String check(ConsoleOfficer officer, String code, String year) throws Exception {
		String location = this.mvc
			.perform(post("/agencies/" + code + "/checks").param("year", year).with(user(officer)).with(csrf()))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/runs/");
		return location;
	}

	/** Polls the progress page as the browser does, until the run has ended. */
	String awaitEnd(ConsoleOfficer officer, String location) throws Exception {
		long deadline = System.currentTimeMillis() + 180_000;
		while (System.currentTimeMillis() < deadline) {
			MvcResult page = this.mvc.perform(get(location).with(user(officer))).andExpect(status().isOk()).andReturn();
			String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
			if (!html.contains("http-equiv=\"refresh\"")) {
				return html;
			}
			assertThat(html).containsAnyOf("準備中", "執行中");
			Thread.sleep(300);
		}
		throw new AssertionError("the run did not end within 3 minutes");
	}

	@Test
	void aDraftRunEndsWithTheHeadlineAndItsReportsDownload() throws Exception {
		ConsoleOfficer zy = agencyOfficer("KHH-ZY");
		// uploaded files are published only after a clean check
		assertThat(awaitEnd(zy, check(zy, "KHH-ZY", "113"))).contains("檢查通過", "匯入並產製報告");
		String location = start(zy, "KHH-ZY", "draft");
		// another agency's officer may not follow it
		this.mvc.perform(get(location).with(user(agencyOfficer("KHH-SM2")))).andExpect(status().isForbidden());
		String html = awaitEnd(zy, location);
		assertThat(html).contains("完成。具體措施完成率 78.8%，電話禮貌測試平均 88.6 分")
			.contains("已完成 15／15 個步驟（100%）")
			.contains("匯入工作計畫", "匯入執行紀錄", "檢查資料", "產製報告檔案")
			.contains("<td>executions.csv</td>")
			.contains("<td>80</td>")
			// the finished run's files, labelled with the run that made them; no server path
			.contains("id=\"file-report.pdf\"", "草稿・第 1 次執行・")
			.doesNotContain("Step", "COMPLETED", "輸出資料夾", OUT.toAbsolutePath().toString());
		byte[] pdf = this.mvc.perform(get("/agencies/KHH-ZY/113/files/report.pdf").with(user(zy)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			// the name the mail gives it
			.andExpect(header().string("Content-Disposition", containsString(java.net.URLEncoder
				.encode("高雄市左營區衛生所_113年度提升服務成果報告.pdf", StandardCharsets.UTF_8))))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		assertThat(pdf).isEqualTo(Files.readAllBytes(OUT.resolve("113/KHH-ZY/report.pdf")));
		this.mvc.perform(get("/agencies/KHH-ZY/113/files/summary.json").with(user(zy)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"KHH-ZY\"")));
		// the bureau officer downloads it too; the agency page lists the run and the files
		this.mvc.perform(get("/agencies/KHH-ZY/113/files/report.pdf").with(user(bureauOfficer("KHH-HB"))))
			.andExpect(status().isOk());
		this.mvc.perform(get("/agencies/KHH-ZY").param("year", "113").with(user(zy)))
			.andExpect(content().string(containsString("<td>完成</td>")))
			.andExpect(content().string(not(containsString("COMPLETED"))))
			.andExpect(content().string(containsString("760/754/6")))
			.andExpect(content().string(containsString("報告 PDF")))
			.andExpect(content().string(containsString("/agencies/KHH-ZY/113/preview.png?page=2")))
			.andExpect(content().string(containsString("<td>officer-KHH-ZY</td>")));
		// the first page as an image, for the officer who owns it or the bureau, nobody else
		byte[] png = this.mvc.perform(get("/agencies/KHH-ZY/113/preview.png").with(user(zy)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		java.awt.image.BufferedImage page = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
		// A4 at 72 dpi: 595 × 842 points
		assertThat(page.getWidth()).isEqualTo(595);
		assertThat(page.getHeight()).isEqualTo(842);
		// page 2, the summary, too; no page 99
		this.mvc.perform(get("/agencies/KHH-ZY/113/preview.png").param("page", "2").with(user(zy)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"));
		this.mvc.perform(get("/agencies/KHH-ZY/113/preview.png").param("page", "99").with(user(zy)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/agencies/KHH-ZY/113/preview.png").with(user(agencyOfficer("KHH-SM2"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/agencies/KHH-ZY/112/preview.png").with(user(zy))).andExpect(status().isNotFound());
		// 重新寄送: the existing files, through --resend's path; with no SMTP server set up it says why
		this.mvc.perform(post("/agencies/KHH-ZY/113/resend").with(user(zy)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", containsString("寄送失敗：")))
			.andExpect(flash().attribute("error", not(containsString("spring."))))
			.andExpect(flash().attribute("error", not(containsString("annual-report."))));
		this.mvc.perform(post("/agencies/KHH-ZY/113/resend").with(user(agencyOfficer("KHH-SM2"))).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/agencies/KHH-ZY/113/resend").with(user(zy))).andExpect(status().isForbidden());

		// a check after the report: the published import, every output file and rejects.csv stay as they were
		Long published = this.jdbc.queryForObject(
				"SELECT import_id FROM agency_year WHERE agency_code = 'KHH-ZY' AND roc_year = 113", Long.class);
		java.util.Map<Path, byte[]> files = outputs(OUT.resolve("113/KHH-ZY"));
		assertThat(files).containsKeys(Path.of("report.pdf"), Path.of("rejects.csv"));
		assertThat(awaitEnd(zy, check(zy, "KHH-ZY", "113"))).contains("檢查通過");
		assertThat(this.jdbc.queryForObject(
				"SELECT import_id FROM agency_year WHERE agency_code = 'KHH-ZY' AND roc_year = 113", Long.class))
			.isEqualTo(published);
		assertThat(outputs(OUT.resolve("113/KHH-ZY"))).containsOnlyKeys(files.keySet())
			.allSatisfy((name, bytes) -> assertThat(bytes).as(name.toString()).isEqualTo(files.get(name)));
		// the check's staging rows are gone: only the published import has rows
		assertThat(this.jdbc.queryForObject("""
				SELECT COUNT(*) FROM execution_record r JOIN import_run i ON i.id = r.import_id
				WHERE i.agency_code = 'KHH-ZY' AND r.import_id <> ?
				""", Long.class, published)).isZero();
	}

	private static java.util.Map<Path, byte[]> outputs(Path folder) throws IOException {
		java.util.Map<Path, byte[]> files = new java.util.TreeMap<>();
		try (Stream<Path> list = Files.list(folder)) {
			for (Path file : list.toList()) {
				files.put(file.getFileName(), Files.readAllBytes(file));
			}
		}
		return files;
	}

	/** A report.pdf the preview cannot read (cut short, or put there by hand): the console's page, not a server error. */
	@Test
	void aReportThePreviewCannotReadIsAnsweredInChinese() throws Exception {
		Path folder = OUT.resolve("113/PV-CUT");
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("report.pdf"), "%PDF-1.4");

		this.mvc.perform(get("/agencies/PV-CUT/113/preview.png").with(user(agencyOfficer("PV-CUT"))))
			.andExpect(status().isConflict())
			.andExpect(status().reason("這份報告 PDF 無法預覽：檔案不完整，請重新產製報告"));
		assertThat(folder.resolve("report.pdf")).as("the file itself left as it was").hasContent("%PDF-1.4");
	}

	@Test
	void aRunOfABusyAgencyYearShowsTheLaunchersRefusal() throws Exception {
		// another machine's run holds KHH-SM2 113
		this.jdbc.update("""
				INSERT INTO run_lock (agency_code, roc_year, owner_host, owner_pid, acquired_at, owner_started_at, lock_state)
				VALUES ('KHH-SM2', 113, 'another-host', 1, ?, ?, 'RUNNING')
				""", Timestamp.from(Instant.now()), Timestamp.from(Instant.now().minusSeconds(60)));
		try {
			ConsoleOfficer sm2 = agencyOfficer("KHH-SM2");
			String html = awaitEnd(sm2, check(sm2, "KHH-SM2", "113"));
			// nothing of the other run: no steps, no rows, no words of the launcher's
			assertThat(html).contains("未執行：同一機關年度已有執行中的作業，請稍後再試")
				.doesNotContain("步驟", "各檔筆數", "another-host", "正在由另一個執行產製中", "KHH-SM2：");
		}
		finally {
			this.jdbc.update("DELETE FROM run_lock WHERE agency_code = 'KHH-SM2'");
		}
	}

	@Test
	void anUploadedZipIsCheckedAndItsPlantedRejectShownBeforePublishing() throws Exception {
		ConsoleOfficer officer = agencyOfficer("KHH-ZY2");
		byte[] zip = zipOf(Path.of("config/sample/113/KHH-ZY"));
		this.mvc.perform(multipart("/agencies/KHH-ZY2/uploads")
			.file(new MockMultipartFile("files", "113年度資料.zip", "application/zip", zip))
			.param("year", "113")
			.with(user(officer))
			.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("message", containsString("已上傳 9 個檔案")));
		assertThat(INPUT.resolve("113/KHH-ZY2/executions.csv")).exists();
		this.mvc.perform(get("/agencies/KHH-ZY2").param("year", "113").with(user(officer)))
			.andExpect(content().string(containsString("檢查資料")))
			.andExpect(content().string(containsString("executions.csv")));
		String html = awaitEnd(officer, check(officer, "KHH-ZY2", "113"));
		assertThat(html).contains("檢查通過")
			.contains("拒收與警告明細")
			.contains("<td>113/99/99</td>")
			.contains("<td>3</td>")
			.contains("<td>執行日期</td>")
			// executions: 80 read, 78 accepted, 2 rejected (the sample's own reject on row 9 and the planted one)
			.contains("<td>80</td><td>78</td><td>2</td>")
			.contains("<td>112/12/28</td>")
			.contains("匯入並產製報告", "data-confirm=");
		// the check published nothing and wrote no file
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM agency_year WHERE agency_code = 'KHH-ZY2'", Long.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("""
				SELECT COUNT(*) FROM execution_record r JOIN import_run i ON i.id = r.import_id
				WHERE i.agency_code = 'KHH-ZY2'
				""", Long.class)).isZero();
		assertThat(OUT.resolve("113/KHH-ZY2")).doesNotExist();
	}

	/** The sample agency as KHH-ZY2, with a planted bad date on row 3 of executions.csv. */
	private static byte[] zipOf(Path folder) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.list(folder)) {
			for (Path file : files.sorted().toList()) {
				String name = file.getFileName().toString();
				String text = Files.readString(file, StandardCharsets.UTF_8);
				if (name.equals("agency.csv")) {
					text = text.replace("KHH-ZY,", "KHH-ZY2,");
				}
				if (name.equals("executions.csv")) {
					text = text.replace("7.1.1,113/07/14,", "7.1.1,113/99/99,");
				}
				zip.putNextEntry(new ZipEntry("113/" + name));
				zip.write(text.getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

}
