package tw.annualreport.summary;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;


/**
 * Computes every figure of the agency-year from its published import, stores the summary and the
 * key figures in the database, and logs the headline. Idempotent: a re-run recomputes the same.
 */
public class ComputeFiguresTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(ComputeFiguresTasklet.class);

	/** Key of the run's one-sentence headline in the job execution context. */
	public static final String HEADLINE = "headline";

	private final SummaryCalculator calculator;

	private final FigureStore store;

	public ComputeFiguresTasklet(SummaryCalculator calculator, FigureStore store) {
		this.calculator = calculator;
		this.store = store;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		var jobExecution = contribution.getStepExecution().getJobExecution();
		var params = jobExecution.getJobParameters();
		String agency = params.getString("agency");
		int rocYear = Math.toIntExact(params.getLong("year"));
		AgencySummary summary = this.calculator.compute(agency, rocYear, params.getString("kind"));
		this.store.store(agency, rocYear, summary.importId(), summary.kind(), SummaryJson.write(summary),
				SummaryCalculator.keyFigures(summary));
		String headline = headline(summary);
		logger.info(agency + " " + rocYear + " 年度：" + headline);
		jobExecution.getExecutionContext().putString(HEADLINE, headline);
		return RepeatStatus.FINISHED;
	}

	/** The headline as the log and the console show it, the same lines as the report mail's. */
	static String headline(AgencySummary s) {
		Map<String, String> titles = new LinkedHashMap<>();
		s.surveys().forEach((survey) -> titles.put(survey.code(), survey.title()));
		return String.join("，", Headline.lines(SummaryCalculator.keyFigures(s), titles));
	}

}
