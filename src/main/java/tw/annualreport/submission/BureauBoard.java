package tw.annualreport.submission;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import tw.annualreport.agency.Agency;
import tw.annualreport.agency.AgencyDirectory;
import tw.annualreport.register.AgencyRegister;
import tw.annualreport.register.RegisteredAgency;
import tw.annualreport.register.Standing;
import tw.annualreport.register.SubmissionStatus;
import tw.annualreport.summary.FigureStore;
import tw.annualreport.summary.Headline;

/**
 * How every agency of a bureau stands in a year (the register's rules, {@link Standing#of}): the
 * agencies of its register, silent ones included, and those with data under it that the register
 * does not list. What the bureau's board, its consolidation and the reminders read.
 */
@Component
public class BureauBoard {

	private static final String IMPORTED = """
			SELECT y.published_at, y.import_id, SUM(f.rows_read) AS rows_read, SUM(f.rows_rejected) AS rows_rejected
			FROM agency_year y LEFT JOIN import_file f ON f.import_id = y.import_id
			WHERE y.agency_code = ? AND y.roc_year = ? GROUP BY y.published_at, y.import_id
			""";

	/** An import after the published one that was never published: the latest run failed. */
	private static final String FAILED_LATER = """
			SELECT COUNT(*) FROM import_run r WHERE r.agency_code = ? AND r.roc_year = ? AND r.published_at IS NULL
			AND r.id > COALESCE((SELECT y.import_id FROM agency_year y WHERE y.agency_code = ? AND y.roc_year = ?), 0)
			""";

	private final AgencyRegister register;

	private final AgencyDirectory directory;

	private final Submissions submissions;

	private final FigureStore figures;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	public BureauBoard(AgencyRegister register, AgencyDirectory directory, Submissions submissions, FigureStore figures,
			JdbcTemplate jdbc, Clock clock) {
		this.register = register;
		this.directory = directory;
		this.submissions = submissions;
		this.figures = figures;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** {@link #standings(String, int, Map)} without uploaded-only agencies. */
	public List<Standing> standings(String bureau, int rocYear) {
		return standings(bureau, rocYear, Map.of());
	}

	/**
	 * @param uploaded agencies under the bureau with files uploaded but perhaps nothing imported, by code
	 * (their names, when known)
	 * @return the register's agencies in its order (by code), then the unregistered ones with data
	 */
	public List<Standing> standings(String bureau, int rocYear, Map<String, String> uploaded) {
		List<RegisteredAgency> registered = this.register.of(bureau, rocYear);
		boolean hasRegister = !registered.isEmpty();
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, LocalDate> dues = new LinkedHashMap<>();
		registered.forEach((a) -> {
			names.put(a.code(), a.name());
			dues.put(a.code(), a.dueDate(rocYear));
		});
		Map<String, String> others = new TreeMap<>();
		for (Agency agency : this.directory.published(rocYear)) {
			if (bureau.equals(agency.parentCode()) && !names.containsKey(agency.code())) {
				others.put(agency.code(), agency.name());
			}
		}
		uploaded.forEach((code, name) -> {
			if (!names.containsKey(code)) {
				others.putIfAbsent(code, name);
			}
		});
		for (Submission s : this.submissions.ofYear(rocYear)) {
			if (bureau.equals(s.parentCode()) && !names.containsKey(s.agencyCode())) {
				others.putIfAbsent(s.agencyCode(), s.agencyCode());
			}
		}
		LocalDate today = today();
		List<Standing> standings = new ArrayList<>();
		names.forEach((code, name) -> standings.add(Standing.of(code, name, true, dues.get(code),
				facts(code, rocYear, uploaded.containsKey(code)), today)));
		others.forEach((code, name) -> standings.add(Standing.of(code, name, !hasRegister,
				tw.annualreport.register.RegisteredAgency.defaultDue(rocYear), facts(code, rocYear, uploaded.containsKey(code)),
				today)));
		return standings;
	}

	/** Whether the bureau keeps a register of the year. */
	public boolean hasRegister(String bureau, int rocYear) {
		return !this.register.of(bureau, rocYear).isEmpty();
	}

	/** 「已核定 31／40，逾期 4」: the board's and the consolidation's count. */
	public static String counts(List<Standing> standings) {
		long approved = standings.stream().filter((s) -> s.status() == SubmissionStatus.APPROVED).count();
		long late = standings.stream().filter(Standing::late).count();
		return "已核定 " + approved + "／" + standings.size() + "，逾期 " + late;
	}

	private Standing.Facts facts(String code, int rocYear, boolean uploaded) {
		LocalDateTime lastImport = null;
		Long read = null;
		Long rejected = null;
		for (Map<String, Object> row : this.jdbc.queryForList(IMPORTED, code, rocYear)) {
			lastImport = toDateTime(row.get("published_at"));
			read = (row.get("rows_read") == null) ? null : ((Number) row.get("rows_read")).longValue();
			rejected = (row.get("rows_rejected") == null) ? null : ((Number) row.get("rows_rejected")).longValue();
		}
		Integer failed = this.jdbc.queryForObject(FAILED_LATER, Integer.class, code, rocYear, code, rocYear);
		var summary = this.figures.summary(code, rocYear);
		Optional<Submission> submission = this.submissions.find(code, rocYear);
		return new Standing.Facts(uploaded, lastImport, read, rejected, summary.isPresent(), failed != null && failed > 0,
				summary.map(Headline::lines).orElse(List.of()), submission.map(Submission::status).orElse(null),
				submission.map(Submission::sentAt).orElse(null), submission.map(Submission::decidedAt).orElse(null));
	}

	private static LocalDateTime toDateTime(Object value) {
		if (value instanceof Timestamp t) {
			return t.toLocalDateTime();
		}
		return (value instanceof LocalDateTime l) ? l : null;
	}

}
