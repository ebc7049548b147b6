package tw.annualreport.figures;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RoundingTests {

	@Test
	void percentRoundsTheDecimalTextHalfUp() {
		assertThat(Rounding.percent(0.8125, 1)).isEqualByComparingTo("81.3");
		// 0.145 × 100 is 14.499999999999998 in double; shifting the decimal point is not
		assertThat(Rounding.percent(0.145, 1)).isEqualByComparingTo("14.5");
		assertThat(Rounding.percent(1, 1)).isEqualByComparingTo("100.0");
	}

	@Test
	void halfUpUsesTheShortestDecimalOfTheDouble() {
		// new BigDecimal(2.675) = 2.67499999…, valueOf sees "2.675"
		assertThat(Rounding.halfUp(2.675, 2)).isEqualByComparingTo("2.68");
		assertThat(Rounding.halfUp(0.8571428571, 3)).isEqualByComparingTo("0.857");
		assertThat(Rounding.halfUp(0.0005, 3)).isEqualByComparingTo("0.001");
	}

	@Test
	void halfUpRoundsNegativeTiesAwayFromZero() {
		assertThat(Rounding.halfUp(-2.5, 0)).isEqualByComparingTo("-3");
		assertThat(Rounding.halfUp(-0.125, 2)).isEqualByComparingTo("-0.13");
		assertThat(Rounding.halfUp(-0.124, 2)).isEqualByComparingTo("-0.12");
	}

	@Test
	void keepsTheRequestedScaleForDisplay() {
		assertThat(Rounding.halfUp(85, 1)).isEqualTo(new BigDecimal("85.0"));
	}

	@Test
	void refusesNotANumber() {
		assertThatIllegalArgumentException().isThrownBy(() -> Rounding.halfUp(Double.NaN, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> Rounding.percent(Double.POSITIVE_INFINITY, 1));
	}

}
