package tw.annualreport.cases;

import java.util.List;

import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tw.annualreport.source.ImportSteps;
import tw.annualreport.source.SourceFile;
import tw.annualreport.source.TableInsert;

/** The import step of cases.csv (optional: an agency without it simply has no case section). */
@Configuration(proxyBeanMethods = false)
class CaseImport {

	private static final String INSERT = """
			INSERT INTO case_record (import_id, case_id, row_no, case_type, channel, category, received_date,
			                         limit_days, closed_date)
			VALUES (:importId, :caseId, :rowNumber, :type, :channel, :category, :received, :limitDays, :closed)
			""";

	@Bean
	Step importCasesStep(ImportSteps steps) {
		return steps.step(SourceFile.CASES, (context) -> new CaseRowProcessor(context.rocYear()),
				List.of(TableInsert.of(INSERT)));
	}

}
