package tw.annualreport.history;

import java.util.List;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tw.annualreport.source.ImportContext;
import tw.annualreport.source.ImportSteps;
import tw.annualreport.source.ImportWriter;
import tw.annualreport.source.SourceFile;
import tw.annualreport.source.SourceRowReader;
import tw.annualreport.source.TableInsert;

/** The import step of history.csv (optional). */
@Configuration(proxyBeanMethods = false)
class HistoryImport {

	private static final String INSERT = """
			INSERT INTO history_figure (import_id, figure_year, metric, figure_value)
			VALUES (:importId, :year, :metric, :value)
			""";

	@Bean
	Step importHistoryStep(ImportSteps steps, SourceRowReader historyReader, HistoryRowProcessor historyProcessor,
			ImportWriter<HistoryFigure> historyWriter) {
		return steps.step("importHistoryStep", SourceFile.HISTORY, historyReader, historyProcessor, historyWriter,
				List.of("history_figure"));
	}

	@Bean
	@StepScope
	SourceRowReader historyReader(ImportSteps steps, @Value("#{stepExecution}") StepExecution stepExecution) {
		return steps.reader(SourceFile.HISTORY, stepExecution);
	}

	@Bean
	@StepScope
	HistoryRowProcessor historyProcessor(@Value("#{stepExecution}") StepExecution stepExecution) {
		return new HistoryRowProcessor(ImportContext.of(stepExecution).rocYear());
	}

	@Bean
	@StepScope
	ImportWriter<HistoryFigure> historyWriter(ImportSteps steps, @Value("#{stepExecution}") StepExecution stepExecution) {
		return steps.writer(SourceFile.HISTORY, stepExecution, List.of(TableInsert.of(INSERT)));
	}

}
