package tw.annualreport.history;

import java.util.List;

import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tw.annualreport.source.ImportSteps;
import tw.annualreport.source.SourceFile;
import tw.annualreport.source.TableInsert;

/** The import step of history.csv (optional). */
@Configuration(proxyBeanMethods = false)
class HistoryImport {

	private static final String INSERT = """
			INSERT INTO history_figure (import_id, figure_year, metric, figure_value)
			VALUES (:importId, :year, :metric, :value)
			""";

	@Bean
	Step importHistoryStep(ImportSteps steps) {
		return steps.step(SourceFile.HISTORY, (context) -> new HistoryRowProcessor(context.rocYear()),
				List.of(TableInsert.of(INSERT)));
	}

}
