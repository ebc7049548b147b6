package tw.annualreport.console;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import tw.annualreport.console.account.ConsoleAccounts;
import tw.annualreport.console.account.ConsoleRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error the console answers over real HTTP (Tomcat, Spring Security's firewall, Spring MVC) is
 * a Chinese page: a path Tomcat refuses before the console sees it, one the firewall refuses, an
 * unknown run, a page of another agency, a year that is not a number. No JSON, no Tomcat report,
 * no exception text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		args = { "--out=target/console-errors/out", "--formats=pdf,json" },
		properties = { "annual-report.cli.enabled=false", "spring.main.web-application-type=servlet",
				"spring.datasource.url=jdbc:h2:mem:console-errors-${random.uuid};DB_CLOSE_DELAY=-1",
				"annual-report.console.input=target/console-errors/input", "logging.level.tw.annualreport=WARN" })
class ConsoleErrorPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	ConsoleAccounts accounts;

	@Autowired
	PasswordEncoder encoder;

	private HttpClient client;

	@BeforeEach
	void newClient() {
		this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	}

	@ParameterizedTest
	@CsvSource({ "/agencies/..%2f..%2fetc%2fpasswd", "/agencies/KHH-ZY/113/files/..%5c..%5cx", "/%00",
			"/agencies/%2e%2e/x", "/a//b" })
	void aPathTomcatOrTheFirewallRefusesGetsTheChinesePage(String path) throws Exception {
		HttpResponse<String> response = get(path, "*/*");
		assertThat(response.statusCode()).isEqualTo(400);
		assertChinesePage(response, "無法處理的要求");
	}

	@Test
	void signedInPagesAnswerInChineseWithTheConsolesOwnReason() throws Exception {
		this.accounts.save("zy-errors", this.encoder.encode("error-pages-1"), ConsoleRole.AGENCY, "KHH-ZY");
		signIn("zy-errors", "error-pages-1");

		HttpResponse<String> run = get("/runs/no-such-run", "text/html");
		assertThat(run.statusCode()).isEqualTo(404);
		assertChinesePage(run, "找不到頁面");
		assertThat(run.body()).contains("找不到這個執行");

		HttpResponse<String> other = get("/agencies/KHH-SM2?year=113", "*/*");
		assertThat(other.statusCode()).isEqualTo(403);
		assertChinesePage(other, "沒有權限");

		HttpResponse<String> year = get("/agencies/KHH-ZY?year=abc", "*/*");
		assertThat(year.statusCode()).isEqualTo(400);
		assertChinesePage(year, "無法處理的要求");
		assertThat(year.body()).doesNotContain("For input string", "NumberFormatException");

		// a report file not made yet: the console's page, not an empty 404 the browser words in English
		HttpResponse<String> file = get("/agencies/KHH-ZY/113/files/report.xlsx", "text/html");
		assertThat(file.statusCode()).isEqualTo(404);
		assertChinesePage(file, "找不到頁面");
		assertThat(file.body()).contains("找不到這個檔案");

		// a report.pdf cut short: its own heading, not 「找不到頁面」 above the reason
		Path cut = Files.createDirectories(Path.of("target/console-errors/out/113/KHH-ZY")).resolve("report.pdf");
		Files.writeString(cut, "%PDF-1.4");
		HttpResponse<String> preview = get("/agencies/KHH-ZY/113/preview.png", "text/html");
		assertThat(preview.statusCode()).isEqualTo(409);
		assertChinesePage(preview, "無法預覽報告");
		assertThat(preview.body()).contains("檔案不完整，請重新產製報告").doesNotContain("找不到頁面");
		assertThat(cut).as("the file itself left as it was").hasContent("%PDF-1.4");

		HttpResponse<String> page = get("/no/such/page", "text/html");
		assertThat(page.statusCode()).isEqualTo(404);
		assertChinesePage(page, "找不到頁面");
	}

	private static void assertChinesePage(HttpResponse<String> response, String title) {
		assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
		assertThat(response.body()).contains("<h1", title, "回到首頁")
			.doesNotContain("HTTP Status", "Bad Request", "\"status\"", "Exception", "Tomcat", "Whitelabel");
	}

	private void signIn(String username, String password) throws Exception {
		HttpResponse<String> login = get("/login", "text/html");
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login.body());
		assertThat(csrf.find()).as("the login form's CSRF token").isTrue();
		String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
		HttpResponse<String> posted = this.client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(posted.headers().firstValue("Location")).get().asString().doesNotContain("error");
	}

	private HttpResponse<String> get(String path, String accept) throws Exception {
		return this.client.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

}
