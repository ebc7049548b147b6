package tw.annualreport.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import tw.annualreport.agency.Agency;
import tw.annualreport.agency.AgencyDirectory;
import tw.annualreport.improvement.Improvement;
import tw.annualreport.improvement.ImprovementQuery;
import tw.annualreport.privacy.MaskedCopy;
import tw.annualreport.register.SubmissionStatus;
import tw.annualreport.report.BureauReportData.AgencyFlag;
import tw.annualreport.report.BureauReportData.Status;
import tw.annualreport.report.BureauReportData.Submission;
import tw.annualreport.source.ImportRuns;
import tw.annualreport.submission.FrozenCopy;
import tw.annualreport.summary.BureauSummary;

/**
 * The bureau's consolidated report from its consolidated summary: per agency whether and when its
 * data came in (the published import), its rows read and rejected, why it failed; and the review
 * flags of every agency included, from its own report's data ({@link ReportDataQuery}).
 */
@Component
public class BureauReportDataQuery {

	private static final String PUBLISHED = """
			SELECT y.published_at, f.rows_read, f.rows_rejected
			FROM agency_year y JOIN import_file f ON f.import_id = y.import_id
			WHERE y.agency_code = ? AND y.roc_year = ?
			""";

	/** The latest attempt of an agency-year, published or not: when it started and its rows. */
	private static final String LATEST_IMPORT = """
			SELECT r.started_at AS published_at, f.rows_read, f.rows_rejected
			FROM import_run r JOIN import_file f ON f.import_id = r.id
			WHERE r.id = (SELECT MAX(id) FROM import_run WHERE agency_code = ? AND roc_year = ?)
			""";

	/** The name an agency gave itself in its latest import, published or not (a failed one too). */
	private static final String LATEST_NAME = """
			SELECT a.name FROM agency a JOIN import_run r ON r.id = a.import_id
			WHERE a.code = ? AND r.roc_year = ? ORDER BY a.import_id DESC
			""";

	private final ReportDataQuery reports;

	private final AgencyDirectory agencies;

	private final JdbcTemplate jdbc;

	private final ReportProperties properties;

	private final ImportRuns imports;

	private final ImprovementQuery improvements;

	public BureauReportDataQuery(ReportDataQuery reports, AgencyDirectory agencies, JdbcTemplate jdbc,
			ReportProperties properties, ImportRuns imports, ImprovementQuery improvements) {
		this.reports = reports;
		this.agencies = agencies;
		this.jdbc = jdbc;
		this.properties = properties;
		this.imports = imports;
		this.improvements = improvements;
	}

	/**
	 * @param frozen the frozen copies the consolidation took its agencies' figures from (a final one),
	 * by code: their review flags are made from the same copies; the others' from their current report
	 */
	public BureauReportData load(BureauSummary summary, Map<String, FrozenCopy> frozen) {
		int year = summary.year();
		Map<String, String> names = new LinkedHashMap<>();
		this.agencies.published(year)
			.stream()
			.filter((a) -> summary.bureau().code().equals(a.parentCode())
					|| summary.bureaus().stream().anyMatch((b) -> b.code().equals(a.parentCode())))
			.forEach((Agency a) -> names.put(a.code(), a.name()));
		Map<String, Submission> submissions = new TreeMap<>();
		for (BureauSummary.AgencyRow agency : summary.agencies()) {
			submissions.put(agency.code(), submission(agency.code(), agency.name(), Status.INCLUDED, year, null));
		}
		for (String code : summary.missing()) {
			submissions.put(code, submission(code, names.get(code), Status.MISSING, year, null));
		}
		for (BureauSummary.Failure failure : summary.failed()) {
			String name = names.containsKey(failure.code()) ? names.get(failure.code()) : latestName(failure.code(), year);
			submissions.put(failure.code(), submission(failure.code(), name, Status.FAILED, year, failure.reason()));
		}
		for (String code : summary.notApproved()) {
			submissions.put(code, submission(code, names.get(code), Status.NOT_APPROVED, year, null));
		}
		for (BureauSummary.Listed listed : summary.register()) {
			Submission known = submissions.get(listed.code());
			if (known == null) {
				known = new Submission(listed.code(), listed.name(), Status.NOT_SUBMITTED, null, null, null, null);
			}
			else if (known.status() == Status.MISSING && !submitted(listed.status())) {
				known = new Submission(known.code(), listed.name(), Status.NOT_SUBMITTED, known.importedAt(), known.read(),
						known.rejected(), null);
			}
			submissions.put(listed.code(), new Submission(known.code(), (listed.name() == null) ? known.name() : listed.name(),
					known.status(), known.importedAt(), known.read(), known.rejected(), known.reason(), standing(listed)));
		}
		List<AgencyFlag> flags = new ArrayList<>();
		double passThreshold = 0;
		for (BureauSummary.AgencyRow agency : summary.agencies()) {
			FrozenCopy copy = frozen.get(agency.code());
			ReportData.Review review = (copy == null) ? this.reports.review(agency.code(), year) : review(copy, year);
			passThreshold = review.passThreshold();
			review.flags().forEach((flag) -> flags.add(new AgencyFlag(agency.code(), agency.name(), flag)));
		}
		return new BureauReportData(summary, this.properties.reportDate(), List.copyOf(submissions.values()), flags,
				passThreshold, this.properties.satisfactionTarget());
	}

	/**
	 * An agency's review flags as its frozen report printed them: from its summary as sent, joined to
	 * the improvements it kept; a copy frozen before they were kept joins the current import's.
	 */
	private ReportData.Review review(FrozenCopy copy, int year) {
		double target = this.properties.satisfactionTarget();
		List<Improvement> improvements = (copy.improvements() != null) ? copy.improvements()
				: MaskedCopy.of(this.imports.published(copy.summary().agency().code(), year)
					.map(this.improvements::of)
					.orElse(List.of()));
		return ReviewFlags.join(ReviewFlags.of(copy.summary(), target), improvements,
				copy.summary().phoneTests().threshold(), target);
	}

	private Submission submission(String code, String name, Status status, int year, String reason) {
		LocalDateTime publishedAt = null;
		Long read = null;
		Long rejected = null;
		// a failed agency: its latest attempt (the rows that failed it), else what is published
		String sql = (status == Status.FAILED) ? LATEST_IMPORT : PUBLISHED;
		for (Map<String, Object> file : this.jdbc.queryForList(sql, code, year)) {
			publishedAt = toDateTime(file.get("published_at"));
			read = ((read == null) ? 0 : read) + ((Number) file.get("rows_read")).longValue();
			rejected = ((rejected == null) ? 0 : rejected) + ((Number) file.get("rows_rejected")).longValue();
		}
		return new Submission(code, (name == null) ? code : name, status, publishedAt, read, rejected, reason);
	}

	/** 未繳交 in the register: nothing of the year came in. */
	private static boolean submitted(String status) {
		return !SubmissionStatus.NOT_SUBMITTED.label().equals(status);
	}

	private static BureauReportData.Standing standing(BureauSummary.Listed listed) {
		return new BureauReportData.Standing(listed.status(), listed.late(), listed.registered(), date(listed.due()),
				date(listed.sentAt()), date(listed.decidedAt()));
	}

	private static LocalDate date(String iso) {
		return (iso == null) ? null : LocalDate.parse(iso.substring(0, 10));
	}

	private String latestName(String code, int year) {
		return this.jdbc.queryForList(LATEST_NAME, String.class, code, year).stream().findFirst().orElse(code);
	}

	private static LocalDateTime toDateTime(Object value) {
		if (value instanceof java.sql.Timestamp t) {
			return t.toLocalDateTime();
		}
		return (value instanceof LocalDateTime l) ? l : null;
	}

}
