package tw.annualreport.console;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

import tw.annualreport.bureau.BureauRun;
import tw.annualreport.job.AgencyTargets;
import tw.annualreport.job.JobParameterNames;
import tw.annualreport.job.RunFailure;
import tw.annualreport.job.RunSettings;
import tw.annualreport.run.AgencyRuns;
import tw.annualreport.run.RunHistory;
import tw.annualreport.schedule.ScheduleProperties;
import tw.annualreport.agency.Agency;
import tw.annualreport.agency.AgencyDirectory;
import tw.annualreport.source.ImportLedger;
import tw.annualreport.source.ImportRuns;
import tw.annualreport.system.RunOptions;
import tw.annualreport.system.RunOptionsException;

/**
 * The web console's side of the job: its runs go through {@link AgencyRuns}, exactly as a command
 * line's do (the run lock, resume, the one line per agency), on a thread of their own so that the
 * officer's page can follow them.
 */
@Component
class ConsoleRunService implements ConsoleRuns, DisposableBean {

	private static final Log logger = LogFactory.getLog(ConsoleRunService.class);

	private final AgencyRuns runs;

	private final AgencyTargets targets;

	private final AgencyDirectory directory;

	private final RunHistory history;

	private final ImportRuns imports;

	private final ImportLedger ledger;

	private final ScheduleProperties schedules;

	private final ConsoleProperties console;

	private final String[] arguments;

	private volatile RunOptions base;

	private final ExecutorService executor = Executors.newFixedThreadPool(2, (r) -> {
		Thread thread = new Thread(r, "console-run");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<String, Ticket> tickets = new ConcurrentHashMap<>();

	ConsoleRunService(AgencyRuns runs, AgencyTargets targets, AgencyDirectory directory, RunHistory history,
			ImportRuns imports, ImportLedger ledger, ScheduleProperties schedules,
			ConsoleProperties console, ApplicationArguments arguments) {
		this.runs = runs;
		this.targets = targets;
		this.directory = directory;
		this.history = history;
		this.imports = imports;
		this.ledger = ledger;
		this.schedules = schedules;
		this.console = console;
		this.arguments = arguments.getSourceArgs();
	}

	/** Parsed when the console first needs it: a command line that is not --serve never does. */
	private RunOptions base() {
		if (this.base == null) {
			this.base = serveOptions(this.arguments);
		}
		return this.base;
	}

	/** The options {@code --serve} was started with (out, formats); the year and agency come per run. */
	private static RunOptions serveOptions(String[] args) {
		List<String> serve = new ArrayList<>(List.of(args));
		serve.removeIf((a) -> a.startsWith("--year") || a.startsWith("--agency") || a.startsWith("--parent"));
		if (!serve.contains("--serve")) {
			serve.add("--serve");
		}
		return RunOptions.parse(serve.toArray(String[]::new));
	}

	/** A run started from the console; its fields change while it runs. */
	private static final class Ticket {

		final String id = UUID.randomUUID().toString();

		final String code;

		final int rocYear;

		final boolean finalRun;

		final LocalDateTime created = LocalDateTime.now().minusSeconds(1);

		volatile boolean done;

		volatile boolean failed;

		volatile List<String> lines = List.of();

		Ticket(String code, int rocYear, boolean finalRun) {
			this.code = code;
			this.rocYear = rocYear;
			this.finalRun = finalRun;
		}

	}

	@Override
	public List<AgencyEntry> agencies(String bureau, int rocYear) {
		Map<String, AgencyEntry> found = new LinkedHashMap<>();
		for (Agency agency : this.directory.published(rocYear)) {
			if (bureau.equals(agency.parentCode())) {
				found.put(agency.code(), new AgencyEntry(agency.code(), agency.name(), agency.parentCode()));
			}
		}
		if (Files.isDirectory(this.console.input())) {
			try {
				for (AgencyTargets.Target target : this.targets
					.resolve(base().with(rocYear, List.of("all"), bureau, false, false).withInput(this.console.input()))) {
					if (target.problem() == null && bureau.equals(target.parentCode())) {
						found.putIfAbsent(target.code(), new AgencyEntry(target.code(), target.code(), target.parentCode()));
					}
				}
			}
			catch (RunOptionsException ex) {
				// no uploaded folder of the bureau's agencies
			}
		}
		return found.values().stream().sorted(Comparator.comparing(AgencyEntry::code)).toList();
	}

	@Override
	public Optional<AgencyEntry> agency(String code, int rocYear) {
		Optional<AgencyEntry> published = this.directory.find(code, rocYear)
			.map((a) -> new AgencyEntry(a.code(), a.name(), a.parentCode()));
		if (published.isPresent()) {
			return published;
		}
		Path folder = this.console.sourcesOf(code, rocYear);
		if (!Files.isDirectory(folder)) {
			return Optional.empty();
		}
		try {
			return this.targets.resolve(base().with(rocYear, List.of(code), null, false, false).withInput(folder))
				.stream()
				.findFirst()
				.map((t) -> new AgencyEntry(t.code(), t.code(), t.parentCode()));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	@Override
	public List<RunRow> history(String code, int rocYear) {
		RunHistory.Page page = this.history.page(base().with(rocYear, List.of(code), null, false, false));
		List<RunRow> rows = new ArrayList<>();
		for (RunHistory.Entry e : page.entries()) {
			rows.add(0, new RunRow(e.executionId(), e.kind(), e.run(), RunStatusLabel.of(e.status()), e.start(), e.end(), e.rows(),
					e.delivery(), e.exitMessage()));
		}
		return rows;
	}

	@Override
	public List<Schedule> schedules() {
		ZonedDateTime now = ZonedDateTime.now(ZoneId.of(this.schedules.zone()));
		return List.of(new Schedule("每日草稿", CronExpression.parse(this.schedules.draftCron()).next(now)),
				new Schedule("年度正式報告", CronExpression.parse(this.schedules.finalCron()).next(now)));
	}

	@Override
	public String start(String code, int rocYear, boolean finalRun, boolean bureau) {
		RunOptions base = base();
		Function<PrintStream, List<RunFailure>> run;
		if (bureau) {
			Path input = Files.isDirectory(this.console.input()) ? this.console.input().toAbsolutePath().normalize() : null;
			BureauRun bureauRun = new BureauRun(code, input,
					new RunSettings(rocYear, base.out(), base.formats(), finalRun, false));
			run = (out) -> this.runs.runBureau(bureauRun, out);
		}
		else {
			Path folder = this.console.sourcesOf(code, rocYear);
			boolean uploaded = Files.isRegularFile(folder.resolve("agency.csv")) || Files.isRegularFile(folder.resolve("agency.xlsx"))
					|| hasWorkbook(folder);
			RunOptions options = base.with(rocYear, List.of(code), null, finalRun, false).withInput(uploaded ? folder : null);
			run = (out) -> this.runs.run(options, out);
		}
		Ticket ticket = new Ticket(code, rocYear, finalRun);
		this.tickets.put(ticket.id, ticket);
		this.executor.submit(() -> run(ticket, run));
		return ticket.id;
	}

	private static boolean hasWorkbook(Path folder) {
		try (var files = Files.list(folder)) {
			return files.anyMatch((f) -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx"));
		}
		catch (IOException ex) {
			return false;
		}
	}

	private void run(Ticket ticket, Function<PrintStream, List<RunFailure>> run) {
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
			List<RunFailure> failures = run.apply(out);
			ticket.failed = !failures.isEmpty();
			ticket.lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
		}
		catch (RunOptionsException ex) {
			ticket.failed = true;
			ticket.lines = List.of(ticket.code + "：未執行。" + ex.getMessage());
		}
		catch (RuntimeException ex) {
			logger.error(ticket.code + "：主控台啟動的執行失敗：" + ex.getMessage(), ex);
			ticket.failed = true;
			ticket.lines = List.of(ticket.code + "：失敗。" + ex.getMessage());
		}
		finally {
			ticket.done = true;
		}
	}

	@Override
	public Optional<Progress> progress(String id) {
		Ticket ticket = this.tickets.get(id);
		if (ticket == null) {
			return Optional.empty();
		}
		boolean done = ticket.done;
		JobExecution execution = this.history.newest(ticket.rocYear, ticket.code, 5)
			.stream()
			.filter((e) -> e.getCreateTime() != null && !e.getCreateTime().isBefore(ticket.created))
			.findFirst()
			.orElse(null);
		List<String> steps = new ArrayList<>();
		String status = done ? (ticket.failed ? "失敗" : "完成") : "準備中";
		List<FileCount> counts = List.of();
		List<Reject> rejects = List.of();
		if (execution != null) {
			execution.getStepExecutions()
				.stream()
				.filter((s) -> s.getStatus() == BatchStatus.COMPLETED)
				.sorted(Comparator.comparing(StepExecution::getId))
				.forEach((s) -> steps.add(s.getStepName()));
			if (!done) {
				status = "執行中";
			}
			if (done && execution.getJobParameters().getString(JobParameterNames.INPUT) != null) {
				Optional<Long> importId = this.imports.importOf(ticket.code, ticket.rocYear,
						execution.getJobInstance().getInstanceId());
				if (importId.isPresent()) {
					counts = this.ledger.counts(importId.get())
						.stream()
						.filter((c) -> c.sourceName() != null)
						.map((c) -> new FileCount(c.file(), c.sourceName(), c.read(), c.accepted(), c.rejected()))
						.toList();
					rejects = this.ledger.problems(importId.get())
						.stream()
						.map((p) -> new Reject(p.file(), p.sheet(), p.rowNumber(), p.column(), p.value(), p.message()))
						.toList();
				}
			}
		}
		return Optional.of(new Progress(ticket.id, ticket.code, ticket.rocYear, ticket.finalRun, done, ticket.failed, status,
				steps, done ? ticket.lines : List.of(), counts, rejects));
	}

	@Override
	public Path out() {
		return base().out();
	}

	@Override
	public void destroy() {
		this.executor.shutdown();
	}

}
