package tw.annualreport.report;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportFormatsTests {

	@Test
	void percentagesAndScoresHaveOneDecimalRoundedHalfUp() {
		assertThat(ReportFormats.percent(0.7878787878787878)).isEqualTo("78.8%");
		assertThat(ReportFormats.percent(0.8125)).isEqualTo("81.3%");
		assertThat(ReportFormats.percent(0.145)).isEqualTo("14.5%");
		assertThat(ReportFormats.percent(1.0)).isEqualTo("100.0%");
		assertThat(ReportFormats.score(88.25)).isEqualTo("88.3");
		assertThat(ReportFormats.score(2.675)).isEqualTo("2.7");
		assertThat(ReportFormats.alpha(0.8824591713334068)).isEqualTo("0.882");
		assertThat(ReportFormats.alpha(0.8825)).isEqualTo("0.883");
	}

	@Test
	void changesCarryTheirSign() {
		assertThat(ReportFormats.signedPercent(0.21875)).isEqualTo("+21.9%");
		assertThat(ReportFormats.signedPercent(-0.25862068965517243)).isEqualTo("-25.9%");
		assertThat(ReportFormats.points(-0.04769266862170085)).isEqualTo("-4.8 個百分點");
		assertThat(ReportFormats.signedScore(5.384)).isEqualTo("+5.4");
		assertThat(ReportFormats.signedScore(-0.04)).isEqualTo("0.0");
	}

	@Test
	void countsAndValuesAsTyped() {
		assertThat(ReportFormats.count(13062)).isEqualTo("13,062");
		assertThat(ReportFormats.number(5.0)).isEqualTo("5");
		assertThat(ReportFormats.number(4.3)).isEqualTo("4.3");
		assertThat(ReportFormats.number(1200.0)).isEqualTo("1,200");
		assertThat(ReportFormats.number(null)).isEqualTo("—");
		assertThat(ReportFormats.percent(null)).isEqualTo("—");
	}

	@Test
	void datesAreRoc() {
		assertThat(ReportFormats.rocDate(LocalDate.of(2025, 1, 15))).isEqualTo("114年1月15日");
		assertThat(ReportFormats.rocShortDate(LocalDate.of(2024, 3, 5))).isEqualTo("113/03/05");
		assertThat(ReportFormats.rocShortDate(LocalDate.of(2024, 12, 31))).isEqualTo("113/12/31");
		assertThat(ReportFormats.rocShortDate(LocalDate.of(1912, 10, 10))).isEqualTo("1/10/10");
	}

}
