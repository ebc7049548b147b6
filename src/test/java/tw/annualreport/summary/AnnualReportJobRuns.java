package tw.annualreport.summary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import tw.annualreport.job.JobParameterNames;

/**
 * Runs the annual report job the way the command line does (the launcher's parameters:
 * agency, ROC year, kind, fingerprint of the input files, run number; out, formats, mail and
 * input as non-identifying), and reads the summary.json it wrote.
 */
final class AnnualReportJobRuns {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private AnnualReportJobRuns() {
	}

	/** The parameters the launcher builds for a run of an agency folder (input null: from the database). */
	static JobParameters parameters(String agency, int rocYear, Path input, Path out, long run) {
		JobParametersBuilder builder = new JobParametersBuilder().addString(JobParameterNames.AGENCY, agency)
			.addLong(JobParameterNames.YEAR, (long) rocYear)
			.addString(JobParameterNames.KIND, "draft")
			.addString(JobParameterNames.FINGERPRINT, (input != null) ? fingerprint(input) : "database")
			.addLong(JobParameterNames.RUN, run)
			.addString(JobParameterNames.OUT, out.toString(), false)
			.addString(JobParameterNames.FORMATS, "json", false)
			.addString(JobParameterNames.MAIL, "false", false);
		if (input != null) {
			builder.addString(JobParameterNames.INPUT, input.toString(), false);
		}
		return builder.toJobParameters();
	}

	/** Runs the job and fails with the job's own failures when it does not complete. */
	static JobExecution runCompleted(JobOperator operator, Job job, JobParameters parameters) {
		JobExecution execution;
		try {
			execution = operator.start(job, parameters);
		}
		catch (Exception ex) {
			throw new IllegalStateException("job did not start: " + ex.getMessage(), ex);
		}
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			AssertionError error = new AssertionError("job ended " + execution.getStatus() + ": "
					+ execution.getAllFailureExceptions());
			execution.getAllFailureExceptions().forEach(error::addSuppressed);
			throw error;
		}
		return execution;
	}

	static Path summaryFile(Path out, String agency, int rocYear) {
		return out.resolve(Integer.toString(rocYear)).resolve(agency).resolve("summary.json");
	}

	static JsonNode readSummary(Path out, String agency, int rocYear) {
		try {
			return JSON.readTree(Files.readString(summaryFile(out, agency, rocYear), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The element of an array whose {@code key} field has the given text. */
	static JsonNode element(JsonNode array, String key, String value) {
		for (JsonNode node : array) {
			if (node.has(key) && !node.get(key).isNull() && value.equals(node.get(key).asString())) {
				return node;
			}
		}
		throw new AssertionError("no element with " + key + " = " + value + " in " + array);
	}

	/** Writes a UTF-8 CSV file (no BOM) from its lines. */
	static void csv(Path folder, String name, List<String> lines) {
		try {
			Files.createDirectories(folder);
			Files.writeString(folder.resolve(name + ".csv"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String fingerprint(Path folder) {
		try (Stream<Path> entries = Files.list(folder)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Path file : entries.filter(Files::isRegularFile).sorted().toList()) {
				digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(Files.readAllBytes(file));
			}
			return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
