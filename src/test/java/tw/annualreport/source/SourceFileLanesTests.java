package tw.annualreport.source;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.annualreport.source.SourceFile.AGENCY;
import static tw.annualreport.source.SourceFile.CASES;
import static tw.annualreport.source.SourceFile.EXECUTIONS;
import static tw.annualreport.source.SourceFile.HISTORY;
import static tw.annualreport.source.SourceFile.IMPROVEMENTS;
import static tw.annualreport.source.SourceFile.PHONE_TESTS;
import static tw.annualreport.source.SourceFile.PLAN;
import static tw.annualreport.source.SourceFile.SURVEY_QUESTIONS;
import static tw.annualreport.source.SourceFile.SURVEY_RESPONSES;

/** Which files are imported side by side: a file waits only for the file it reads. */
class SourceFileLanesTests {

	@Test
	void aFileIsInTheLaneOfTheFileItReadsAfterIt() {
		assertThat(SourceFile.lanes()).containsExactly(List.of(AGENCY), List.of(PLAN, EXECUTIONS), List.of(PHONE_TESTS),
				List.of(SURVEY_QUESTIONS, SURVEY_RESPONSES), List.of(CASES), List.of(HISTORY), List.of(IMPROVEMENTS));
	}

	@Test
	void everyFileIsInOneLaneAndComesAfterWhatItReads() {
		List<SourceFile> all = SourceFile.lanes().stream().flatMap(List::stream).toList();
		assertThat(all).containsExactlyInAnyOrder(SourceFile.values());
		for (SourceFile file : SourceFile.values()) {
			if (file.reads() != null) {
				assertThat(file.reads().ordinal()).as(file + " reads a file listed before it").isLessThan(file.ordinal());
			}
		}
	}

}
