package tw.annualreport.console;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console as an officer uses it, in real headless Chromium against the packaged jar: an account
 * made by {@code --add-user} (password from the environment), {@code --serve} on a free port, sign
 * in, upload the sample folder with a planted bad date, see it among the rejects, publish the final
 * report, wait for the end, download the PDF.
 */
class ConsoleBrowserIntegrationTests {

	private static final Path DIR = Path.of("target", "console-browser").toAbsolutePath();

	private static final String PASSWORD = "browser-pass-1";

	private static Process server;

	private static WebDriver browser;

	private static int port;

	@BeforeAll
	static void startServerAndBrowser() throws Exception {
		ConsoleTestSupport.deleteTree(DIR);
		Files.createDirectories(DIR.resolve("downloads"));
		Process addUser = jar(List.of("--add-user=zy-officer", "--role=agency", "--agency=KHH-ZY"), "add-user");
		assertThat(addUser.waitFor(3, TimeUnit.MINUTES)).isTrue();
		assertThat(Files.readString(DIR.resolve("add-user.out"))).contains("已新增帳號 zy-officer（機關承辦人，KHH-ZY）");
		assertThat(addUser.exitValue()).isZero();
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		server = jar(List.of("--serve", "--server.port=" + port, "--formats=pdf,json"), "serve");
		// the browser starts while the server does; it is waited for before the first page
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
				"--window-size=1280,1600");
		Map<String, Object> prefs = new HashMap<>();
		prefs.put("download.default_directory", DIR.resolve("downloads").toString());
		prefs.put("download.prompt_for_download", false);
		prefs.put("plugins.always_open_pdf_externally", true);
		options.setExperimentalOption("prefs", prefs);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
			.build();
		browser = new ChromeDriver(service, options);
		awaitPort();
	}

	@AfterAll
	static void stop() throws Exception {
		if (browser != null) {
			browser.quit();
		}
		if (server != null) {
			server.destroy();
			if (!server.waitFor(1, TimeUnit.MINUTES)) {
				server.destroyForcibly();
			}
		}
	}

	/** {@code java -jar annual-report.jar …} in {@link #DIR}, its output in {@code <name>.out}. */
	private static Process jar(List<String> args, String name) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8",
				"-jar", Path.of("target", "annual-report.jar").toAbsolutePath().toString()));
		command.addAll(args);
		ProcessBuilder builder = new ProcessBuilder(command).directory(DIR.toFile())
			.redirectOutput(DIR.resolve(name + ".out").toFile())
			.redirectError(DIR.resolve(name + ".err").toFile());
		builder.environment().put("ANNUAL_REPORT_PASSWORD", PASSWORD);
		return builder.start();
	}

	private static void awaitPort() throws Exception {
		long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		while (System.nanoTime() < until) {
			try (Socket socket = new Socket("127.0.0.1", port)) {
				return;
			}
			catch (IOException ex) {
				assertThat(server.isAlive()).as(() -> "--serve ended: " + read("serve.err")).isTrue();
				Thread.sleep(300);
			}
		}
		throw new AssertionError("--serve did not listen on " + port + ": " + read("serve.err"));
	}

	private static String read(String file) {
		try {
			return Files.readString(DIR.resolve(file), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "";
		}
	}

	private static String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	/** The sample agency's files, with a bad date planted on row 3 of executions.csv. */
	private static List<Path> sampleWithPlantedReject() throws IOException {
		Path folder = DIR.resolve("sample");
		ConsoleTestSupport.copyTree(Path.of("config/sample/113/KHH-ZY").toAbsolutePath(), folder);
		Path executions = folder.resolve("executions.csv");
		Files.writeString(executions, Files.readString(executions).replace("7.1.1,113/07/14,", "7.1.1,113/99/99,"));
		try (Stream<Path> files = Files.list(folder)) {
			return files.sorted().toList();
		}
	}

	/** The text of an element once the page that has it is there. */
	private static String textOf(String id) {
		return AcrossReloads.waiting(browser, Duration.ofSeconds(60)).until((driver) -> driver.findElement(By.id(id)).getText());
	}

	/** Waits, across the page's reloads, until the run's status is 完成 or 失敗. */
	private static String awaitRunEnd() {
		return AcrossReloads.waiting(browser, Duration.ofMinutes(4)).until((driver) -> {
			String status = driver.findElement(By.id("status")).getText();
			return List.of("完成", "失敗", "檢查通過", "檢查未通過", "未執行").contains(status) ? status : null;
		});
	}

	/** A picture of the page as the officer sees it, in target/screenshots, to look at after the run. */
	private static void shot(String name) throws IOException {
		Path folder = Path.of("target", "screenshots");
		Files.createDirectories(folder);
		byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
		Files.write(folder.resolve(String.format("%02d-%s.png", ++shots, name)), png);
	}

	private static int shots;

	@Test
	void anOfficerSignsInUploadsSeesTheRejectRunsAndDownloadsThePdf() throws Exception {
		browser.get(url("/"));
		assertThat(browser.getCurrentUrl()).endsWith("/login");
		shot("login");
		browser.findElement(By.name("username")).sendKeys("zy-officer");
		browser.findElement(By.name("password")).sendKeys("wrong-password");
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		assertThat(textOf("login-error")).contains("帳號或密碼錯誤");
		browser.findElement(By.name("username")).clear();
		browser.findElement(By.name("username")).sendKeys("zy-officer");
		browser.findElement(By.name("password")).clear();
		browser.findElement(By.name("password")).sendKeys(PASSWORD);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		// the click returns before the browser has followed the sign-in's redirect
		new WebDriverWait(browser, Duration.ofSeconds(30))
			.until((driver) -> driver.getCurrentUrl().contains("/agencies/KHH-ZY"));

		browser.get(url("/agencies/KHH-ZY?year=113"));
		List<Path> files = sampleWithPlantedReject();
		browser.findElement(By.id("upload-files"))
			.sendKeys(String.join("\n", files.stream().map(Path::toString).toList()));
		browser.findElement(By.id("upload")).click();
		assertThat(textOf("message")).startsWith("已上傳 9 個檔案");
		assertThat(browser.findElement(By.id("dataset")).getText()).contains("執行紀錄", "executions.csv", "zy-officer");
		shot("agency-data-set");

		// 檢查資料 publishes nothing: its page shows the rejects and offers 匯入並產製報告
		browser.findElement(By.id("check")).click();
		assertThat(awaitRunEnd()).isEqualTo("檢查通過");
		assertThat(browser.findElement(By.id("outcome")).getText()).startsWith("檢查完成");
		String rejects = browser.findElement(By.id("rejects")).getText();
		assertThat(rejects).contains("executions.csv 3 執行日期 113/99/99 日期格式無法辨識");
		assertThat(browser.findElement(By.id("steps")).getText()).contains("匯入工作計畫").doesNotContain("Step");
		// each file by the name the officer uses, then its source, read, accepted, rejected
		assertThat(browser.findElement(By.id("counts")).getText()).contains("執行紀錄 executions.csv 80 78 2");
		shot("check");

		browser.findElement(By.id("publish")).click();
		// the check's finished page stays until the draft's page has loaded
		AcrossReloads.waiting(browser, Duration.ofSeconds(60))
			.until((driver) -> driver.findElement(By.tagName("h1")).getText().contains("草稿"));
		assertThat(awaitRunEnd()).isEqualTo("完成");
		assertThat(browser.findElement(By.id("outcome")).getText()).startsWith("完成。具體措施完成率");
		shot("draft-run");

		// 產製正式報告 asks first (static/js/confirm.js)
		browser.findElement(By.id("run-final")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
		AcrossReloads.waiting(browser, Duration.ofSeconds(60))
			.until((driver) -> driver.findElement(By.tagName("h1")).getText().contains("正式報告"));
		assertThat(awaitRunEnd()).isEqualTo("完成");

		browser.get(url("/agencies/KHH-ZY?year=113"));
		assertThat(browser.findElement(By.id("history")).getText()).contains("正式").contains("草稿").contains("完成").doesNotContain("COMPLETED");
		shot("agency-after-final");
		browser.findElement(By.id("file-report.pdf")).click();
		// under the name the mail gives it
		Path pdf = DIR.resolve("downloads").resolve("高雄市左營區衛生所_113年度提升服務成果報告.pdf");
		new WebDriverWait(browser, Duration.ofSeconds(60)).until((driver) -> Files.isRegularFile(pdf)
				&& !Files.exists(DIR.resolve("downloads").resolve("高雄市左營區衛生所_113年度提升服務成果報告.pdf.crdownload")));
		assertThat(Files.readAllBytes(pdf)).isEqualTo(Files.readAllBytes(DIR.resolve("out/113/KHH-ZY/report.pdf")));
		assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

		// the other pages an officer meets, in Chinese: templates, own password, a wrong address
		browser.get(url("/templates?year=113"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("資料範本");
		shot("templates");
		browser.get(url("/account/password"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("密碼");
		shot("password");
		browser.get(url("/agencies/KHH-ZY?year=abc"));
		assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("For input string", "Exception");
		shot("error-bad-year");
	}

}
