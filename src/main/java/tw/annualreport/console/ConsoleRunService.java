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
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.scheduling.support.CronExpression;

import tw.annualreport.bureau.BureauRun;
import tw.annualreport.job.AgencyTargets;
import tw.annualreport.job.CheckSourcesJobConfiguration;
import tw.annualreport.job.RunBusyException;
import tw.annualreport.job.RunStarter;
import tw.annualreport.job.JobParameterNames;
import tw.annualreport.job.RunFailure;
import tw.annualreport.job.RunSettings;
import tw.annualreport.run.AgencyRuns;
import tw.annualreport.run.RunHistory;
import tw.annualreport.run.StepLabels;
import tw.annualreport.schedule.ScheduleProperties;
import tw.annualreport.agency.Agency;
import tw.annualreport.agency.AgencyDirectory;
import tw.annualreport.source.ImportLedger;
import tw.annualreport.source.ImportRuns;
import tw.annualreport.system.OfficerText;
import tw.annualreport.system.OutputFolder;
import tw.annualreport.system.ReportKind;
import tw.annualreport.system.RunOptions;
import tw.annualreport.system.RunOptionsException;

/**
 * The web console's side of the job: its runs go through {@link AgencyRuns}, exactly as a command
 * line's do (the run lock, resume, the one line per agency), on a thread of their own so that the
 * officer's page can follow them.
 */
@ConsoleComponent
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

	private final JobRepository jobRepository;

	ConsoleRunService(AgencyRuns runs, AgencyTargets targets, AgencyDirectory directory, RunHistory history,
			ImportRuns imports, ImportLedger ledger, ScheduleProperties schedules,
			ConsoleProperties console, ApplicationArguments arguments, JobRepository jobRepository) {
		this.jobRepository = jobRepository;
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

		final Purpose purpose;

		final LocalDateTime created = LocalDateTime.now().minusSeconds(1);

		volatile boolean done;

		volatile boolean failed;

		volatile boolean refused;

		volatile boolean busy;

		volatile Long executionId;

		volatile List<String> lines = List.of();

		Ticket(String code, int rocYear, Purpose purpose) {
			this.code = code;
			this.rocYear = rocYear;
			this.purpose = purpose;
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
		Path folder = inputFolder(code, rocYear);
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
					e.delivery(), OfficerText.of(e.exitMessage()), e.startedBy()));
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
	public String start(String code, int rocYear, Purpose purpose, boolean bureau, String username) {
		RunOptions base = base();
		String starter = RunStarter.console(username);
		Ticket ticket = new Ticket(code, rocYear, purpose);
		Runnable run;
		if (bureau) {
			Path input = Files.isDirectory(this.console.input()) ? this.console.input().toAbsolutePath().normalize() : null;
			BureauRun bureauRun = new BureauRun(code, input,
					new RunSettings(rocYear, base.out(), base.formats(), purpose.finalRun(), false).withStarter(starter));
			run = () -> runBureau(ticket, bureauRun);
		}
		else {
			Path folder = inputFolder(code, rocYear);
			RunOptions options = base.with(rocYear, List.of(code), null, purpose.finalRun(), false)
				.withInput(uploaded(folder) ? folder : null);
			run = () -> runAgency(ticket, options, starter);
		}
		this.tickets.put(ticket.id, ticket);
		this.executor.submit(() -> {
			try {
				run.run();
			}
			catch (RunOptionsException ex) {
				ticket.failed = true;
				ticket.refused = true;
				ticket.lines = List.of(ex.getMessage());
			}
			catch (RuntimeException ex) {
				logger.error(ticket.code + "：主控台啟動的執行失敗：" + ex.getMessage(), ex);
				ticket.failed = true;
				ticket.lines = List.of("系統無法完成這次執行，請稍後再試；若一再發生，請洽系統管理者。");
			}
			finally {
				ticket.done = true;
			}
		});
		return ticket.id;
	}

	private void runAgency(Ticket ticket, RunOptions options, String starter) {
		AgencyRuns.Outcome outcome = this.runs.runAgency(options, starter, ticket.purpose.check());
		ticket.executionId = (outcome.execution() == null) ? null : outcome.execution().getId();
		ticket.refused = outcome.refused();
		ticket.busy = outcome.busy();
		ticket.failed = !outcome.completed();
		ticket.lines = List.of(outcome.line());
	}

	private void runBureau(Ticket ticket, BureauRun bureauRun) {
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
			List<RunFailure> failures = this.runs.runBureau(bureauRun, out);
			ticket.failed = !failures.isEmpty();
			ticket.lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
		}
		catch (RunBusyException ex) {
			ticket.busy = true;
			throw ex;
		}
	}

	/** The agency's uploaded files; the one place the console looks them up. */
	private Path inputFolder(String code, int rocYear) {
		return this.console.sourcesOf(code, rocYear);
	}

	/** Whether the agency has uploaded files a run imports (an agency.csv, or a workbook). */
	private static boolean uploaded(Path folder) {
		return Files.isRegularFile(folder.resolve("agency.csv")) || Files.isRegularFile(folder.resolve("agency.xlsx"))
				|| hasWorkbook(folder);
	}

	private static boolean hasWorkbook(Path folder) {
		if (!Files.isDirectory(folder)) {
			return false;
		}
		try (var files = Files.list(folder)) {
			return files.anyMatch((f) -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx"));
		}
		catch (IOException ex) {
			return false;
		}
	}

	@Override
	public CheckState checkState(String code, int rocYear) {
		Path folder = inputFolder(code, rocYear);
		if (!uploaded(folder)) {
			return CheckState.NO_FILES;
		}
		return this.runs.lastCheck(code, rocYear, folder).map((check) -> switch (check.getStatus()) {
			case COMPLETED -> CheckState.CLEAN;
			case FAILED, STOPPED, ABANDONED -> CheckState.BLOCKED;
			default -> CheckState.UNCHECKED;
		}).orElse(CheckState.UNCHECKED);
	}

	@Override
	public Optional<Progress> progress(String id) {
		Ticket ticket = this.tickets.get(id);
		if (ticket == null) {
			return Optional.empty();
		}
		boolean done = ticket.done;
		if (ticket.refused) {
			// it never ran: nothing of the run that was busy shows
			String reason = ticket.busy ? BUSY : OfficerText.withoutCode(ticket.code, ticket.lines.get(0));
			return Optional.of(new Progress(ticket.id, ticket.code, ticket.rocYear, ticket.purpose, done, true, true, "未執行",
					List.of(), 0, 0, List.of(reason), List.of(), List.of(), false, List.of()));
		}
		JobExecution execution = execution(ticket);
		List<StepRow> steps = new ArrayList<>();
		int stepsDone = 0;
		List<FileCount> counts = List.of();
		List<Reject> rejects = List.of();
		if (execution != null) {
			for (String step : StepLabels.plan(execution)) {
				StepExecution last = this.jobRepository.getLastStepExecution(execution.getJobInstance(), step);
				if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
					stepsDone++;
				}
				steps.add(new StepRow(StepLabels.of(step), stepState(last), (last == null) ? 0 : last.getReadCount()));
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
						.map((p) -> new Reject(p.file(), p.sheet(), p.rowNumber(), p.column(), p.value(), OfficerText.of(p.message())))
						.toList();
				}
			}
		}
		boolean check = ticket.purpose.check();
		String status;
		if (done) {
			status = ticket.failed ? (check ? "檢查未通過" : "失敗") : (check ? "檢查通過" : "完成");
		}
		else {
			status = (execution == null) ? "準備中" : "執行中";
		}
		List<String> lines = done ? ticket.lines.stream().map((l) -> OfficerText.withoutCode(ticket.code, l)).toList()
				: List.of();
		boolean completed = done && !ticket.failed;
		return Optional.of(new Progress(ticket.id, ticket.code, ticket.rocYear, ticket.purpose, done, ticket.failed, false,
				status, steps, stepsDone, steps.size(), lines, counts, rejects, completed && check,
				(completed && !check) ? outputs(ticket.code, ticket.rocYear) : List.of()));
	}

	/** 「未執行」 of a run refused because another of the agency-year was running. */
	static final String BUSY = "未執行：同一機關年度已有執行中的作業，請稍後再試";

	/** The ticket's job execution: known once it ended, else the newest of its kind started after it. */
	private JobExecution execution(Ticket ticket) {
		if (ticket.executionId != null) {
			return this.jobRepository.getJobExecution(ticket.executionId);
		}
		boolean check = ticket.purpose.check();
		return this.history.newest(ticket.rocYear, ticket.code, 5)
			.stream()
			.filter((e) -> e.getCreateTime() != null && !e.getCreateTime().isBefore(ticket.created))
			.filter((e) -> check == CheckSourcesJobConfiguration.JOB_NAME.equals(e.getJobInstance().getJobName()))
			.findFirst()
			.orElse(null);
	}

	private static String stepState(StepExecution step) {
		if (step == null) {
			return "未開始";
		}
		return switch (step.getStatus()) {
			case COMPLETED -> "完成";
			case STARTING, STARTED -> "執行中";
			default -> "失敗";
		};
	}

	@Override
	public List<OutputFile> outputs(String code, int rocYear) {
		Path folder = OutputFolder.of(out(), rocYear, code);
		// the files are the last completed run's: a failed one replaces none it did not finish
		JobExecution made = this.history.newest(rocYear, code, 20)
			.stream()
			.filter((e) -> !CheckSourcesJobConfiguration.JOB_NAME.equals(e.getJobInstance().getJobName()))
			.filter((e) -> e.getStatus() == BatchStatus.COMPLETED)
			.findFirst()
			.orElse(null);
		List<OutputFile> files = new ArrayList<>();
		for (ReportFileName file : ReportFileName.values()) {
			Path path = folder.resolve(file.fileName());
			if (Files.isRegularFile(path)) {
				files.add(new OutputFile(file, madeBy(made, path)));
			}
		}
		return files;
	}

	/** 「草稿・第 2 次執行・115/12/06 14:02」: the run's kind and number, the file's own time. */
	private static String madeBy(JobExecution made, Path file) {
		String time;
		try {
			time = RocTimes.of(Files.getLastModifiedTime(file).toInstant());
		}
		catch (IOException ex) {
			time = "";
		}
		if (made == null) {
			return time;
		}
		var params = made.getJobParameters();
		return ReportKind.of(params.getString(JobParameterNames.KIND)).label() + "・第 " + params.getLong(JobParameterNames.RUN)
				+ " 次執行・" + time;
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
