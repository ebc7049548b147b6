package tw.annualreport.agency;

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

/** The import step of agency.csv. */
@Configuration(proxyBeanMethods = false)
class AgencyImport {

	private static final String INSERT = """
			INSERT INTO agency (import_id, code, name, parent_code, parent_name, mail_to, contact_name, contact_phone,
			                    contact_mail, level_names)
			VALUES (:importId, :code, :name, :parentCode, :parentName, :mailTo, :contactName, :contactPhone,
			        :contactMail, :levelNames)
			""";

	@Bean
	Step importAgencyStep(ImportSteps steps, SourceRowReader agencyReader, AgencyRowProcessor agencyProcessor,
			ImportWriter<Agency> agencyWriter) {
		return steps.step(SourceFile.AGENCY, agencyReader, agencyProcessor, agencyWriter);
	}

	@Bean
	@StepScope
	SourceRowReader agencyReader(ImportSteps steps, ImportContext context) {
		return steps.reader(SourceFile.AGENCY, context);
	}

	@Bean
	@StepScope
	AgencyRowProcessor agencyProcessor(ImportContext context) {
		return new AgencyRowProcessor(context.agencyCode(), context.rocYear());
	}

	@Bean
	@StepScope
	ImportWriter<Agency> agencyWriter(ImportSteps steps, ImportContext context) {
		return steps.writer(SourceFile.AGENCY, context, List.of(TableInsert.of(INSERT)));
	}

}
