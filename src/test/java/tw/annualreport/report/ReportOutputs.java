package tw.annualreport.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;

import tw.annualreport.job.JobParameterNames;
import tw.annualreport.support.PdfText;

/** Runs the job on a copy of a sample agency and reads its outputs back (PDF text per page, summary.json). */
final class ReportOutputs {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ReportOutputs() {
	}

	/** Copies {@code config/sample/<year>/<agency>} to {@code target}. */
	static Path copySample(int rocYear, String agency, Path target) {
		Path source = Path.of("config", "sample", Integer.toString(rocYear), agency);
		try (Stream<Path> files = Files.list(source)) {
			Files.createDirectories(target);
			for (Path file : files.toList()) {
				Files.copy(file, target.resolve(file.getFileName()));
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void appendLine(Path file, String line) {
		try {
			Files.writeString(file, line + "\r\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static JobExecution run(JobOperator operator, Job job, String agency, int rocYear, Path input, Path out,
			String kind) {
		return run(operator, job, agency, rocYear, input, out, kind, "pdf,xlsx,ods,json");
	}

	/** @param formats the outputs to write, as {@code --formats} takes them */
	static JobExecution run(JobOperator operator, Job job, String agency, int rocYear, Path input, Path out,
			String kind, String formats) {
		JobParameters parameters = new JobParametersBuilder().addString(JobParameterNames.AGENCY, agency)
			.addLong(JobParameterNames.YEAR, (long) rocYear)
			.addString(JobParameterNames.KIND, kind)
			// the output folder (a test class's own temporary folder) names the run: test classes share a context
			.addString(JobParameterNames.FINGERPRINT, "test-" + out.toAbsolutePath())
			.addLong(JobParameterNames.RUN, 1L)
			.addString(JobParameterNames.OUT, out.toString(), false)
			.addString(JobParameterNames.FORMATS, formats, false)
			.addString(JobParameterNames.MAIL, "false", false)
			.addString(JobParameterNames.INPUT, input.toString(), false)
			.toJobParameters();
		JobExecution execution;
		try {
			execution = operator.start(job, parameters);
		}
		catch (Exception ex) {
			throw new IllegalStateException("job did not start: " + ex.getMessage(), ex);
		}
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			AssertionError error = new AssertionError("job ended " + execution.getStatus());
			execution.getAllFailureExceptions().forEach(error::addSuppressed);
			throw error;
		}
		return execution;
	}

	static Path folder(Path out, int rocYear, String agency) {
		return out.resolve(Integer.toString(rocYear)).resolve(agency);
	}

	static JsonNode summary(Path folder) {
		try {
			return JSON.readTree(Files.readString(folder.resolve("summary.json"), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The text of every page of a PDF, extracted with PDFBox. */
	static List<String> pages(Path pdf) {
		return PdfText.pages(pdf);
	}

}
