package tw.annualreport.summary;

import java.nio.charset.StandardCharsets;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import tw.annualreport.system.AtomicFiles;
import tw.annualreport.system.OutputFormat;
import tw.annualreport.system.ReportRun;

/** Writes {@code <out>/<Y>/<A>/summary.json} from the stored summary, when json is among the formats. */
public class WriteSummaryTasklet implements Tasklet {

	private final FigureStore store;

	private final ReportRun run;

	public WriteSummaryTasklet(FigureStore store, ReportRun run) {
		this.store = store;
		this.run = run;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		if (!this.run.writes(OutputFormat.JSON)) {
			return RepeatStatus.FINISHED;
		}
		String agency = this.run.agencyCode();
		int rocYear = this.run.rocYear();
		String json = this.store.summaryJson(agency, rocYear)
			.orElseThrow(() -> new IllegalStateException(agency + " " + rocYear + " 年度的統計尚未計算"));
		AtomicFiles.write(this.run.folder().resolve(OutputFormat.JSON.fileName()),
				(out) -> out.write(json.getBytes(StandardCharsets.UTF_8)));
		return RepeatStatus.FINISHED;
	}

}
