package tw.annualreport.source;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The step-scoped reader, processor and writer of an import step find their file by its step's name. */
class SourceFileStepNamesTests {

	@Test
	void everyFileIsFoundByTheNameOfItsImportStep() {
		for (SourceFile file : SourceFile.values()) {
			assertThat(SourceFile.ofStepName(file.stepName())).isEqualTo(file);
		}
		assertThat(SourceFile.PHONE_TESTS.stepName()).isEqualTo("importPhoneTestsStep");
	}

	@Test
	void aStepThatImportsNoFileIsRefusedByName() {
		assertThatIllegalArgumentException().isThrownBy(() -> SourceFile.ofStepName("checkImportStep"))
			.withMessageContaining("checkImportStep");
	}

}
