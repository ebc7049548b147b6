package tw.annualreport.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import tw.annualreport.AnnualReportApplication;
import tw.annualreport.system.OutputFormat;

/**
 * How long one agency's report takes to render in every format once the JVM is warm (a
 * benchmark, not a test: speed is measured and written down in src/bench/RESULTS.md, never
 * asserted).
 * Imports the KHH-ZY sample into an in-memory database, renders 5 times to warm up, then
 * times 10 renders (data query + PDF + XLSX + ODS) and prints the mean and the fastest.
 *
 * <pre>
 * mvn -q package -DskipTests && mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=tw.annualreport.report.ReportRenderBenchmark
 * </pre>
 */
public final class ReportRenderBenchmark {

	private ReportRenderBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path out = Files.createTempDirectory("render-benchmark");
		try (ConfigurableApplicationContext context = SpringApplication.run(AnnualReportApplication.class,
				"--annual-report.cli.enabled=false", "--spring.datasource.url=jdbc:h2:mem:benchmark;DB_CLOSE_DELAY=-1",
				"--logging.level.tw.annualreport=WARN")) {
			JobExecution execution = context.getBean(JobOperator.class).start(context.getBean("annualReportJob", Job.class),
					new JobParametersBuilder().addString("agency", "KHH-ZY").addLong("year", 113L)
						.addString("kind", "draft").addString("fingerprint", "benchmark").addLong("run", 1L)
						.addString("input", Path.of("config/sample/113/KHH-ZY").toAbsolutePath().toString(), false)
						.addString("out", out.toString(), false).addString("formats", "json", false)
						.addString("mail", "false", false)
						.toJobParameters());
			if (!execution.getStatus().toString().equals("COMPLETED")) {
				throw new IllegalStateException("import failed: " + execution.getExitStatus());
			}
			ReportDataQuery query = context.getBean(ReportDataQuery.class);
			ReportRenderer renderer = context.getBean(ReportRenderer.class);
			Set<OutputFormat> formats = Set.of(OutputFormat.PDF, OutputFormat.XLSX, OutputFormat.ODS);
			for (int i = 0; i < 5; i++) {
				renderer.render(query.load("KHH-ZY", 113), out, formats, true);
			}
			long[] millis = new long[10];
			for (int i = 0; i < millis.length; i++) {
				long started = System.nanoTime();
				renderer.render(query.load("KHH-ZY", 113), out, formats, true);
				millis[i] = (System.nanoTime() - started) / 1_000_000;
			}
			System.out.printf("KHH-ZY 113, data query + PDF + XLSX + ODS, warm: mean %d ms, fastest %d ms, all %s%n",
					Arrays.stream(millis).sum() / millis.length, Arrays.stream(millis).min().orElseThrow(),
					Arrays.toString(millis));
		}
	}

}
