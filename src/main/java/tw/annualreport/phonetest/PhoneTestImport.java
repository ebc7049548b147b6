package tw.annualreport.phonetest;

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
	Step importPhoneTestsStep(ImportSteps steps, SourceRowReader phoneTestsReader,
			PhoneTestRowProcessor phoneTestsProcessor, ImportWriter<PhoneTest> phoneTestsWriter) {
		return steps.step(SourceFile.PHONE_TESTS, phoneTestsReader, phoneTestsProcessor,
				phoneTestsWriter);
	}

	@Bean
	@StepScope
	SourceRowReader phoneTestsReader(ImportSteps steps, ImportContext context) {
		return steps.reader(SourceFile.PHONE_TESTS, context);
	}

	@Bean
	@StepScope
	PhoneTestRowProcessor phoneTestsProcessor(PhoneTestSettings settings, ImportContext context) {
		return new PhoneTestRowProcessor(context.rocYear(), settings.scale());
	}

	@Bean
	@StepScope
	ImportWriter<PhoneTest> phoneTestsWriter(ImportSteps steps, ImportContext context) {
		return steps.writer(SourceFile.PHONE_TESTS, context,
				List.of(TableInsert.of(INSERT_TEST), TableInsert.each(INSERT_SCORE, PhoneTest::scores)));
	}

}
