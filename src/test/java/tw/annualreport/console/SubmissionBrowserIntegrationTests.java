package tw.annualreport.console;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import tw.annualreport.console.account.ConsoleAccounts;
import tw.annualreport.console.account.ConsoleRole;
import tw.annualreport.register.AgencyRegister;
import tw.annualreport.register.RegisteredAgency;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 送出 → 退回 → 送出 → 核定 in headless Chromium, an agency officer and a bureau officer taking turns,
 * with a screenshot of each page in /tmp (submission-*.png).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		args = { "--out=target/submission-browser/out", "--formats=pdf,json" },
		properties = { "annual-report.cli.enabled=false", "spring.main.web-application-type=servlet",
				"spring.datasource.url=jdbc:h2:mem:submission-browser-${random.uuid};DB_CLOSE_DELAY=-1",
				"annual-report.console.input=target/submission-browser/input", "logging.level.tw.annualreport=WARN" })
class SubmissionBrowserIntegrationTests {

	private static final Path OUT = Path.of("target/submission-browser/out");

	private static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	ConsoleAccounts accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	AgencyRegister register;

	@BeforeAll
	static void startBrowser() {
		ConsoleTestSupport.deleteTree(Path.of("target/submission-browser"));
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
				"--window-size=1280,1100");
		browser = new ChromeDriver(new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
			.build(), options);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void anAgencySendsTheBureauReturnsItSendsAgainAndTheBureauApproves() throws Exception {
		this.accounts.save("zy-officer", this.encoder.encode("browser-pass-1"), ConsoleRole.AGENCY, "KHH-ZY");
		this.accounts.save("hb-officer", this.encoder.encode("browser-pass-2"), ConsoleRole.BUREAU, "KHH-HB");
		this.register.replace("KHH-HB", 113, java.util.List.of(
				new RegisteredAgency("KHH-ZY", "高雄市左營區衛生所", "KHH-HB", "zy@example.gov.tw", null),
				new RegisteredAgency("KHH-QJ", "高雄市前金區衛生所", "KHH-HB", null, null),
				new RegisteredAgency("KHH-MT", "高雄市美濃區衛生所", "KHH-HB", null, null)), "test");
		Path folder = OUT.resolve("113/KHH-ZY");
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("report.pdf"), "%PDF-1.4");
		Files.copy(Path.of("src/test/resources/golden/113/KHH-ZY/summary.json"), folder.resolve("summary.json"));

		signIn("zy-officer", "browser-pass-1");
		open("/agencies/KHH-ZY?year=113");
		browser.findElement(By.id("send")).click();
		assertThat(text("message")).contains("已送出第 1 次報告");
		assertThat(textBecomes("submission-status", "已送出")).isEqualTo("已送出");
		shot("1-agency-sent");
		signOut();

		signIn("hb-officer", "browser-pass-2");
		open("/agencies?year=113");
		assertThat(text("counts")).isEqualTo("已核定 0／3，逾期 3");
		shot("2-bureau-board");
		browser.findElement(By.linkText("KHH-ZY")).click();
		browser.findElement(By.id("comment")).sendKeys("電話禮貌測試缺 12 月資料，請補正後重新送出。");
		browser.findElement(By.id("return")).click();
		assertThat(text("message")).contains("已退回").doesNotContain("spring.mail", "annual-report.mail");
		shot("3-bureau-returned");
		signOut();

		signIn("zy-officer", "browser-pass-1");
		open("/agencies/KHH-ZY?year=113");
		assertThat(text("returned-comment")).contains("電話禮貌測試缺 12 月資料，請補正後重新送出。");
		shot("4-agency-sees-comment");
		browser.findElement(By.id("send")).click();
		assertThat(text("message")).contains("已送出第 2 次報告");
		signOut();

		signIn("hb-officer", "browser-pass-2");
		open("/agencies/KHH-ZY?year=113");
		browser.findElement(By.id("approve")).click();
		assertThat(textBecomes("submission-status", "已核定")).isEqualTo("已核定");
		assertThat(browser.findElement(By.id("steps")).getText()).contains("送出", "退回", "核定", "zy-officer", "hb-officer");
		shot("5-bureau-approved");
		open("/agencies?year=113");
		assertThat(text("counts")).isEqualTo("已核定 1／3，逾期 3");
		shot("6-bureau-board-after");
		open("/register?year=113");
		shot("7-register");
	}

	private void signIn(String username, String password) {
		open("/login");
		browser.findElement(By.name("username")).sendKeys(username);
		browser.findElement(By.name("password")).sendKeys(password);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until((d) -> !d.getCurrentUrl().contains("/login"));
	}

	private void signOut() {
		browser.findElement(By.cssSelector("header form button")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until((d) -> d.getCurrentUrl().contains("/login"));
	}

	private void open(String path) {
		browser.get("http://127.0.0.1:" + this.port + path);
	}

	private static String text(String id) {
		return waiting().until((d) -> d.findElement(By.id(id)).getText());
	}

	/** The page reloads after a click: wait for the new page's text, not the old page's element. */
	private static String textBecomes(String id, String expected) {
		waiting().until((d) -> expected.equals(d.findElement(By.id(id)).getText()));
		return text(id);
	}

	private static WebDriverWait waiting() {
		return AcrossReloads.waiting(browser, Duration.ofSeconds(20));
	}

	/** A picture of the page as the officer sees it, in target/screenshots beside the console test's, to look at after the run. */
	private static void shot(String name) throws Exception {
		Path folder = Files.createDirectories(Path.of("target/screenshots"));
		Files.write(folder.resolve("submission-" + name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

}
