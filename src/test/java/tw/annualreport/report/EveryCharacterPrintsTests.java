package tw.annualreport.report;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import tw.annualreport.support.Fixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What officers type prints as typed through the whole job: Simplified Han (办), CJK Extension B
 * (𠀋 𡘙, personal and place names), circled numbers, units and the marks of prose.
 */
@SpringBootTest(properties = { "annual-report.cli.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:chars-${random.uuid};DB_CLOSE_DELAY=-1", "annual-report.report.date=2025-01-15" })
class EveryCharacterPrintsTests {

	private static final String TYPED = "藉以簡化办理流程，𠀋𡘙，①②，30㎡…";

	@TempDir
	Path temp;

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job annualReportJob;

	@Test
	void aPlantedLineOfRareCharactersComesBackFromThePdfCharacterForCharacter() {
		Path input = Fixture.of("CHARS")
			.append("executions.csv", "1.1.1,113/03/16,研考," + TYPED + ",1,1,,已完成,\n")
			.writeTo(this.temp.resolve("in"));

		ReportOutputs.run(this.jobOperator, this.annualReportJob, "CHARS", 113, input, this.temp.resolve("out"), "draft");

		String text = String.join("",
				ReportOutputs.pages(ReportOutputs.folder(this.temp.resolve("out"), 113, "CHARS").resolve("report.pdf")))
			.replaceAll("\\s+", "");
		assertThat(text).contains(TYPED);
	}

	@Test
	void aCharacterNoReportFontHasIsListedWithItsFileRowAndCodeNotDroppedSilently() {
		Path input = Fixture.of("NOGLYPH")
			.append("executions.csv", "1.1.1,113/03/16,研考,自造字\uE000的人名,1,1,,已完成,\n")
			.writeTo(this.temp.resolve("in-noglyph"));

		ReportOutputs.run(this.jobOperator, this.annualReportJob, "NOGLYPH", 113, input, this.temp.resolve("out-noglyph"),
				"draft");

		String text = String.join("", ReportOutputs
			.pages(ReportOutputs.folder(this.temp.resolve("out-noglyph"), 113, "NOGLYPH").resolve("report.pdf")))
			.replaceAll("\\s+", "");
		// the executions file's 7th row (header = row 1): the fixture's five records, then this one
		assertThat(text).contains("報告字型無法顯示的字元").contains("執行紀錄（executions）7").contains("U+E000");
	}

}
