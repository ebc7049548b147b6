package tw.annualreport.system;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The one year rule: ROC 85 to next year, Gregorian converted, the rest refused with the year probably meant. */
class ReportYearTests {

	private static final int THIS_YEAR = 115;

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "113,113", "2024,113", "85,85", "116,116", "2027,116", " 106 ,106" })
	void plausibleYearsAreTakenAsRocYears(String text, int rocYear) {
		assertThat(ReportYear.parse(text, THIS_YEAR)).isEqualTo(rocYear);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "13|是否為 113 年度？", "24|是否為 113 年度（西元 2024 年）？", "1130|是否為 113 年度？",
			"9|是否為 109 年度？" })
	void anImplausibleYearNamesTheYearProbablyMeant(String text, String meant) {
		assertThatIllegalArgumentException().isThrownBy(() -> ReportYear.parse(text, THIS_YEAR))
			.withMessageStartingWith("年度「" + text + "」不合理，")
			.withMessageContaining(meant)
			.withMessageContaining("報告年度為民國 85 年至 116 年");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "0|年度「0」不合理（", "3000|年度「3000」不合理（", "500|年度「500」不合理（",
			"117|年度「117」不合理（", "1990|（民國 79 年）不合理", "2030|（民國 119 年）不合理", "abc|不是數字", "''|必須指定報告年度" })
	void aYearWithNoLikelyMeaningIsRefusedPlainly(String text, String message) {
		assertThatIllegalArgumentException().isThrownBy(() -> ReportYear.parse(text, THIS_YEAR))
			.withMessageContaining(message)
			.withMessageNotContaining("是否為");
	}

	@Test
	void theConsoleChecksRocYearsByTheSameRule() {
		assertThat(ReportYear.checkRoc(113, "113", THIS_YEAR)).isEqualTo(113);
		assertThatIllegalArgumentException().isThrownBy(() -> ReportYear.checkRoc(13, "13", THIS_YEAR))
			.withMessageContaining("是否為 113 年度？");
		assertThat(ReportYear.plausible(ReportYear.current(), ReportYear.current())).isTrue();
	}

}
