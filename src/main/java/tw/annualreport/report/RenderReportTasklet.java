package tw.annualreport.report;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import tw.annualreport.job.JobParameterNames;

/**
 * Renders the report of the job's agency-year into {@code <out>/<Y>/<A>/}: the formats among
 * pdf, xlsx and ods that the {@code formats} parameter asks for; a draft unless {@code kind} is
 * {@code final}.
 */
public class RenderReportTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(RenderReportTasklet.class);

	private final ReportDataQuery query;

	private final ReportRenderer renderer;

	public RenderReportTasklet(ReportDataQuery query, ReportRenderer renderer) {
		this.query = query;
		this.renderer = renderer;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		var jobExecution = contribution.getStepExecution().getJobExecution();
		var params = jobExecution.getJobParameters();
		Set<String> formats = Arrays.stream(params.getString(JobParameterNames.FORMATS, "pdf,xlsx,ods,json").split(","))
			.map(String::strip)
			.filter(ReportRenderer.FORMATS::contains)
			.collect(Collectors.toSet());
		if (formats.isEmpty()) {
			return RepeatStatus.FINISHED;
		}
		String agency = params.getString(JobParameterNames.AGENCY);
		int rocYear = Math.toIntExact(params.getLong(JobParameterNames.YEAR));
		boolean draft = !"final".equals(params.getString(JobParameterNames.KIND));
		Path folder = JobParameterNames.outputFolder(jobExecution);
		long started = System.nanoTime();
		ReportData data = this.query.load(agency, rocYear);
		var files = this.renderer.render(data, folder, formats, draft);
		logger.info(agency + " " + rocYear + " 年度" + (draft ? "草稿" : "正式") + "報告：" + files.stream()
			.map((f) -> f.getFileName().toString())
			.collect(Collectors.joining("、")) + "（" + (System.nanoTime() - started) / 1_000_000 + " ms）");
		return RepeatStatus.FINISHED;
	}

}
