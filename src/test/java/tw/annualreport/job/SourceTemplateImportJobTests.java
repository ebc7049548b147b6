package tw.annualreport.job;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;

import tw.annualreport.source.SourceFile;
import tw.annualreport.support.Fixture;
import tw.annualreport.template.SourceTemplates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The templates round trip: each downloaded as it is (its example row the only data) is an agency
 * folder the import accepts, every row of every file; and a header typo says which header the file
 * has and which it probably meant, in the run's one-line failure (the command line's 錯誤： line and
 * the console's reason alike).
 */
class SourceTemplateImportJobTests extends ImportJobTestSupport {

	/** The agency of the templates' example rows. */
	private static final String EXAMPLE = SourceFile.AGENCY.column("code").example((int) YEAR);

	@TempDir
	Path temp;

	@Autowired
	SourceTemplates templates;

	private void write(Path file, List<SourceFile> files) throws IOException {
		Files.createDirectories(file.getParent());
		try (OutputStream out = Files.newOutputStream(file)) {
			this.templates.write(files, (int) YEAR, out);
		}
	}

	private void importsEveryExampleRow(Path input) throws Exception {
		JobExecution execution = this.jobOperatorTestUtils.startJob(parameters(EXAMPLE, input, this.temp.resolve("out")));

		assertThat(execution.getStatus()).as(failureReason(execution)).isEqualTo(BatchStatus.COMPLETED);
		Map<String, List<Long>> counts = fileCounts(importIdOf(execution));
		for (SourceFile file : SourceFile.values()) {
			assertThat(counts.get(file.fileName())).as(file.fileName()).containsExactly(1L, 1L, 0L);
		}
		assertThat(Files.exists(this.temp.resolve("out/113/" + EXAMPLE + "/rejects.csv"))).isFalse();
	}

	@Test
	void theWorkbookOfAllTemplatesAsDownloadedImportsEveryExampleRow() throws Exception {
		Path input = this.temp.resolve("all");
		write(input.resolve("來源檔範本.xlsx"), List.of(SourceFile.values()));

		importsEveryExampleRow(input);
	}

	@Test
	void eachFilesTemplateAsDownloadedImportsItsExampleRow() throws Exception {
		Path input = this.temp.resolve("each");
		for (SourceFile file : SourceFile.values()) {
			write(input.resolve(file.label() + "範本.xlsx"), List.of(file));
		}

		importsEveryExampleRow(input);
	}

	@Test
	void aHeaderTypoSaysWhichHeaderWasFoundAndTheNearestExpectedOne() throws Exception {
		Path input = Fixture.of("FX-TYPO")
			.text("executions.csv", "措施項次,執行曰期,狀態\n1.1.1,113/03/15,已完成\n")
			.writeTo(this.temp.resolve("typo"));

		JobExecution execution = this.jobOperatorTestUtils.startJob(parameters("FX-TYPO", input, this.temp.resolve("out")));

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(failureReason(execution)).contains("executions.csv：缺少必要欄位：執行日期[date]（找到「執行曰期」，是否為「執行日期」？）");
		assertThat(Files.readString(this.temp.resolve("out/113/FX-TYPO/rejects.pending.csv")))
			.contains("找到「執行曰期」，是否為「執行日期」？");
	}

}
