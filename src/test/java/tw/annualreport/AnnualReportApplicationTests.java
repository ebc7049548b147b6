package tw.annualreport;

import org.junit.jupiter.api.Test;

import tw.annualreport.system.RunOptions;
import tw.annualreport.system.RunOptionsException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A command line that cannot start says why in one line and where the options are. */
class AnnualReportApplicationTests {

	@Test
	void noOptionAtAllSaysWhatIsMissingAndPointsToHelp() {
		RunOptionsException refused = catchThrowableOfType(RunOptionsException.class,
				() -> RunOptions.parse(new String[0]));

		assertThat(AnnualReportApplication.refusal(refused)).startsWith("錯誤：")
			.endsWith("（java -jar annual-report.jar --help 列出所有選項）")
			.doesNotContain("\n");
	}

}
