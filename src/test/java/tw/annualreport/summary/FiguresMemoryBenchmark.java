package tw.annualreport.summary;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import tw.annualreport.AnnualReportApplication;

/**
 * Memory benchmark of the figures (not part of the test suite; results in
 * src/bench/RESULTS.md): generates an agency-year with N survey responses (plus the fixed-size
 * rest of {@link GeneratedAgency}), imports it into an H2 file database and computes the
 * figures, each size in its own JVM.
 * <p>
 * Reported per phase (import = every import step, figures = computeFiguresStep, summary =
 * writeSummaryStep): wall time, the peak heap used as sampled every 5 ms (includes garbage
 * not yet collected, so it follows the young generation size), and the peak <em>live</em>
 * heap = the largest heap used right after a GC during the phase. The figures are then
 * computed a second time straight from the database (no import) in a JVM limited to a small
 * heap ({@code -Xmx} given below); success there shows the figures do not hold the survey.
 * <p>
 * Run: {@code mvn -q test-compile}, then {@code mvn -q exec:java -Dexec.mainClass=tw.annualreport.summary.FiguresMemoryBenchmark
 * -Dexec.classpathScope=test -Dexec.args="10000 100000 300000"} or with
 * {@code src/test/scripts/figures-memory-benchmark.sh}.
 */
public final class FiguresMemoryBenchmark {

	private static final String AGENCY = "BENCH";

	private static final String IMPORT_HEAP = "-Xmx1g";

	private static final String SMALL_HEAP = "-Xmx64m";

	private FiguresMemoryBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length > 0 && args[0].equals("--child")) {
			child(args[1], Integer.parseInt(args[2]), Path.of(args[3]));
			return;
		}
		List<Integer> sizes = new ArrayList<>();
		for (String arg : args) {
			sizes.add(Integer.parseInt(arg.replace("_", "")));
		}
		if (sizes.isEmpty()) {
			sizes = List.of(10_000, 100_000, 300_000);
		}
		List<Map<String, String>> results = new ArrayList<>();
		for (int n : sizes) {
			Path work = Files.createTempDirectory("figures-benchmark-" + n + "-");
			Map<String, String> result = new LinkedHashMap<>();
			result.put("responses", Integer.toString(n));
			result.putAll(runChild(IMPORT_HEAP, "full", n, work));
			Map<String, String> small = runChild(SMALL_HEAP, "figures", n, work);
			result.put("figuresOnlySmallHeap", small.containsKey("figuresMs")
					? "OK (" + small.get("figuresMs") + " ms, live " + small.get("figuresLiveMb") + " MB)" : "FAILED");
			results.add(result);
		}
		System.out.println();
		System.out.println("| responses | import s | import peak used MB | import peak live MB | figures s | figures peak used MB"
				+ " | figures peak live MB | figures-only from DB, peak live MB | figures-only in " + SMALL_HEAP + " |");
		System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
		for (Map<String, String> r : results) {
			System.out.println("| " + r.get("responses") + " | " + seconds(r.get("importMs")) + " | " + r.get("importPeakMb")
					+ " | " + r.get("importLiveMb") + " | " + seconds(r.get("figuresMs")) + " | " + r.get("figuresPeakMb")
					+ " | " + r.get("figuresLiveMb") + " | " + r.get("dbFiguresLiveMb") + " | " + r.get("figuresOnlySmallHeap")
					+ " |");
		}
	}

	private static String seconds(String millis) {
		return (millis == null) ? "?" : String.format("%.1f", Long.parseLong(millis) / 1000.0);
	}

	private static Map<String, String> runChild(String heap, String mode, int n, Path work) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(java, heap, "-XX:+UseG1GC", "-cp",
				System.getProperty("java.class.path"), FiguresMemoryBenchmark.class.getName(), "--child", mode,
				Integer.toString(n), work.toString()).redirectErrorStream(true);
		Process process = builder.start();
		Map<String, String> result = new LinkedHashMap<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.startsWith("RESULT ")) {
					for (String pair : line.substring(7).split(" ")) {
						String[] kv = pair.split("=", 2);
						result.put(kv[0], kv[1]);
					}
				}
				System.out.println("  [" + n + " " + mode + " " + heap + "] " + line);
			}
		}
		int exit = process.waitFor();
		if (exit != 0) {
			System.out.println("  child exited " + exit);
		}
		return result;
	}

	// ------------------------------------------------------------------ child JVM

	private static void child(String mode, int n, Path work) throws Exception {
		HeapWatch watch = new HeapWatch();
		Path input = work.resolve("in").resolve(AGENCY);
		if (mode.equals("full")) {
			long start = System.nanoTime();
			writeAgency(input, n);
			System.out.println("generated " + n + " responses in " + (System.nanoTime() - start) / 1_000_000 + " ms");
		}
		// command-line arguments, the strongest property source: the test classpath's in-memory default must not win
		ConfigurableApplicationContext context = new SpringApplicationBuilder(AnnualReportApplication.class).run(
				"--annual-report.cli.enabled=false", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
				"--logging.level.tw.annualreport=WARN",
				"--spring.datasource.url=jdbc:h2:file:" + work.resolve("db").resolve("annual-report") + ";WRITE_DELAY=0");
		try {
			JobOperator operator = context.getBean(JobOperator.class);
			Job job = context.getBean("annualReportJob", Job.class);
			StringBuilder line = new StringBuilder("RESULT");
			if (mode.equals("full")) {
				watch.reset();
				JobExecution execution = AnnualReportJobRuns.runCompleted(operator, job,
						AnnualReportJobRuns.parameters(AGENCY, GeneratedAgency.YEAR, input, work.resolve("out"), 1));
				phases(execution, watch, "", line);
				System.gc();
				watch.reset();
				JobExecution fromDatabase = AnnualReportJobRuns.runCompleted(operator, job,
						AnnualReportJobRuns.parameters(AGENCY, GeneratedAgency.YEAR, null, work.resolve("out"), 1));
				phases(fromDatabase, watch, "db", line);
			}
			else {
				System.gc();
				watch.reset();
				JobExecution fromDatabase = AnnualReportJobRuns.runCompleted(operator, job,
						AnnualReportJobRuns.parameters(AGENCY, GeneratedAgency.YEAR, null, work.resolve("out"), 2));
				phases(fromDatabase, watch, "", line);
			}
			System.out.println(line);
		}
		finally {
			watch.stop();
			context.close();
		}
	}

	private static void phases(JobExecution execution, HeapWatch watch, String prefix, StringBuilder line) {
		LocalDateTime importStart = null;
		LocalDateTime importEnd = null;
		for (StepExecution step : execution.getStepExecutions()) {
			String name = step.getStepName();
			if (name.equals("computeFiguresStep")) {
				phase(line, prefix, "figures", step.getStartTime(), step.getEndTime(), watch);
			}
			else if (name.equals("writeSummaryStep")) {
				phase(line, prefix, "summary", step.getStartTime(), step.getEndTime(), watch);
			}
			else {
				importStart = (importStart == null || step.getStartTime().isBefore(importStart)) ? step.getStartTime()
						: importStart;
				importEnd = (importEnd == null || step.getEndTime().isAfter(importEnd)) ? step.getEndTime() : importEnd;
			}
		}
		if (importStart != null) {
			phase(line, prefix, "import", importStart, importEnd, watch);
		}
	}

	private static void phase(StringBuilder line, String prefix, String name, LocalDateTime start, LocalDateTime end,
			HeapWatch watch) {
		String key = prefix.isEmpty() ? name : prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
		line.append(' ').append(key).append("Ms=").append(Duration.between(start, end).toMillis());
		line.append(' ').append(key).append("PeakMb=").append(mb(watch.peakUsed(start, end)));
		line.append(' ').append(key).append("LiveMb=").append(mb(watch.peakLive(start, end)));
	}

	private static String mb(long bytes) {
		return (bytes < 0) ? "n/a" : String.format("%.1f", bytes / 1048576.0);
	}

	/** Writes a {@link GeneratedAgency} without responses, then streams N responses to survey_responses.csv. */
	private static void writeAgency(Path input, int n) throws IOException {
		GeneratedAgency agency = new GeneratedAgency(AGENCY, 7L, 200, 300, 0, 0, 1000);
		agency.write(input);
		Random random = new Random(11L);
		int staff = n / 5;
		try (BufferedWriter out = Files.newBufferedWriter(input.resolve("survey_responses.csv"), StandardCharsets.UTF_8)) {
			out.write(GeneratedAgency.responseLines(List.of(), 12).get(0));
			out.write('\n');
			for (int r = 0; r < n; r++) {
				boolean isStaff = r < staff;
				int questions = isStaff ? 8 : 12;
				int[] answers = new int[questions];
				for (int q = 0; q < questions; q++) {
					int roll = random.nextInt(100);
					answers[q] = (roll < 4) ? 0 : (roll < 7) ? 9 : (roll < 10) ? 2 : (roll < 30) ? 3 : (roll < 70) ? 4 : 5;
				}
				var response = new GeneratedAgency.Response(isStaff ? "STAFF" : "PUB",
						String.format("%s%07d", isStaff ? "S" : "P", r + 1), "戶籍登記", (r % 2 == 0) ? "男" : "女", "30-39歲",
						answers);
				out.write(GeneratedAgency.responseLines(List.of(response), 12).get(1));
				out.write('\n');
			}
		}
	}

	/** Samples heap used every 5 ms and records heap used after every GC, with timestamps. */
	private static final class HeapWatch {

		private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

		private final List<long[]> samples = new ArrayList<>(); // {epoch ms, used}

		private final List<long[]> afterGc = new ArrayList<>(); // {epoch ms, used after}

		private final Thread sampler;

		private volatile boolean running = true;

		private final AtomicLong ignored = new AtomicLong();

		HeapWatch() {
			for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
				((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
					if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
						return;
					}
					var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
					long used = 0;
					for (MemoryUsage usage : info.getGcInfo().getMemoryUsageAfterGc().values()) {
						used += usage.getUsed();
					}
					// heap pools only: subtract the non-heap pools reported alongside
					used -= nonHeap(info.getGcInfo().getMemoryUsageAfterGc());
					synchronized (this.afterGc) {
						this.afterGc.add(new long[] { System.currentTimeMillis(), used });
					}
				}, null, null);
			}
			this.sampler = new Thread(() -> {
				while (this.running) {
					long used = this.memory.getHeapMemoryUsage().getUsed();
					synchronized (this.samples) {
						this.samples.add(new long[] { System.currentTimeMillis(), used });
					}
					try {
						Thread.sleep(5);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			}, "heap-sampler");
			this.sampler.setDaemon(true);
			this.sampler.start();
		}

		private static long nonHeap(Map<String, MemoryUsage> pools) {
			long nonHeap = 0;
			for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
				if (pool.getType() == java.lang.management.MemoryType.NON_HEAP && pools.containsKey(pool.getName())) {
					nonHeap += pools.get(pool.getName()).getUsed();
				}
			}
			return nonHeap;
		}

		void reset() {
			synchronized (this.samples) {
				this.samples.clear();
			}
			synchronized (this.afterGc) {
				this.afterGc.clear();
			}
			this.ignored.set(0);
		}

		long peakUsed(LocalDateTime start, LocalDateTime end) {
			synchronized (this.samples) {
				return peak(this.samples, start, end);
			}
		}

		long peakLive(LocalDateTime start, LocalDateTime end) {
			synchronized (this.afterGc) {
				return peak(this.afterGc, start, end);
			}
		}

		private static long peak(List<long[]> values, LocalDateTime start, LocalDateTime end) {
			long from = start.atZone(java.time.ZoneId.systemDefault()).toInstant().toEpochMilli();
			long to = end.atZone(java.time.ZoneId.systemDefault()).toInstant().toEpochMilli();
			long peak = -1;
			for (long[] v : values) {
				if (v[0] >= from && v[0] <= to) {
					peak = Math.max(peak, v[1]);
				}
			}
			return peak;
		}

		void stop() {
			this.running = false;
			this.sampler.interrupt();
		}

	}

}
