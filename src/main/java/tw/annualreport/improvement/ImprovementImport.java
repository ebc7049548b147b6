package tw.annualreport.improvement;

import java.util.List;

import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tw.annualreport.source.ImportSteps;
import tw.annualreport.source.SourceFile;
import tw.annualreport.source.TableInsert;

/** The import step of improvements.csv (optional). */
@Configuration(proxyBeanMethods = false)
class ImprovementImport {

	private static final String INSERT = """
			INSERT INTO improvement (import_id, row_no, item, finding, improve_action, units, due_date)
			VALUES (:importId, :rowNumber, :item, :finding, :action, :units, :due)
			""";

	@Bean
	Step importImprovementsStep(ImportSteps steps) {
		return steps.step(SourceFile.IMPROVEMENTS, (context) -> new ImprovementRowProcessor(context.rocYear()),
				List.of(TableInsert.of(INSERT)));
	}

}
