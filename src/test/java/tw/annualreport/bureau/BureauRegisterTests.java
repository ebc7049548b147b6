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
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import tw.annualreport.job.AgencyFolders;
import tw.annualreport.job.RunFailure;
import tw.annualreport.run.AgencyRuns;
import tw.annualreport.submission.SubmissionStep.Action;
import tw.annualreport.submission.Submissions;
import tw.annualreport.support.PdfText;
import tw.annualreport.system.RunOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consolidation follows the register (the bureau's agencies.csv): a silent agency is listed
 * 未繳交 and 逾期 in 壹, 參 and summary.json, an agency with data outside the register is marked, and a
 * final consolidation takes each agency's report as 核定 — the frozen copy, whatever ran since.
 */
@SpringBootTest(properties = { "annual-report.cli.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:register-${random.uuid};DB_CLOSE_DELAY=-1" })
class BureauRegisterTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path temp;

	@Autowired
	AgencyRuns runs;

	@Autowired
	Submissions submissions;

	@Test
	void silentAgenciesAreListedAndAFinalConsolidationUsesTheApprovedFrozenReport() throws Exception {
		Path input = this.temp.resolve("in");
		AgencyFolders.copy(Path.of("config/sample/113/KHH-ZY"), input.resolve("KHH-ZY"));
		AgencyFolders.copy(Path.of("config/sample/113/KHH-SM2"), input.resolve("KHH-SM2"));
		Files.writeString(input.resolve("agencies.csv"), """
				機關代碼,機關名稱,上級機關代碼,收件信箱,繳交期限
				KHH-ZY,高雄市左營區衛生所,KHH-HB,zy@example.gov.tw,
				KHH-QJ,高雄市前金區衛生所,KHH-HB,qj@example.gov.tw,114/01/31
				""");
		Path out = this.temp.resolve("out");

		// a draft: the silent agency is named, the one outside the register marked
		String printed = run(input, out, false);
		assertThat(printed).contains("KHH-HB（彙整）：完成，含 KHH-SM2、KHH-ZY", "未繳交：KHH-QJ", "已核定 0／3，逾期 3");
		JsonNode bureau = JSON.readTree(Files.readString(out.resolve("113/KHH-HB/summary.json")));
		assertThat(bureau.path("register")).extracting((a) -> a.path("code").asString() + " " + a.path("status").asString()
				+ " " + a.path("late").asBoolean() + " " + a.path("registered").asBoolean())
			.containsExactly("KHH-QJ 未繳交 true true", "KHH-ZY 草稿 true true", "KHH-SM2 草稿 true false");
		assertThat(bureau.path("missing")).extracting(JsonNode::asString).containsExactly("KHH-QJ");
		List<String> pages = PdfText.pages(out.resolve("113/KHH-HB/report.pdf"));
		String flat = String.join("", pages).replaceAll("\\s+", "");
		assertThat(flat).contains("所屬機關共3個，已核定0個，草稿2個，未繳交1個；逾期未送出3個，本年度彙整",
				"未繳交1個（高雄市前金區衛生所（KHH-QJ））");
		String submitted = pages.stream().filter((p) -> p.contains("參、資料繳交狀況")).findFirst().orElseThrow()
			.replaceAll("\\s+", "");
		assertThat(submitted).contains("KHH-QJ高雄市前金區衛生所未繳交（逾期）114/01/31—未繳交未匯入", "尚未繳交任何資料",
				"未列於機關名冊");

		// 送出 and 核定: the frozen copy is what a final consolidation takes, whatever runs since
		this.submissions.send(out, "KHH-ZY", "KHH-HB", 113, "officer-zy");
		this.submissions.decide("KHH-ZY", 113, Action.APPROVE, "bureau-hb", null);
		Path frozen = Submissions.frozenFolder(out, 113, "KHH-ZY", 1).resolve("summary.json");
		ObjectNode tree = (ObjectNode) JSON.readTree(Files.readString(frozen));
		((ObjectNode) tree.path("measures")).put("completionRate", 0.125);
		Files.writeString(frozen, JSON.writeValueAsString(tree));
		byte[] frozenBytes = Files.readAllBytes(frozen);

		printed = run(input, out, true);
		assertThat(printed).contains("含 KHH-ZY", "未核定（未納入正式彙整）：KHH-SM2", "已核定 1／3");
		assertThat(Files.readAllBytes(frozen)).isEqualTo(frozenBytes);
		assertThat(Submissions.frozenFolder(out, 113, "KHH-ZY", 1).resolve("report.pdf")).isRegularFile();
		bureau = JSON.readTree(Files.readString(out.resolve("113/KHH-HB/summary.json")));
		assertThat(bureau.path("agencies")).singleElement()
			.satisfies((a) -> assertThat(a.path("figures").path("measures.completionRate").asDouble()).isEqualTo(0.125));
		assertThat(bureau.path("notApproved")).extracting(JsonNode::asString).containsExactly("KHH-SM2");
		assertThat(bureau.path("register").get(1).path("status").asString()).isEqualTo("已核定");
	}

	private String run(Path input, Path out, boolean finalRun) {
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		List<RunFailure> failures = this.runs.run(RunOptions.parse(new String[] { "--year=113", "--agency=all",
				"--parent=KHH-HB", "--input=" + input, "--out=" + out, "--formats=json,pdf", "--final=" + finalRun }),
				new PrintStream(printed, true, StandardCharsets.UTF_8));
		String text = printed.toString(StandardCharsets.UTF_8);
		assertThat(failures).as(text).isEmpty();
		return text;
	}

}
