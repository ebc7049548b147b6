package tw.annualreport.bureau;

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
import tw.annualreport.summary.BureauReport;

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

	ConsolidateTasklet(BureauReport bureauReport, BureauReportDataQuery reportData, ReportRenderer renderer,
			JobRepository jobRepository, BureauRun bureau) {
		this.bureauReport = bureauReport;
		this.reportData = reportData;
		this.renderer = renderer;
		this.jobRepository = jobRepository;
		this.bureau = bureau;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		var step = contribution.getStepExecution();
		Map<String, String> failed = new LinkedHashMap<>();
		BureauPartitions.of(this.jobRepository, step.getJobExecution().getJobInstance()).values().stream()
			.filter((agency) -> !agency.completed())
			.forEach((agency) -> failed.put(agency.code(), agency.failure()));
		BureauReport.Outcome outcome = this.bureauReport.write(this.bureau.parent(), this.bureau.rocYear(),
				this.bureau.settings().out(), failed);
		this.renderer.renderConsolidated(this.reportData.load(outcome.summary()), outcome.folder(),
				this.bureau.settings().formats(), !this.bureau.settings().finalRun());
		step.getExecutionContext().putString(OUTCOME, sentence(outcome, List.copyOf(failed.keySet())));
		return RepeatStatus.FINISHED;
	}

	private static String sentence(BureauReport.Outcome outcome, List<String> failed) {
		return "含 " + (outcome.included().isEmpty() ? "（無）" : String.join("、", outcome.included()))
				+ (failed.isEmpty() ? "" : "；失敗：" + String.join("、", failed))
				+ (outcome.missing().isEmpty() ? "" : "；尚無統計：" + String.join("、", outcome.missing()))
				+ "。輸出資料夾：" + outcome.folder();
	}

}
