package tw.annualreport.summary;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import tw.annualreport.system.ReportRun;


/**
 * Computes every figure of the agency-year from its published import, stores the summary and the
 * key figures in the database, and logs the headline. Idempotent: a re-run recomputes the same.
 */
public class ComputeFiguresTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(ComputeFiguresTasklet.class);

	public static final String STEP_NAME = "computeFiguresStep";

	/** Key of the run's one-sentence headline in this step's execution context. */
	public static final String HEADLINE = "headline";

	private final SummaryCalculator calculator;

	private final FigureStore store;

	private final ReportRun run;

	public ComputeFiguresTasklet(SummaryCalculator calculator, FigureStore store, ReportRun run) {
		this.calculator = calculator;
		this.store = store;
		this.run = run;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		String agency = this.run.agencyCode();
		int rocYear = this.run.rocYear();
		SummaryCalculator.Computed computed = this.calculator.compute(agency, rocYear, this.run.kind());
		AgencySummary summary = this.store.store(computed.summary(), computed.importId());
		String headline = headline(summary);
		logger.info(agency + " " + rocYear + " 年度：" + headline);
		contribution.getStepExecution().getExecutionContext().putString(HEADLINE, headline);
		return RepeatStatus.FINISHED;
	}

	/** The headline as the log and the console show it, the same lines as the report mail's. */
	static String headline(AgencySummary s) {
		return String.join("，", Headline.lines(s));
	}

}
