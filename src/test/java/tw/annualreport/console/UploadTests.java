package tw.annualreport.console;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Uploads go into the agency's own folder of the year under the input folder and nowhere else; every limit
 * (names with a path, file count, file size, ZIP entries, ZIP bomb ratio, file types) refuses the
 * upload whole with a Chinese message, leaving the folder as it was. (Test limits: 10 files, 200 KB.)
 */
class UploadTests extends ConsoleTestSupport {

	private static final String CODE = "UPL-A";

	private static final ConsoleOfficer OFFICER = agencyOfficer(CODE);

	/** The agency's folder of the year 113. */
	private static final java.nio.file.Path FOLDER = INPUT.resolve("113").resolve(CODE);

	private static MockMultipartFile csv(String name, int bytes) {
		return new MockMultipartFile("files", name, "text/csv", "x".repeat(bytes).getBytes(StandardCharsets.UTF_8));
	}

	private static MockMultipartFile zip(String name, byte[] bytes) {
		return new MockMultipartFile("files", name, "application/zip", bytes);
	}

	private void refused(String expected, MockMultipartFile... files) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/agencies/" + CODE + "/uploads");
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		this.mvc.perform(request.param("year", "113").with(user(OFFICER)).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/agencies/" + CODE + "?year=113"))
			.andExpect(flash().attribute("error", "上傳未完成：" + expected));
	}

	private static byte[] zipOf(String... namesAndTexts) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (int i = 0; i < namesAndTexts.length; i += 2) {
				zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
				zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	@Test
	void csvFilesGoIntoTheAgencysFolderOfTheYearAndASecondUploadKeepsTheOthers() throws Exception {
		this.mvc.perform(multipart("/agencies/" + CODE + "/uploads").file(csv("plan.csv", 10))
			.file(csv("agency.csv", 5))
			.param("year", "113")
			.with(user(OFFICER))
			.with(csrf())).andExpect(flash().attribute("message", org.hamcrest.Matchers.startsWith("已上傳 2 個檔案：agency.csv、plan.csv")));
		assertThat(Files.readString(FOLDER.resolve("plan.csv"))).isEqualTo("x".repeat(10));
		this.mvc.perform(multipart("/agencies/" + CODE + "/uploads").file(csv("cases.csv", 3))
			.param("year", "113")
			.with(user(OFFICER))
			.with(csrf())).andExpect(flash().attribute("message", org.hamcrest.Matchers.startsWith("已上傳 1 個檔案：cases.csv")));
		try (var files = Files.list(FOLDER)) {
			assertThat(files.map((p) -> p.getFileName().toString()).filter((n) -> !n.startsWith(".")).sorted().toList())
				.containsExactly("agency.csv", "cases.csv", "plan.csv");
		}
		// a refused upload leaves the folder as it was
		refused("檔名「../plan.csv」不合法（不可含路徑、「..」、控制字元，或以「.」開頭）", csv("../plan.csv", 3));
		assertThat(FOLDER.resolve("cases.csv")).exists();
	}

	@Test
	void aZipsFilesMaySitInAFolderAndTheArchiversOwnFilesAreLeftOut() throws Exception {
		this.mvc.perform(multipart("/agencies/" + CODE + "/uploads")
			.file(zip("113.zip", zipOf("113/plan.csv", "p", "113/agency.csv", "a", "__MACOSX/113/._plan.csv", "mac",
					"113/.DS_Store", "ds", "113/Thumbs.db", "win")))
			.param("year", "113")
			.with(user(OFFICER))
			.with(csrf())).andExpect(flash().attribute("message", org.hamcrest.Matchers.startsWith("已上傳 2 個檔案：agency.csv、plan.csv")));
		assertThat(Files.readString(FOLDER.resolve("plan.csv"))).isEqualTo("p");
	}

	@Test
	void namesWithAPathAreRefused() throws Exception {
		refused("檔名「../../evil.csv」不合法（不可含路徑、「..」、控制字元，或以「.」開頭）", csv("../../evil.csv", 3));
		refused("檔名「sub\\plan.csv」不合法（不可含路徑、「..」、控制字元，或以「.」開頭）", csv("sub\\plan.csv", 3));
		refused("壓縮檔內的路徑「../../evil.csv」指向資料夾之外，已拒收整個壓縮檔",
				zip("data.zip", zipOf("plan.csv", "ok", "../../evil.csv", "bad")));
		refused("壓縮檔內的路徑「/etc/evil.csv」指向資料夾之外，已拒收整個壓縮檔", zip("data.zip", zipOf("/etc/evil.csv", "bad")));
		assertThat(INPUT.resolve("evil.csv")).doesNotExist();
		assertThat(ROOT.resolve("evil.csv")).doesNotExist();
	}

	@Test
	void tooManyOrTooLargeFilesAreRefused() throws Exception {
		MockMultipartFile[] eleven = new MockMultipartFile[11];
		for (int i = 0; i < eleven.length; i++) {
			eleven[i] = csv("f" + i + ".csv", 1);
		}
		refused("一次最多上傳 10 個檔案，這次有 11 個", eleven);
		refused("plan.csv 太大（0.2 MB），每個檔案上限 0.2 MB", csv("plan.csv", 200 * 1024 + 1));
		String[] entries = new String[22];
		for (int i = 0; i < 11; i++) {
			entries[2 * i] = "f" + i + ".csv";
			entries[2 * i + 1] = "x";
		}
		refused("壓縮檔內最多 10 個檔案，這個有 11 個", zip("many.zip", zipOf(entries)));
	}

	@Test
	void aZipBombIsRefused() throws Exception {
		// 150 KB of one letter packs into a few hundred bytes: far beyond 100 times
		byte[] bomb = zipOf("executions.csv", "a".repeat(150 * 1024));
		assertThat(bomb.length).isLessThan(1024);
		refused("壓縮檔內的 executions.csv 解壓後超過壓縮前的 100 倍，疑似壓縮炸彈，已拒收", zip("bomb.zip", bomb));
		assertThat(FOLDER.resolve("executions.csv")).doesNotExist();
	}

	@Test
	void otherFileTypesAndBrokenZipsAreRefused() throws Exception {
		refused("只接受 CSV 與 XLSX 檔（或裝著它們的一個 ZIP 壓縮檔），「notes.txt」不是", csv("notes.txt", 3));
		refused("只接受 CSV 與 XLSX 檔（或裝著它們的一個 ZIP 壓縮檔），「run.sh」不是", zip("data.zip", zipOf("run.sh", "rm -rf /")));
		refused("ZIP 壓縮檔請單獨上傳（一次一個），不要與其他檔案一起：b.zip", csv("plan.csv", 3), zip("b.zip", zipOf("a.csv", "x")));
		refused("data.zip 不是可讀取的 ZIP 壓縮檔（可能已損毀，請重新壓縮後再上傳）", zip("data.zip", "not a zip".getBytes()));
		refused("請選擇要上傳的檔案（CSV、XLSX，或一個 ZIP 壓縮檔）", csv("", 0));
	}

}
