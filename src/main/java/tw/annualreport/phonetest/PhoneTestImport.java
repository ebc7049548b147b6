package tw.annualreport.phonetest;

import java.util.List;

import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tw.annualreport.source.ImportSteps;
import tw.annualreport.source.SourceFile;
import tw.annualreport.source.TableInsert;

/** The import step of phone_tests.csv. */
@Configuration(proxyBeanMethods = false)
class PhoneTestImport {

	private static final String INSERT_TEST = """
			INSERT INTO phone_test (import_id, test_id, row_no, test_date, unit, tester, total, deductions, note)
			VALUES (:importId, :testId, :rowNumber, :date, :unit, :tester, :total, :deductions, :note)
			""";

	private static final String INSERT_SCORE = """
			INSERT INTO phone_test_score (import_id, test_id, item_code, score, max_score)
			VALUES (:importId, :testId, :itemCode, :score, :maxScore)
			""";

	@Bean
	Step importPhoneTestsStep(ImportSteps steps, PhoneTestSettings settings) {
		return steps.step(SourceFile.PHONE_TESTS,
				(context) -> new PhoneTestRowProcessor(context.rocYear(), settings.scale()),
				List.of(TableInsert.of(INSERT_TEST), TableInsert.each(INSERT_SCORE, PhoneTest::scores)));
	}

}
