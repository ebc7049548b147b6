package tw.annualreport.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tw.annualreport.improvement.Improvement;
import tw.annualreport.improvement.ImprovementQuery;
import tw.annualreport.privacy.MaskedCopy;
import tw.annualreport.register.SubmissionStatus;
import tw.annualreport.source.ImportRuns;
import tw.annualreport.submission.SubmissionStep.Action;
import tw.annualreport.summary.AgencySummary;
import tw.annualreport.summary.SummaryJson;
import tw.annualreport.system.AtomicFiles;
import tw.annualreport.system.OutputFolder;
import tw.annualreport.system.OutputFormat;

/**
 * The submission workflow of an agency-year: the agency sends (送出) its report, which is frozen —
 * its files and summary.json copied to {@code <out>/<Y>/<code>/submitted/<n>/}, kept whatever later
 * runs write — and the bureau accepts it (核定) or returns it (退回) with a comment; the agency then
 * sends again (copy n + 1). Every step is recorded ({@code submission_step}). Who may take a step
 * is the console's rule; which step may follow which is this class's.
 */
@Component
public class Submissions {

	/** The frozen copies' folder inside an agency-year's output folder. */
	public static final String FROZEN = "submitted";

	private static final String SELECT = """
			SELECT roc_year, agency_code, parent_code, status, copy_number, sent_at, decided_at FROM submission
			""";

	private static final RowMapper<Submission> ROW = (rs, i) -> new Submission(rs.getInt("roc_year"),
			rs.getString("agency_code"), rs.getString("parent_code"), SubmissionStatus.valueOf(rs.getString("status")),
			rs.getInt("copy_number"), rs.getTimestamp("sent_at").toLocalDateTime(),
			(rs.getTimestamp("decided_at") == null) ? null : rs.getTimestamp("decided_at").toLocalDateTime());

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ImportRuns imports;

	private final ImprovementQuery improvements;

	public Submissions(JdbcTemplate jdbc, Clock clock, ImportRuns imports, ImprovementQuery improvements) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.imports = imports;
		this.improvements = improvements;
	}

	public Optional<Submission> find(String agencyCode, int rocYear) {
		return this.jdbc.query(SELECT + "WHERE roc_year = ? AND agency_code = ?", ROW, rocYear, agencyCode)
			.stream()
			.findFirst();
	}

	/** Every submission of a year (the board, the reminders, the consolidation). */
	public List<Submission> ofYear(int rocYear) {
		return this.jdbc.query(SELECT + "WHERE roc_year = ? ORDER BY agency_code", ROW, rocYear);
	}

	/** The steps of an agency-year, oldest first. */
	public List<SubmissionStep> history(String agencyCode, int rocYear) {
		return this.jdbc.query("""
				SELECT step, copy_number, actor, acted_at, comment_text FROM submission_step
				WHERE roc_year = ? AND agency_code = ? ORDER BY id
				""", (rs, i) -> new SubmissionStep(Action.valueOf(rs.getString("step")), rs.getInt("copy_number"),
				rs.getString("actor"), rs.getTimestamp("acted_at").toLocalDateTime(), rs.getString("comment_text")),
				rocYear, agencyCode);
	}

	/**
	 * 送出: freezes the agency-year's report as it is now and records the step.
	 * @throws SubmissionException when there is no report yet, or it is already sent or approved
	 */
	@Transactional
	public Submission send(Path out, String agencyCode, String parentCode, int rocYear, String actor) {
		Optional<Submission> current = find(agencyCode, rocYear);
		if (current.isPresent() && !current.get().canSend()) {
			throw new SubmissionException(current.get().status() == SubmissionStatus.APPROVED
					? "本年度報告已核定，不能再送出" : "本年度報告已送出，正等待上級機關核定");
		}
		Path folder = OutputFolder.of(out, rocYear, agencyCode);
		if (!Files.isRegularFile(folder.resolve(OutputFormat.JSON.fileName()))
				|| !Files.isRegularFile(folder.resolve(OutputFormat.PDF.fileName()))) {
			throw new SubmissionException("尚未產製本年度報告（report.pdf 與 summary.json），請先產製報告再送出");
		}
		int copy = current.map(Submission::copyNumber).orElse(0) + 1;
		freeze(folder, copy);
		// the report files print the improvements but cannot be read back: keep them beside the summary
		List<Improvement> entries = this.imports.published(agencyCode, rocYear).map(this.improvements::of).orElse(List.of());
		String json = SummaryJson.write(MaskedCopy.of(entries));
		AtomicFiles.write(folder.resolve(FROZEN).resolve(String.valueOf(copy)).resolve(FrozenCopy.IMPROVEMENTS),
				(o) -> o.write(json.getBytes(StandardCharsets.UTF_8)));
		LocalDateTime now = LocalDateTime.now(this.clock);
		if (current.isEmpty()) {
			this.jdbc.update("""
					INSERT INTO submission (roc_year, agency_code, parent_code, status, copy_number, sent_at, decided_at)
					VALUES (?, ?, ?, ?, ?, ?, NULL)
					""", rocYear, agencyCode, parentCode, SubmissionStatus.SENT.name(), copy, Timestamp.valueOf(now));
		}
		else {
			this.jdbc.update("""
					UPDATE submission SET status = ?, copy_number = ?, sent_at = ?, decided_at = NULL, parent_code = ?
					WHERE roc_year = ? AND agency_code = ?
					""", SubmissionStatus.SENT.name(), copy, Timestamp.valueOf(now), parentCode, rocYear, agencyCode);
		}
		step(agencyCode, rocYear, Action.SEND, copy, actor, now, null);
		return find(agencyCode, rocYear).orElseThrow();
	}

	/**
	 * 核定 or 退回 of the copy sent.
	 * @throws SubmissionException when nothing is awaiting a decision, or 退回 has no comment
	 */
	@Transactional
	public Submission decide(String agencyCode, int rocYear, Action action, String actor, String comment) {
		if (action == Action.SEND) {
			throw new IllegalArgumentException("送出 is not a decision");
		}
		Submission current = find(agencyCode, rocYear)
			.filter((s) -> s.status() == SubmissionStatus.SENT)
			.orElseThrow(() -> new SubmissionException("此機關目前沒有待核定的報告"));
		String text = (comment == null || comment.isBlank()) ? null : comment.strip();
		if (action == Action.RETURN && text == null) {
			throw new SubmissionException("退回時請填寫意見，讓機關知道要修正什麼");
		}
		LocalDateTime now = LocalDateTime.now(this.clock);
		this.jdbc.update("UPDATE submission SET status = ?, decided_at = ? WHERE roc_year = ? AND agency_code = ?",
				action.result().name(), Timestamp.valueOf(now), rocYear, agencyCode);
		step(agencyCode, rocYear, action, current.copyNumber(), actor, now, text);
		return find(agencyCode, rocYear).orElseThrow();
	}

	/** The folder of a frozen copy. */
	public static Path frozenFolder(Path out, int rocYear, String agencyCode, int copyNumber) {
		return OutputFolder.of(out, rocYear, agencyCode).resolve(FROZEN).resolve(String.valueOf(copyNumber));
	}

	/** The agency-year's approved (核定) report, as it was sent; empty when not approved. */
	public Optional<FrozenCopy> approvedCopy(Path out, String agencyCode, int rocYear) {
		return find(agencyCode, rocYear).filter((s) -> s.status() == SubmissionStatus.APPROVED).map((s) -> {
			Path folder = frozenFolder(out, rocYear, agencyCode, s.copyNumber());
			try {
				AgencySummary summary = SummaryJson.read(Files.readString(folder.resolve(OutputFormat.JSON.fileName())));
				Path improvements = folder.resolve(FrozenCopy.IMPROVEMENTS);
				List<Improvement> entries = Files.isRegularFile(improvements)
						? List.of(SummaryJson.read(Files.readString(improvements), Improvement[].class)) : null;
				return new FrozenCopy(s.copyNumber(), summary, entries);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private void step(String agencyCode, int rocYear, Action action, int copy, String actor, LocalDateTime at,
			String comment) {
		this.jdbc.update("""
				INSERT INTO submission_step (roc_year, agency_code, step, copy_number, actor, acted_at, comment_text)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				""", rocYear, agencyCode, action.name(), copy, actor, Timestamp.valueOf(at), comment);
	}

	/** Copies the report files (not the earlier copies) into submitted/<n>/, replacing a partial copy. */
	private static void freeze(Path folder, int copy) {
		Path target = folder.resolve(FROZEN).resolve(String.valueOf(copy));
		try {
			Files.createDirectories(target);
			try (Stream<Path> files = Files.list(folder)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING,
							StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
