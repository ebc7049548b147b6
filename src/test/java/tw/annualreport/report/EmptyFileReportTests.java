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
 * A required file with its header and no data row is not a silent 0 %: the report's data-quality
 * note names it.
 */
@SpringBootTest(properties = { "annual-report.cli.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:empty-${random.uuid};DB_CLOSE_DELAY=-1", "annual-report.report.date=2025-01-15" })
class EmptyFileReportTests {

	@TempDir
	Path temp;

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job annualReportJob;

	@Test
	void aHeaderOnlyPhoneTestFileIsNamedInTheDataQualityNote() {
		Path input = Fixture.of("EMPTY-PT")
			.text("phone_tests.csv", Fixture.PHONE_TESTS.lines().findFirst().orElseThrow() + "\n")
			.writeTo(this.temp.resolve("in"));

		ReportOutputs.run(this.jobOperator, this.annualReportJob, "EMPTY-PT", 113, input, this.temp.resolve("out"),
				"draft");

		String text = String.join("\n",
				ReportOutputs.pages(ReportOutputs.folder(this.temp.resolve("out"), 113, "EMPTY-PT").resolve("report.pdf")))
			.replaceAll("\\s+", "");
		assertThat(text).contains("只有標題列、沒有任何資料列").contains("電話禮貌測試（phone_tests）");
	}

}
