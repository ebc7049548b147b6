package tw.annualreport.report;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportPropertiesTests {

	/** 07:30 on 3 December in Taiwan, still 2 December on a server that keeps UTC. */
	private static final Instant EARLY_MORNING_IN_TAIWAN = Instant.parse("2026-12-02T23:30:00Z");

	@Test
	void anUnsetDateIsTheDayItIsInTaiwanWhateverTheServersZone() {
		ReportProperties unset = new ReportProperties("", 0.8, null);

		assertThat(ReportFormats.rocDate(unset.reportDate(EARLY_MORNING_IN_TAIWAN))).isEqualTo("115年12月3日");
		assertThat(unset.reportDate(Instant.parse("2026-12-03T15:59:59Z"))).isEqualTo(LocalDate.of(2026, 12, 3));
		assertThat(unset.reportDate(Instant.parse("2026-12-03T16:00:00Z"))).isEqualTo(LocalDate.of(2026, 12, 4));
	}

	@Test
	void aSetDateIsTheDateOnTheCover() {
		ReportProperties set = new ReportProperties("", 0.8, LocalDate.of(2025, 1, 15));

		assertThat(set.reportDate(EARLY_MORNING_IN_TAIWAN)).isEqualTo(LocalDate.of(2025, 1, 15));
	}

}
