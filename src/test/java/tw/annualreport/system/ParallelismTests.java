package tw.annualreport.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ParallelismTests {

	@Test
	void unsetIsTheCoresASetValueIsItselfBelowOneIsRefusedByName() {
		assertThat(Parallelism.of(null, "annual-report.import.parallelism"))
			.isEqualTo(Runtime.getRuntime().availableProcessors());
		assertThat(Parallelism.of(3, "annual-report.import.parallelism")).isEqualTo(3);
		assertThatIllegalArgumentException().isThrownBy(() -> Parallelism.of(0, "annual-report.bureau.parallelism"))
			.withMessage("annual-report.bureau.parallelism 必須至少為 1，目前為 0");
	}

}
