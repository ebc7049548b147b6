package tw.annualreport.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import tw.annualreport.agency.Agency;
import tw.annualreport.agency.AgencyDirectory;
import tw.annualreport.figures.MeasureStatus;
import tw.annualreport.improvement.ImprovementQuery;
import tw.annualreport.privacy.MaskedCopy;
import tw.annualreport.privacy.PersonalDataMask;
import tw.annualreport.plan.PlanLevels;
import tw.annualreport.report.ReportData.Comment;
import tw.annualreport.report.ReportData.Execution;
import tw.annualreport.source.ImportLedger;
import tw.annualreport.source.ImportRuns;
import tw.annualreport.summary.FigureStore;
import tw.annualreport.summary.AgencySummary;
import tw.annualreport.system.StreamingReads;

/**
 * Builds the {@link ReportData} of an agency-year: the stored summary (the same tree as
 * summary.json) with the execution records and survey comments of the published import. The
 * whole of it is masked here ({@link MaskedCopy}), before it reaches any output.
 */
@Component
public class ReportDataQuery {

	private static final String EXECUTIONS = """
			SELECT measure_code, exec_date, unit, description, sessions, participants, status
			FROM execution_record WHERE import_id = ? ORDER BY measure_code, exec_date, row_no
			""";

	private static final String COMMENTS = """
			SELECT survey_code, comment_text FROM survey_response
			WHERE import_id = ? AND comment_text IS NOT NULL AND comment_text <> '' ORDER BY survey_code, row_no
			""";

	private final FigureStore figures;

	private final ImportRuns imports;

	private final JdbcTemplate jdbc;

	private final ReportProperties properties;

	private final UnprintableCharacters unprintable;

	private final AgencyDirectory agencies;

	private final ImportLedger ledger;

	private final ImprovementQuery improvements;

	public ReportDataQuery(FigureStore figures, ImportRuns imports, StreamingReads reads, ReportProperties properties,
			UnprintableCharacters unprintable, AgencyDirectory agencies, ImportLedger ledger,
			ImprovementQuery improvements) {
		this.figures = figures;
		this.imports = imports;
		this.jdbc = reads.jdbc();
		this.properties = properties;
		this.unprintable = unprintable;
		this.agencies = agencies;
		this.ledger = ledger;
		this.improvements = improvements;
	}

	public ReportData load(String agencyCode, int rocYear) {
		AgencySummary summary = summary(agencyCode, rocYear);
		long importId = publishedImport(agencyCode, rocYear);
		ReportData.Review review = review(summary, importId);
		Optional<Agency> own = this.agencies.find(summary.agency().code(), summary.year());
		return MaskedCopy.of(new ReportData(summary, this.properties.reportDate(), contact(own),
				own.map(Agency::levels).orElse(PlanLevels.DEFAULT), executions(importId), comments(importId), review,
				this.unprintable.of(importId), this.ledger.problemCount(importId)));
	}

	/**
	 * Only the review flags of an agency-year's report, masked as its report prints them: what the
	 * bureau's consolidation lists, without the execution records and comments the whole report
	 * data would read (a city agency's consolidation took two seconds of loading them per agency).
	 */
	public ReportData.Review review(String agencyCode, int rocYear) {
		AgencySummary summary = summary(agencyCode, rocYear);
		return MaskedCopy.of(review(summary, publishedImport(agencyCode, rocYear)));
	}

	private ReportData.Review review(AgencySummary summary, long importId) {
		double target = this.properties.satisfactionTarget();
		return ReviewFlags.join(ReviewFlags.of(summary, target), this.improvements.of(importId),
				summary.phoneTests().threshold(), target);
	}

	private AgencySummary summary(String agencyCode, int rocYear) {
		return this.figures.summary(agencyCode, rocYear)
			.orElseThrow(() -> new IllegalStateException(agencyCode + " " + rocYear + " 年度的統計尚未計算"));
	}

	private long publishedImport(String agencyCode, int rocYear) {
		return this.imports.published(agencyCode, rocYear)
			.orElseThrow(() -> new IllegalStateException(agencyCode + " " + rocYear + " 年度沒有已發布的匯入資料"));
	}

	/** The cover's contact: the agency's own from agency.csv, else the configured one (annual-report.report.contact). */
	private String contact(Optional<Agency> agency) {
		String own = agency.map(Agency::contactLine).orElse("");
		return own.isBlank() ? this.properties.contact().strip() : own;
	}

	private Map<String, List<Execution>> executions(long importId) {
		Map<String, List<Execution>> byMeasure = new HashMap<>();
		this.jdbc.query(EXECUTIONS, (rs) -> {
			byMeasure.computeIfAbsent(rs.getString(1), (k) -> new ArrayList<>())
				.add(new Execution(rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4),
						rs.getInt(5), rs.getInt(6), status(rs.getString(7))));
		}, importId);
		return byMeasure;
	}

	private static MeasureStatus status(String status) {
		return (status == null) ? null : MeasureStatus.valueOf(status);
	}

	/**
	 * Comments per survey; identical comments once, with their count, in order of first appearance.
	 * Comments are compared masked, so two that differ only in a phone number are one.
	 */
	private Map<String, List<Comment>> comments(long importId) {
		Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
		this.jdbc.query(COMMENTS, (rs) -> {
			String text = PersonalDataMask.mask(rs.getString(2).strip());
			if (!text.isEmpty()) {
				counts.computeIfAbsent(rs.getString(1), (k) -> new LinkedHashMap<>()).merge(text, 1L, Long::sum);
			}
		}, importId);
		Map<String, List<Comment>> result = new HashMap<>();
		counts.forEach((survey, texts) -> result.put(survey,
				texts.entrySet().stream().map((e) -> new Comment(e.getKey(), e.getValue())).toList()));
		return result;
	}

}
