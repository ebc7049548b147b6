package tw.annualreport.bureau;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import tw.annualreport.improvement.Improvement;
import tw.annualreport.job.AgencyFolders;
import tw.annualreport.job.RunFailure;
import tw.annualreport.report.ReportData;
import tw.annualreport.report.ReportProperties;
import tw.annualreport.report.ReviewFlags;
import tw.annualreport.run.AgencyRuns;
import tw.annualreport.submission.FrozenCopy;
import tw.annualreport.submission.SubmissionStep.Action;
import tw.annualreport.submission.Submissions;
import tw.annualreport.support.PdfText;
import tw.annualreport.system.RunOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A final consolidation's 肆、檢討與改進 is made from the same frozen 核定 copy as its figures: the summary
 * as sent and the improvements kept with it, not the agency's data of a later run.
 */
@SpringBootTest(properties = { "annual-report.cli.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:final-review-${random.uuid};DB_CLOSE_DELAY=-1" })
class FinalConsolidationReviewTests {

	@TempDir
	Path temp;

	@Autowired
	AgencyRuns runs;

	@Autowired
	Submissions submissions;

	@Autowired
	ReportProperties report;

	@Test
	void aFinalConsolidationsReviewFlagsAreThoseOfTheApprovedFrozenReport() throws Exception {
		Path input = this.temp.resolve("in");
		Path zy = input.resolve("KHH-ZY");
		AgencyFolders.copy(Path.of("config/sample/113/KHH-ZY"), zy);
		Files.writeString(input.resolve("agencies.csv"), """
				機關代碼,機關名稱,上級機關代碼,收件信箱,繳交期限
				KHH-ZY,高雄市左營區衛生所,KHH-HB,zy@example.gov.tw,
				""");
		Path out = this.temp.resolve("out");
		run(input, out, false);
		this.submissions.send(out, "KHH-ZY", "KHH-HB", 113, "officer-zy");
		this.submissions.decide("KHH-ZY", 113, Action.APPROVE, "bureau-hb", null);
		FrozenCopy copy = this.submissions.approvedCopy(out, "KHH-ZY", 113).orElseThrow();
		assertThat(copy.improvements()).extracting(Improvement::item).contains("1.4.1", "門診候診動線");

		// after 核定 the agency runs again: 1.3.1's only record gone (a new flag), 1.4.1's improvement reworded
		List<String> executions = Files.readAllLines(zy.resolve("executions.csv"));
		Files.write(zy.resolve("executions.csv"), executions.stream().filter((l) -> !l.startsWith("1.3.1,")).toList());
		String improvements = Files.readString(zy.resolve("improvements.csv"));
		Files.writeString(zy.resolve("improvements.csv"),
				improvements.replace("列入下年度所務會議列管，由承辦組訂定季進度表，每季提報辦理情形,一組,114/03/31",
						"改由研考每月追蹤列管,研考,114/02/28"));
		run(input, out, true);
		String agency = flat(PdfText.pages(out.resolve("113/KHH-ZY/report.pdf")));
		assertThat(agency).contains("一(三)1建置合宜的服務環境", "改由研考每月追蹤列管");

		// the consolidation's 肆 is the frozen report's: its flags and improvements, none of the re-run's
		double target = this.report.satisfactionTarget();
		List<ReportData.Flag> frozenFlags = ReviewFlags
			.join(ReviewFlags.of(copy.summary(), target), copy.improvements(), copy.summary().phoneTests().threshold(), target)
			.flags();
		String review = flat(PdfText.pages(out.resolve("113/KHH-HB/report.pdf"))
			.stream()
			.dropWhile((p) -> !p.contains("肆、檢討與改進"))
			.toList());
		assertThat(review).contains("高雄市左營區衛生所（" + frozenFlags.size() + "項）", "列入下年度所務會議列管")
			.doesNotContain("一(三)1建置合宜的服務環境", "改由研考每月追蹤列管");
		for (ReportData.Flag flag : frozenFlags) {
			String item = flag.item().replaceAll("\\s+", "");
			assertThat(review).contains(item.substring(0, Math.min(8, item.length())));
		}
	}

	private static String flat(List<String> pages) {
		return pages.stream().collect(Collectors.joining()).replaceAll("\\s+", "");
	}

	private void run(Path input, Path out, boolean finalRun) {
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		List<RunFailure> failures = this.runs.run(RunOptions.parse(new String[] { "--year=113", "--agency=all",
				"--parent=KHH-HB", "--input=" + input, "--out=" + out, "--formats=json,pdf", "--final=" + finalRun }),
				new PrintStream(printed, true, StandardCharsets.UTF_8));
		assertThat(failures).as(printed.toString(StandardCharsets.UTF_8)).isEmpty();
	}

}
