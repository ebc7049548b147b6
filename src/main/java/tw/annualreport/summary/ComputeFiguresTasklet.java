package tw.annualreport.summary;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import tw.annualreport.figures.Figure;
import tw.annualreport.figures.Rounding;

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

	/** 措施完成率、電話禮貌平均、各問卷整體滿意度、案件準時率, as the log and the console show them. */
	static String headline(AgencySummary s) {
		StringBuilder text = new StringBuilder();
		text.append("措施完成率 ").append(percent(s.measures().rollup().totals().completionRate()));
		text.append("，電話禮貌測試平均 ").append(score(s.phoneTests().agency().mean())).append(" 分");
		s.surveys().forEach((survey) -> text.append("，").append(survey.title()).append("整體滿意度 ")
			.append(percent(survey.result().overall().satisfaction().rate())));
		if (s.cases() != null) {
			text.append("，案件準時結案率 ").append(percent(s.cases().all().onTimeRate()));
		}
		return text.toString();
	}

	private static String percent(Figure figure) {
		return figure.isComputable() ? Rounding.percent(figure.value(), 1).toPlainString() + "%" : "無法計算";
	}

	private static String score(Figure figure) {
		return figure.isComputable() ? Rounding.halfUp(figure.value(), 1).toPlainString() : "無法計算";
	}

}
