package tw.annualreport.agency;

import java.util.List;

import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tw.annualreport.source.ImportSteps;
import tw.annualreport.source.SourceFile;
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
	Step importAgencyStep(ImportSteps steps) {
		return steps.step(SourceFile.AGENCY,
				(context) -> new AgencyRowProcessor(context.agencyCode(), context.rocYear()),
				List.of(TableInsert.of(INSERT)));
	}

}
