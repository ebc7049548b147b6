package tw.annualreport.job;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import tw.annualreport.run.AgencyRuns;
import tw.annualreport.system.RunOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Re-runs are idempotent: same data, same figures, files replaced atomically." A run asked for
 * again after it completed is a new job instance with the next run number that re-makes the
 * files; changed data make a new fingerprint, hence a new run 1 with the new figures.
 */
@SpringBootTest(properties = "annual-report.cli.enabled=false")
class RerunTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String AGENCY = "KHH-ZY";

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url",
				() -> "jdbc:h2:mem:rerun-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
	}

	@Autowired
	AgencyRuns agencyRuns;

	@Autowired
	JobRepository jobRepository;

	@TempDir
	Path temp;

	@Test
	void theSameDataRunAgainMakeANewRunWithTheSameFilesReplacedNotRewritten() throws IOException {
		Path input = AgencyFolders.copy(AgencyFolders.SAMPLE_KHH_ZY, this.temp.resolve("same").resolve(AGENCY));
		Path out = this.temp.resolve("out-same");
		Path folder = out.resolve("113").resolve(AGENCY);

		run(input, out);
		byte[] firstSummary = AgencyFolders.bytes(folder.resolve("summary.json"));
		byte[] firstRejects = AgencyFolders.bytes(folder.resolve("rejects.csv"));
		Object firstFile = Files.readAttributes(folder.resolve("summary.json"), BasicFileAttributes.class).fileKey();

		run(input, out);

		List<JobInstance> instances = instances(AgencyFolders.fingerprintOf(input));
		assertThat(instances).as("run 1 and run 2 of the same data").hasSize(2);
		JobExecution first = onlyExecution(instances.get(0));
		JobExecution second = onlyExecution(instances.get(1));
		assertThat(first.getJobParameters().getLong(JobParameterNames.RUN)).isEqualTo(1);
		assertThat(second.getJobParameters().getLong(JobParameterNames.RUN)).isEqualTo(2);
		assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		// run 2 did everything again, it did not just find run 1's steps complete
		assertThat(second.getStepExecutions()).extracting((s) -> s.getStepName())
			.containsAll(first.getStepExecutions().stream().map((s) -> s.getStepName()).toList());

		assertThat(AgencyFolders.bytes(folder.resolve("summary.json"))).isEqualTo(firstSummary);
		assertThat(AgencyFolders.bytes(folder.resolve("rejects.csv"))).isEqualTo(firstRejects);
		assertThat(AgencyFolders.fileNames(folder)).containsExactly("rejects.csv", "summary.json");
		// a new file moved into place, not the old one truncated and rewritten
		Object secondFile = Files.readAttributes(folder.resolve("summary.json"), BasicFileAttributes.class).fileKey();
		assertThat(firstFile).isNotNull();
		assertThat(secondFile).isNotEqualTo(firstFile);
	}

	@Test
	void changedDataAreANewRunOneWithTheNewFigures() throws IOException {
		Path before = AgencyFolders.copy(AgencyFolders.SAMPLE_KHH_ZY, this.temp.resolve("before").resolve(AGENCY));
		Path after = AgencyFolders.copy(AgencyFolders.SAMPLE_KHH_ZY, this.temp.resolve("after").resolve(AGENCY));
		// one execution record of measure 7.1.1 (訂定「提升服務工作計畫」): 場次 11 → 111
		Path executions = after.resolve("executions.csv");
		List<String> lines = Files.readAllLines(executions, StandardCharsets.UTF_8);
		int row = 1;
		assertThat(lines.get(row)).startsWith("7.1.1,113/04/03,").contains(",11,18,,執行中,");
		lines.set(row, lines.get(row).replace(",11,18,,執行中,", ",111,18,,執行中,"));
		Files.write(executions, lines, StandardCharsets.UTF_8);
		Path outBefore = this.temp.resolve("out-before");
		Path outAfter = this.temp.resolve("out-after");

		run(before, outBefore);
		JsonNode old = summary(outBefore);
		run(after, outAfter);
		JsonNode changed = summary(outAfter);

		String oldPrint = AgencyFolders.fingerprintOf(before);
		String newPrint = AgencyFolders.fingerprintOf(after);
		assertThat(newPrint).isNotEqualTo(oldPrint);
		List<JobInstance> instances = instances(newPrint);
		assertThat(instances).hasSize(1);
		JobExecution execution = onlyExecution(instances.get(0));
		assertThat(execution.getJobParameters().getLong(JobParameterNames.RUN)).isEqualTo(1);
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);

		// 100 more sessions on 7.1.1 and every ancestor; nothing else of the tree moves
		for (String code : List.of("7.1.1", "7.1", "7")) {
			assertThat(node(changed, code).get("sessions").longValue()).as("場次 of " + code)
				.isEqualTo(node(old, code).get("sessions").longValue() + 100);
			assertThat(node(changed, code).get("participants").longValue())
				.isEqualTo(node(old, code).get("participants").longValue());
		}
		assertThat(node(changed, "2").get("sessions")).isEqualTo(node(old, "2").get("sessions"));
		assertThat(changed.get("measures")).isEqualTo(old.get("measures"));
		assertThat(changed.get("rows")).isEqualTo(old.get("rows"));
	}

	@Test
	void outputFilesGetTheUsualPermissionsOfANewFile() throws IOException {
		Path input = AgencyFolders.copy(AgencyFolders.SAMPLE_KHH_ZY, this.temp.resolve("perm").resolve(AGENCY));
		Path out = this.temp.resolve("out-perm");
		run(input, out);
		Path plain = Files.writeString(this.temp.resolve("plain.txt"), "x");
		Set<PosixFilePermission> usual = Files.getPosixFilePermissions(plain);

		Path folder = out.resolve("113").resolve(AGENCY);
		assertThat(Files.getPosixFilePermissions(folder.resolve("summary.json"))).isEqualTo(usual);
		assertThat(Files.getPosixFilePermissions(folder.resolve("rejects.csv"))).isEqualTo(usual);
	}

	private void run(Path input, Path out) {
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		RunOptions options = RunOptions.parse(new String[] { "--year=113", "--agency=" + AGENCY, "--input=" + input,
				"--out=" + out, "--formats=json" });
		List<RunFailure> failures = this.agencyRuns.run(options, new PrintStream(printed, true, StandardCharsets.UTF_8));
		assertThat(failures).as(printed.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	/** The instances of the agency-year with this data fingerprint, oldest first. */
	private List<JobInstance> instances(String fingerprint) {
		return this.jobRepository.getJobInstances(AnnualReportJobConfiguration.JOB_NAME, 0, 1000)
			.stream()
			.filter((instance) -> {
				var params = onlyExecution(instance).getJobParameters();
				return AGENCY.equals(params.getString(JobParameterNames.AGENCY))
						&& fingerprint.equals(params.getString(JobParameterNames.FINGERPRINT));
			})
			.sorted(Comparator.comparing(JobInstance::getInstanceId))
			.toList();
	}

	private JobExecution onlyExecution(JobInstance instance) {
		List<JobExecution> executions = this.jobRepository.getJobExecutions(instance);
		assertThat(executions).hasSize(1);
		return executions.get(0);
	}

	private static JsonNode summary(Path out) throws IOException {
		return JSON.readTree(Files.readString(out.resolve("113").resolve(AGENCY).resolve("summary.json")));
	}

	private static JsonNode node(JsonNode summary, String code) {
		for (JsonNode node : summary.get("tree")) {
			if (code.equals(node.get("code").asString())) {
				return node;
			}
		}
		throw new AssertionError("no plan node " + code);
	}

}
