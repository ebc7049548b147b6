package tw.annualreport.source;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Every date form of SPEC §3 reads as the same day; impossible or foreign text is no date. */
class SourceDatesTests {

	@ParameterizedTest
	@ValueSource(strings = { "113/03/15", "113-03-15", "113.03.15", "113年3月15日", "113年03月15日", "民國113年3月15日",
			"2024-03-15", "2024/3/15", "2024-03-15T00:00", "2024-03-15 08:30:00", "113/3/15" })
	void everyAcceptedFormIsTheFifteenthOfMarch2024(String text) {
		assertThat(SourceDates.parse(text)).isEqualTo(LocalDate.of(2024, 3, 15));
	}

	@Test
	void fullWidthDigitsReadAfterNormalisation() {
		assertThat(SourceDates.parse(Text.normalize("１１３／０３／１５"))).isEqualTo(LocalDate.of(2024, 3, 15));
		assertThat(SourceDates.parse(Text.normalize("　１１３年３月１５日　"))).isEqualTo(LocalDate.of(2024, 3, 15));
	}

	@Test
	void rocYearsOfOneToThreeDigitsAndGregorianOfFour() {
		assertThat(SourceDates.parse("99/12/31")).isEqualTo(LocalDate.of(2010, 12, 31));
		assertThat(SourceDates.parse("1/1/1")).isEqualTo(LocalDate.of(1912, 1, 1));
		assertThat(SourceDates.rocYear(LocalDate.of(2024, 1, 1))).isEqualTo(113);
		assertThat(SourceDates.gregorianYear(113)).isEqualTo(2024);
	}

	@ParameterizedTest
	@ValueSource(strings = { "113/02/30", "2024-13-01", "abc", "", "0/01/01", "113/03", "2024-02-30", "113年13月1日",
			"12345/01/01" })
	void impossibleOrForeignTextIsNoDate(String text) {
		assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> SourceDates.parse(text));
	}

}
