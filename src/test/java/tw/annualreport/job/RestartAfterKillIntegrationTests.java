package tw.annualreport.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §6 "a run that failed or was killed is resumed by running the same command again, and
 * ends with the same files as an uninterrupted run", on the packaged jar as the officer runs
 * it: each run is a separate JVM in its own working directory (its own ./data H2 file database
 * and output folder). The job is killed like {@code kill -9} as soon as a chosen step starts
 * ({@code -Dannual-report.debug.halt-in-step}, exit 137), then the same command is run again.
 * <p>
 * Steps tried by default: {@link #DEFAULT_STEPS} (those the job has), plus
 * {@code renderReportStep} when the job has it. {@code -Drestart.halt-steps=all} tries every
 * step of the job, or give a comma list.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestartAfterKillIntegrationTests {

	private static final List<String> DEFAULT_STEPS = List.of("importSurveyResponsesStep", "publishImportStep",
			"computeFiguresStep", "writeSummaryStep");

	private static final String AGENCY = "KHH-ZY";

	private static final long LAUNCH_LIMIT_MINUTES = 10;

	@TempDir
	static Path temp;

	private Path jar;

	private Launch uninterrupted;

	/** step name → status of the uninterrupted run, in the order they ran. */
	private Map<String, String> uninterruptedSteps;

	private Path uninterruptedOutput;

	@BeforeAll
	void runOnceWithoutInterruption() throws Exception {
		this.jar = Path.of("target", "annual-report.jar").toAbsolutePath();
		assertThat(this.jar).as("the packaged jar (mvn package)").isRegularFile();
		Path dir = workingDirectory("uninterrupted");
		this.uninterrupted = launch(dir, null);
		assertThat(this.uninterrupted.exitCode).as(this.uninterrupted.toString()).isZero();
		List<Execution> executions = executions(dir);
		assertThat(executions).as("one execution").hasSize(1);
		assertThat(executions.get(0).status).isEqualTo("COMPLETED");
		this.uninterruptedSteps = executions.get(0).steps;
		this.uninterruptedOutput = dir.resolve("out").resolve("113").resolve(AGENCY);
		assertThat(this.uninterruptedOutput.resolve("summary.json")).isRegularFile();
	}

	@TestFactory
	Stream<DynamicTest> aRunKilledInAStepIsResumedBySameCommandAndEndsWithTheSameFiles() {
		return stepsToKill().stream()
			.map((step) -> DynamicTest.dynamicTest("killed in " + step, () -> killThenResume(step)));
	}

	private List<String> stepsToKill() {
		String chosen = System.getProperty("restart.halt-steps", "");
		List<String> steps = new ArrayList<>();
		if (chosen.equals("all")) {
			steps.addAll(this.uninterruptedSteps.keySet());
		}
		else if (!chosen.isBlank()) {
			Arrays.stream(chosen.split(",")).map(String::strip).forEach(steps::add);
		}
		else {
			DEFAULT_STEPS.stream().filter(this.uninterruptedSteps::containsKey).forEach(steps::add);
			if (this.uninterruptedSteps.containsKey("renderReportStep")) {
				steps.add("renderReportStep");
			}
		}
		assertThat(steps).as("steps of the job to kill: " + this.uninterruptedSteps.keySet()).isNotEmpty();
		assertThat(this.uninterruptedSteps.keySet()).containsAll(steps);
		return steps;
	}

	private void killThenResume(String step) throws Exception {
		Path dir = workingDirectory(step);

		Launch killed = launch(dir, step);
		assertThat(killed.exitCode).as("halted in " + step + ": " + killed).isEqualTo(137);
		List<Execution> afterKill = executions(dir);
		assertThat(afterKill).hasSize(1);
		// the crash left the execution as it was: running, one step started and never finished.
		// Which one: the halted step or, since H2 writes its commits to the file in the background
		// (about once a second), one a little before it whose end did not reach the disk
		assertThat(afterKill.get(0).status).isEqualTo("STARTED");
		Map<String, String> stepsAfterKill = afterKill.get(0).steps;
		assertThat(stepsAfterKill).containsValue("STARTED");
		assertThat(stepsAfterKill.values()).filteredOn("STARTED"::equals).hasSize(1);
		List<String> order = new ArrayList<>(this.uninterruptedSteps.keySet());
		assertThat(order.subList(0, order.indexOf(step) + 1)).as("no step after " + step + " ran")
			.containsAll(stepsAfterKill.keySet());
		assertThat(stepsAfterKill.get(step)).as(step + " did not finish").isNotEqualTo("COMPLETED");

		Launch resumed = launch(dir, null);
		assertThat(resumed.exitCode).as("the same command again: " + resumed).isZero();

		List<Execution> executions = executions(dir);
		assertThat(executions).as("the killed execution, recovered, then its restart").hasSize(2);
		Execution first = executions.get(0);
		Execution second = executions.get(1);
		assertThat(first.status).isEqualTo("FAILED");
		assertThat(second.status).isEqualTo("COMPLETED");
		assertThat(second.instanceId).as("same job instance").isEqualTo(first.instanceId);
		assertThat(second.identifying).as("same identifying parameters").isEqualTo(first.identifying);
		assertThat(second.identifying).containsEntry("run", "1").containsEntry("agency", AGENCY);
		// resumed, not started over: the steps finished before the kill are not run again, the
		// killed one and the rest are, and together they are the steps of an uninterrupted run
		Set<String> doneBefore = completed(first.steps);
		Set<String> doneAfter = completed(second.steps);
		assertThat(doneBefore).as("finished before the kill").doesNotContain(step);
		assertThat(doneAfter).as("finished after the restart").contains(step).doesNotContainAnyElementsOf(doneBefore);
		Set<String> all = new TreeSet<>(doneBefore);
		all.addAll(doneAfter);
		assertThat(all).isEqualTo(completed(this.uninterruptedSteps));

		Path output = dir.resolve("out").resolve("113").resolve(AGENCY);
		assertThat(AgencyFolders.fileNames(output)).as("no temporary files left in " + output)
			.isEqualTo(AgencyFolders.fileNames(this.uninterruptedOutput))
			.noneMatch((name) -> name.startsWith("."));
		for (String file : AgencyFolders.fileNames(output)) {
			if (file.endsWith(".json") || file.endsWith(".csv")) {
				assertThat(AgencyFolders.bytes(output.resolve(file))).as(file + " byte for byte")
					.isEqualTo(AgencyFolders.bytes(this.uninterruptedOutput.resolve(file)));
			}
			if (file.endsWith(".pdf")) {
				// the PDF's bytes carry creation times; its content is its text, page by page
				assertThat(pdfText(output.resolve(file))).as(file + " text")
					.isEqualTo(pdfText(this.uninterruptedOutput.resolve(file)));
			}
		}
		assertThat(headline(resumed)).as("the summary line the officer reads").isEqualTo(headline(this.uninterrupted));
	}

	private static String pdfText(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}

	private Path workingDirectory(String name) {
		Path dir = temp.resolve(name);
		AgencyFolders.copy(AgencyFolders.SAMPLE_KHH_ZY, dir.resolve("in").resolve(AGENCY));
		return dir;
	}

	/** One JVM running the jar in {@code dir} as the README says; haltInStep null: no crash. */
	private Launch launch(Path dir, String haltInStep) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Dfile.encoding=UTF-8");
		command.add("-Dsun.stdout.encoding=UTF-8");
		command.add("-Dsun.stderr.encoding=UTF-8");
		if (haltInStep != null) {
			command.add("-Dannual-report.debug.halt-in-step=" + haltInStep);
		}
		command.addAll(List.of("-jar", this.jar.toString(), "--year=113", "--agency=" + AGENCY, "--input=in/" + AGENCY,
				"--out=out"));
		int n = (int) Files.list(dir).filter((p) -> p.getFileName().toString().startsWith("stdout-")).count();
		Path stdout = dir.resolve("stdout-" + n + ".txt");
		Path stderr = dir.resolve("stderr-" + n + ".txt");
		Process process = new ProcessBuilder(command).directory(dir.toFile())
			.redirectOutput(stdout.toFile())
			.redirectError(stderr.toFile())
			.start();
		if (!process.waitFor(LAUNCH_LIMIT_MINUTES, TimeUnit.MINUTES)) {
			process.destroyForcibly().waitFor();
			throw new AssertionError("the run did not end: " + String.join(" ", command));
		}
		return new Launch(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
				Files.readString(stderr, StandardCharsets.UTF_8));
	}

	/** The line "KHH-ZY：完成。<headline>。輸出資料夾：…" without the folder, which differs per directory. */
	private static String headline(Launch launch) {
		String line = launch.out.lines().filter((l) -> l.startsWith(AGENCY + "：完成。")).findFirst().orElse("");
		assertThat(line).as("completion line in " + launch).isNotEmpty().contains("輸出資料夾：");
		return line.substring(0, line.indexOf("輸出資料夾："));
	}

	private static Set<String> completed(Map<String, String> steps) {
		Set<String> names = new TreeSet<>();
		steps.forEach((name, status) -> {
			if (status.equals("COMPLETED")) {
				names.add(name);
			}
		});
		return names;
	}

	/** The job executions in the run's own ./data database, oldest first. */
	private static List<Execution> executions(Path dir) throws SQLException {
		String url = "jdbc:h2:file:" + dir.resolve("data").resolve("annual-report").toAbsolutePath()
				+ ";AUTO_SERVER=TRUE";
		List<Execution> executions = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
			try (PreparedStatement statement = connection.prepareStatement(
					"SELECT JOB_EXECUTION_ID, JOB_INSTANCE_ID, STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID");
					ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					executions.add(new Execution(rs.getLong(1), rs.getLong(2), rs.getString(3), new LinkedHashMap<>(),
							new LinkedHashMap<>()));
				}
			}
			for (Execution execution : executions) {
				try (PreparedStatement statement = connection.prepareStatement(
						"SELECT STEP_NAME, STATUS FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ? ORDER BY STEP_EXECUTION_ID")) {
					statement.setLong(1, execution.id);
					try (ResultSet rs = statement.executeQuery()) {
						while (rs.next()) {
							execution.steps.put(rs.getString(1), rs.getString(2));
						}
					}
				}
				try (PreparedStatement statement = connection.prepareStatement(
						"SELECT PARAMETER_NAME, PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS WHERE JOB_EXECUTION_ID = ? AND IDENTIFYING = 'Y' ORDER BY PARAMETER_NAME")) {
					statement.setLong(1, execution.id);
					try (ResultSet rs = statement.executeQuery()) {
						while (rs.next()) {
							execution.identifying.put(rs.getString(1), rs.getString(2));
						}
					}
				}
			}
		}
		return executions;
	}

	private record Execution(long id, long instanceId, String status, Map<String, String> steps,
			Map<String, String> identifying) {
	}

	private record Launch(int exitCode, String out, String err) {

		@Override
		public String toString() {
			return "exit " + exitCode + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
		}

	}

}
