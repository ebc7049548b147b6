package tw.annualreport.report;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import tw.annualreport.source.PublishedRejects;
import tw.annualreport.system.OutputFormat;
import tw.annualreport.system.ReportRun;

/**
 * Renders the report of the run's agency-year into its folder: the report formats (pdf, xlsx,
 * ods, odt, docx) among those asked for; a draft unless the run is final. Beside it, rejects.csv of the
 * data it is made from ({@link PublishedRejects}).
 */
public class RenderReportTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(RenderReportTasklet.class);

	private final ReportDataQuery query;

	private final ReportRenderer renderer;

	private final ReportRun run;

	private final PublishedRejects rejects;

	public RenderReportTasklet(ReportDataQuery query, ReportRenderer renderer, ReportRun run, PublishedRejects rejects) {
		this.query = query;
		this.renderer = renderer;
		this.run = run;
		this.rejects = rejects;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		// the report names rejects.csv of its folder: there even when this run imported nothing (a new --out)
		this.rejects.write(this.run.agencyCode(), this.run.rocYear(), this.run.folder());
		Set<OutputFormat> formats = EnumSet.noneOf(OutputFormat.class);
		this.run.formats().stream().filter(OutputFormat::isReport).forEach(formats::add);
		if (formats.isEmpty()) {
			return RepeatStatus.FINISHED;
		}
		boolean draft = this.run.draft();
		long started = System.nanoTime();
		ReportData data = this.query.load(this.run.agencyCode(), this.run.rocYear());
		var files = this.renderer.render(data, this.run.folder(), formats, draft);
		logger.info(this.run.agencyCode() + " " + this.run.rocYear() + " 年度" + (draft ? "草稿" : "正式") + "報告："
				+ files.stream().map((f) -> f.getFileName().toString()).collect(Collectors.joining("、")) + "（"
				+ (System.nanoTime() - started) / 1_000_000 + " ms）");
		return RepeatStatus.FINISHED;
	}

}
