package tw.annualreport.agency;

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

/** The import step of agency.csv. */
@Configuration(proxyBeanMethods = false)
class AgencyImport {

	private static final String INSERT = """
			INSERT INTO agency (import_id, code, name, parent_code, parent_name, mail_to)
			VALUES (:importId, :code, :name, :parentCode, :parentName, :mailTo)
			""";

	@Bean
	Step importAgencyStep(ImportSteps steps, SourceRowReader agencyReader, AgencyRowProcessor agencyProcessor,
			ImportWriter<Agency> agencyWriter) {
		return steps.step("importAgencyStep", SourceFile.AGENCY, agencyReader, agencyProcessor, agencyWriter,
				List.of("agency"));
	}

	@Bean
	@StepScope
	SourceRowReader agencyReader(ImportSteps steps, @Value("#{stepExecution}") StepExecution stepExecution) {
		return steps.reader(SourceFile.AGENCY, stepExecution);
	}

	@Bean
	@StepScope
	AgencyRowProcessor agencyProcessor(@Value("#{stepExecution}") StepExecution stepExecution) {
		ImportContext context = ImportContext.of(stepExecution);
		return new AgencyRowProcessor(context.agencyCode(), context.rocYear());
	}

	@Bean
	@StepScope
	ImportWriter<Agency> agencyWriter(ImportSteps steps, @Value("#{stepExecution}") StepExecution stepExecution) {
		return steps.writer(SourceFile.AGENCY, stepExecution, List.of(TableInsert.of(INSERT)));
	}

}
