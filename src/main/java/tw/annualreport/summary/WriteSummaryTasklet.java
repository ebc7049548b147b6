package tw.annualreport.summary;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import tw.annualreport.job.JobParameterNames;
import tw.annualreport.system.AtomicFiles;

/** Writes {@code <out>/<Y>/<A>/summary.json} from the stored summary, when json is among the formats. */
public class WriteSummaryTasklet implements Tasklet {

	public static final String FILE_NAME = "summary.json";

	private final FigureStore store;

	public WriteSummaryTasklet(FigureStore store) {
		this.store = store;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		var jobExecution = contribution.getStepExecution().getJobExecution();
		var params = jobExecution.getJobParameters();
		if (!params.getString(JobParameterNames.FORMATS, "json").contains("json")) {
			return RepeatStatus.FINISHED;
		}
		String agency = params.getString(JobParameterNames.AGENCY);
		int rocYear = Math.toIntExact(params.getLong(JobParameterNames.YEAR));
		String json = this.store.summary(agency, rocYear)
			.orElseThrow(() -> new IllegalStateException(agency + " " + rocYear + " 年度的統計尚未計算"));
		Path target = JobParameterNames.outputFolder(jobExecution).resolve(FILE_NAME);
		AtomicFiles.write(target, (out) -> out.write(json.getBytes(StandardCharsets.UTF_8)));
		return RepeatStatus.FINISHED;
	}

}
