package tw.annualreport.bureau;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import tw.annualreport.report.BureauReportDataQuery;
import tw.annualreport.report.ReportRenderer;
import tw.annualreport.register.Bureaus;
import tw.annualreport.register.Standing;
import tw.annualreport.register.SubmissionStatus;
import tw.annualreport.submission.BureauBoard;
import tw.annualreport.submission.FrozenCopy;
import tw.annualreport.submission.Submissions;
import tw.annualreport.summary.AgencySummary;
import tw.annualreport.summary.BureauReport;
import tw.annualreport.summary.BureauSummary;

/**
 * The bureau's consolidated report after its agencies' partitions, whether or not all of them
 * completed: the agencies that failed are named with their reasons and their figures left out.
 * The sentence for the run's output is kept in the step execution context.
 */
public class ConsolidateTasklet implements Tasklet {

	/** The consolidation's sentence for the officer. */
	static final String OUTCOME = "outcome";

	private final BureauReport bureauReport;

	private final BureauReportDataQuery reportData;

	private final ReportRenderer renderer;

	private final JobRepository jobRepository;

	private final BureauRun bureau;

	private final BureauBoard board;

	private final Submissions submissions;

	private final Bureaus bureaus;

	ConsolidateTasklet(BureauReport bureauReport, BureauReportDataQuery reportData, ReportRenderer renderer,
			JobRepository jobRepository, BureauRun bureau, BureauBoard board,
			Submissions submissions, Bureaus bureaus) {
		this.bureauReport = bureauReport;
		this.reportData = reportData;
		this.renderer = renderer;
		this.jobRepository = jobRepository;
		this.bureau = bureau;
		this.board = board;
		this.submissions = submissions;
		this.bureaus = bureaus;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		var step = contribution.getStepExecution();
		Map<String, String> failed = new LinkedHashMap<>();
		BureauPartitions.of(this.jobRepository, step.getJobExecution().getJobInstance()).values().stream()
			.filter((agency) -> !agency.completed())
			.forEach((agency) -> failed.put(agency.code(), agency.failure()));
		int year = this.bureau.rocYear();
		Path out = this.bureau.settings().out();
		// the bureau's agencies.csv, when its input folder has one, is the register of the year (a city's: of its bureaus too)
		this.bureaus.readFolder(this.bureau.input(), this.bureau.parent(), year);
		// a city (研考會): the same consolidation over the agencies of every bureau it lists
		List<BureauSummary.Bureau> cityBureaus = this.bureaus.under(this.bureau.parent(), year)
			.stream()
			.map((b) -> new BureauSummary.Bureau(b.code(), b.name()))
			.toList();
		List<String> parents = cityBureaus.isEmpty() ? List.of(this.bureau.parent())
				: cityBureaus.stream().map(BureauSummary.Bureau::code).toList();
		List<Standing> standings = new ArrayList<>();
		List<BureauReport.Member> members = new ArrayList<>();
		Map<String, FrozenCopy> approved = new LinkedHashMap<>();
		for (String parent : parents) {
			// without a register, the agencies with data, as before: no standings in the consolidation
			List<Standing> ofParent = this.board.hasRegister(parent, year) ? this.board.standings(parent, year) : List.of();
			for (Standing s : ofParent) {
				standings.add(s);
				members.add(member(s, parent));
				if (s.status() == SubmissionStatus.APPROVED) {
					this.submissions.approvedCopy(out, s.code(), year).ifPresent((copy) -> approved.put(s.code(), copy));
				}
			}
		}
		boolean finalRun = this.bureau.settings().finalRun();
		Map<String, AgencySummary> approvedSummaries = new LinkedHashMap<>();
		approved.forEach((code, copy) -> approvedSummaries.put(code, copy.summary()));
		// the name the register gives the bureau or city (研考會: the head row of its agencies.csv)
		BureauSummary.Bureau head = new BureauSummary.Bureau(this.bureau.parent(),
				this.bureaus.name(this.bureau.parent(), year, this.bureau.input()).orElse(null));
		BureauReport.Outcome outcome = this.bureauReport.write(head, year, out, failed, members,
				approvedSummaries, finalRun, cityBureaus);
		// a final consolidation's flags come from the same frozen copies as its figures
		Map<String, FrozenCopy> frozen = new LinkedHashMap<>(finalRun ? approved : Map.of());
		frozen.keySet().retainAll(outcome.included());
		this.renderer.renderConsolidated(this.reportData.load(outcome.summary(), frozen), outcome.folder(),
				this.bureau.settings().formats(), !finalRun);
		step.getExecutionContext().putString(OUTCOME, sentence(outcome, List.copyOf(failed.keySet()), standings));
		return RepeatStatus.FINISHED;
	}

	/** An agency's standing as the consolidated summary.json names it. */
	static BureauReport.Member member(Standing s, String bureau) {
		return new BureauReport.Member(s.code(), s.name(), bureau, new BureauSummary.Listed(s.code(), s.name(), s.status().label(),
				s.late(), s.registered(), s.due().toString(), (s.sentAt() == null) ? null : s.sentAt().toString(),
				(s.decidedAt() == null) ? null : s.decidedAt().toString()), s.status() == SubmissionStatus.APPROVED);
	}

	private static String sentence(BureauReport.Outcome outcome, List<String> failed, List<Standing> standings) {
		List<String> silent = standings.stream()
			.filter((s) -> s.status() == SubmissionStatus.NOT_SUBMITTED)
			.map(Standing::code)
			.toList();
		List<String> missing = outcome.missing().stream().filter((c) -> !silent.contains(c)).toList();
		return "含 " + (outcome.included().isEmpty() ? "（無）" : String.join("、", outcome.included()))
				+ (failed.isEmpty() ? "" : "；失敗：" + String.join("、", failed))
				+ (silent.isEmpty() ? "" : "；未繳交：" + String.join("、", silent))
				+ (missing.isEmpty() ? "" : "；尚無統計：" + String.join("、", missing))
				+ (outcome.notApproved().isEmpty() ? "" : "；未核定（未納入正式彙整）：" + String.join("、", outcome.notApproved()))
				+ (standings.isEmpty() ? "" : "；" + BureauBoard.counts(standings))
				+ "。輸出資料夾：" + outcome.folder();
	}

}
