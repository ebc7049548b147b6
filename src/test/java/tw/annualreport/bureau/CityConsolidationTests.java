package tw.annualreport.bureau;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import tw.annualreport.job.AgencyFolders;
import tw.annualreport.job.RunFailure;
import tw.annualreport.run.AgencyRuns;
import tw.annualreport.support.PdfText;
import tw.annualreport.system.RunOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * One level up (研考會): a register listing two bureaus under the city, a run of the city takes every
 * agency of both, and its figures are pooled from the agencies' counts, not from the bureaus' rates.
 */
@SpringBootTest(properties = { "annual-report.cli.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:city-${random.uuid};DB_CLOSE_DELAY=-1" })
class CityConsolidationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path temp;

	@Autowired
	AgencyRuns runs;

	@Test
	void aCityRunPoolsEveryAgencyOfEveryBureauFromTheirCounts() throws Exception {
		Path input = this.temp.resolve("in");
		AgencyFolders.copy(Path.of("config/sample/113/KHH-ZY"), input.resolve("KHH-ZY"));
		AgencyFolders.copy(Path.of("config/sample/113/KHH-SM2"), input.resolve("KHH-SM2"));
		AgencyFolders.copy(Path.of("config/sample/113/KHH-MT"), input.resolve("KHH-MT"));
		// 彌陀 moved under a second bureau (its agency.csv is Big5: the code's bytes are ASCII)
		Path mt = input.resolve("KHH-MT/agency.csv");
		Files.write(mt, new String(Files.readAllBytes(mt), StandardCharsets.ISO_8859_1).replace("KHH-HB", "KHH-SB")
			.getBytes(StandardCharsets.ISO_8859_1));
		Files.writeString(input.resolve("agencies.csv"), """
				機關代碼,機關名稱,上級機關代碼,收件信箱,繳交期限
				KHH-RDEC,高雄市政府研考會,,,
				KHH-HB,高雄市政府衛生局,KHH-RDEC,,
				KHH-SB,高雄市政府社會局,KHH-RDEC,,
				KHH-ZY,高雄市左營區衛生所,KHH-HB,,
				KHH-SM2,高雄市三民區第二衛生所,KHH-HB,,
				KHH-QJ,高雄市前金區衛生所,KHH-HB,,
				KHH-MT,高雄市彌陀區衛生所,KHH-SB,,
				""");
		Path out = this.temp.resolve("out");

		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		List<RunFailure> failures = this.runs.run(RunOptions.parse(new String[] { "--year=113", "--agency=all",
				"--parent=KHH-RDEC", "--input=" + input, "--out=" + out, "--formats=json,pdf,xlsx" }),
				new PrintStream(printed, true, StandardCharsets.UTF_8));
		String text = printed.toString(StandardCharsets.UTF_8);
		assertThat(failures).as(text).isEmpty();
		assertThat(text).contains("KHH-RDEC（彙整）：完成，含 KHH-MT、KHH-SM2、KHH-ZY", "未繳交：KHH-QJ");

		JsonNode city = JSON.readTree(Files.readString(out.resolve("113/KHH-RDEC/summary.json")));
		assertThat(city.path("agencies")).extracting((a) -> a.path("code").asString())
			.containsExactlyInAnyOrder("KHH-ZY", "KHH-SM2", "KHH-MT");
		// the head row of agencies.csv (上級機關代碼 blank) names the city, not a member of its register
		assertThat(city.path("bureau").path("name").asString()).isEqualTo("高雄市政府研考會");
		assertThat(city.path("register")).extracting((r) -> r.path("code").asString()).doesNotContain("KHH-RDEC");
		JsonNode bureaus = city.path("bureaus");
		assertThat(bureaus).extracting((b) -> b.path("code").asString() + " " + b.path("agencies").asInt())
			.containsExactly("KHH-HB 2", "KHH-SB 1");
		assertThat(bureaus.get(0).path("statuses").path("草稿").asLong()).isEqualTo(2);
		assertThat(bureaus.get(0).path("statuses").path("未繳交").asLong()).isEqualTo(1);
		assertThat(bureaus.get(1).path("statuses").path("草稿").asLong()).isEqualTo(1);

		// the agencies' own counts, from their summary.json
		long[] passed = new long[3];
		long[] tests = new long[3];
		String[] codes = { "KHH-ZY", "KHH-SM2", "KHH-MT" };
		for (int i = 0; i < 3; i++) {
			JsonNode phone = JSON.readTree(Files.readString(out.resolve("113/" + codes[i] + "/summary.json"))).path("phoneTests");
			passed[i] = phone.path("passed").asLong();
			tests[i] = phone.path("count").asLong();
		}
		JsonNode cityRate = city.path("pooled").path("figures").path("phone.passRate");
		assertThat(cityRate.path("numerator").asDouble()).isEqualTo(passed[0] + passed[1] + passed[2]);
		assertThat(cityRate.path("denominator").asLong()).isEqualTo(tests[0] + tests[1] + tests[2]);
		double pooled = (double) (passed[0] + passed[1] + passed[2]) / (tests[0] + tests[1] + tests[2]);
		assertThat(cityRate.path("value").asDouble()).isCloseTo(pooled, within(1e-12));
		double hb = bureaus.get(0).path("pooled").path("figures").path("phone.passRate").path("value").asDouble();
		double sb = bureaus.get(1).path("pooled").path("figures").path("phone.passRate").path("value").asDouble();
		assertThat(hb).isCloseTo((double) (passed[0] + passed[1]) / (tests[0] + tests[1]), within(1e-12));
		assertThat(sb).isCloseTo((double) passed[2] / tests[2], within(1e-12));
		assertThat(pooled).isNotCloseTo((hb + sb) / 2, within(1e-6));

		List<String> pages = PdfText.pages(out.resolve("113/KHH-RDEC/report.pdf"));
		String cover = pages.get(0).replaceAll("\\s+", "");
		assertThat(cover).contains("高雄市政府研考會").doesNotContain("KHH-RDEC");
		String pdf = String.join("", pages).replaceAll("\\s+", "");
		assertThat(pdf).contains("全市數值（依各局處所屬機關筆數合計）", "各局處繳交狀況", "高雄市政府衛生局（KHH-HB）",
				"高雄市政府社會局（KHH-SB）", "全市數值並非各局處數值之平均");
		// the mail of the city's report names the city as its report does (no agency has the city as its parent)
		assertThat(DeliverConsolidationTasklet.name(out.resolve("113/KHH-RDEC"), List.of(), "KHH-RDEC"))
			.isEqualTo("高雄市政府研考會");
	}

}
