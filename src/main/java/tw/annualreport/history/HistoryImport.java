package tw.annualreport.history;

import java.util.List;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.step.Step;
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
		return steps.step(SourceFile.HISTORY, historyReader, historyProcessor, historyWriter);
	}

	@Bean
	@StepScope
	SourceRowReader historyReader(ImportSteps steps, ImportContext context) {
		return steps.reader(SourceFile.HISTORY, context);
	}

	@Bean
	@StepScope
	HistoryRowProcessor historyProcessor(ImportContext context) {
		return new HistoryRowProcessor(context.rocYear());
	}

	@Bean
	@StepScope
	ImportWriter<HistoryFigure> historyWriter(ImportSteps steps, ImportContext context) {
		return steps.writer(SourceFile.HISTORY, context, List.of(TableInsert.of(INSERT)));
	}

}
