package tw.annualreport.schedule;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import tw.annualreport.bureau.BureauPartitions;
import tw.annualreport.job.AgencyFolders;
import tw.annualreport.job.AnnualReportJobConfiguration;
import tw.annualreport.job.JobParameterNames;
import tw.annualreport.system.RunOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "The nightly schedule can run the bureau's draft consolidation": with
 * {@code annual-report.schedule.bureaus=TST-P} the night runs TST-P as a bureau run (its agency
 * once, then the draft consolidation) and the agency of another bureau on its own.
 */
@SpringBootTest(properties = { "annual-report.cli.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:scheduled-bureau-${random.uuid};DB_CLOSE_DELAY=-1",
		"annual-report.schedule.bureaus=TST-P" })
class ScheduledBureauDraftTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

	@TempDir
	Path temp;

	@Autowired
	ScheduledRuns scheduledRuns;

	@Autowired
	JobRepository jobRepository;

	@Test
	void theNightRunsTheListedBureausDraftConsolidationAndEveryOtherAgencyOnce() throws Exception {
		LocalDate today = LocalDate.now(TAIPEI);
		int year = today.getYear() - 1911;
		Path input = this.temp.resolve("in");
		AgencyFolders.handMade(input.resolve("TST-A"), "TST-A", year);
		Path other = AgencyFolders.handMade(input.resolve("TST-X"), "TST-X", year);
		Files.writeString(other.resolve("agency.csv"),
				"機關代碼,機關名稱,上級機關代碼,上級機關名稱,收件信箱\nTST-X,他局所屬區公所,TST-Q,他局,x@example.org\n",
				StandardCharsets.UTF_8);
		Path out = this.temp.resolve("out");
		RunOptions serve = RunOptions.parse(new String[] { "--serve", "--input=" + input, "--out=" + out, "--formats=json" });

		this.scheduledRuns.runDraftSafely(this.scheduledRuns.draft(serve, today));

		Path folder = out.resolve(Integer.toString(year));
		JsonNode bureau = JSON.readTree(Files.readString(folder.resolve("TST-P/summary.json")));
		assertThat(bureau.get("agencies")).extracting((a) -> a.get("code").asString()).containsExactly("TST-A");
		assertThat(folder.resolve("TST-A/summary.json")).isRegularFile();
		assertThat(folder.resolve("TST-X/summary.json")).isRegularFile();
		assertThat(folder.resolve("TST-Q")).doesNotExist();
		assertThat(executions(BureauPartitions.JOB_NAME, "TST-P")).singleElement().satisfies((e) -> {
			assertThat(e.getStatus()).isEqualTo(BatchStatus.COMPLETED);
			assertThat(e.getJobParameters().getString(JobParameterNames.KIND)).isEqualTo("draft");
		});
		// each agency ran once: TST-A inside the bureau run only
		assertThat(executions(AnnualReportJobConfiguration.JOB_NAME, "TST-A")).hasSize(1);
		assertThat(executions(AnnualReportJobConfiguration.JOB_NAME, "TST-X")).hasSize(1);
	}

	private List<JobExecution> executions(String job, String agency) {
		return this.jobRepository.getJobInstances(job, 0, 100)
			.stream()
			.flatMap((instance) -> this.jobRepository.getJobExecutions(instance).stream())
			.filter((e) -> agency.equals(e.getJobParameters().getString(JobParameterNames.AGENCY)))
			.toList();
	}

}
