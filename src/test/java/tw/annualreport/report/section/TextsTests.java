package tw.annualreport.report.section;

import org.junit.jupiter.api.Test;

import tw.annualreport.figures.IndicatorDirection;
import tw.annualreport.summary.AgencySummary.Indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.annualreport.report.ReportFormats.percent;
import static tw.annualreport.report.ReportFormats.score;

/** A change a reader can check against the printed numbers, and a growth that says whether it is good. */
class TextsTests {

	/** KHH-ZY p.2 said 「較前一年度 -4.8 個百分點」 beside 89.5% → 84.8%: the unrounded difference. */
	@Test
	void aRateChangeIsTheDifferenceOfTheTwoPrintedRates() {
		double previous = 0.89534;
		double current = 0.84759;
		assertThat(percent(previous)).isEqualTo("89.5%");
		assertThat(percent(current)).isEqualTo("84.8%");
		assertThat((current - previous) * 100).isLessThan(-4.75); // -4.775…: rounded alone it reads -4.8

		assertThat(Texts.rateChange(previous, current)).isEqualTo("減少 4.7 個百分點");
		assertThat(Texts.rateChange(0.80041, 0.80049)).isEqualTo("持平");
	}

	@Test
	void aScoreChangeIsTheDifferenceOfTheTwoPrintedScores() {
		assertThat(score(83.249)).isEqualTo("83.2");
		assertThat(score(88.551)).isEqualTo("88.6");
		assertThat(Texts.scoreChange(83.249, 88.551, " 分")).isEqualTo("增加 5.4 分");
	}

	/** 「+25.9%」 alone reads as good; for a lower-is-better indicator it is not. */
	@Test
	void aLowerIsBetterGrowthSaysWhetherItImproved() {
		assertThat(Texts.growth(indicator(IndicatorDirection.LOWER_IS_BETTER, 0.259))).isEqualTo("+25.9%（退步）");
		assertThat(Texts.growth(indicator(IndicatorDirection.LOWER_IS_BETTER, -0.349))).isEqualTo("-34.9%（進步）");
		assertThat(Texts.growth(indicator(IndicatorDirection.HIGHER_IS_BETTER, 0.219))).isEqualTo("+21.9%");
	}

	private static Indicator indicator(IndicatorDirection direction, double growth) {
		return new Indicator("1.1.1", "甲", "日", direction, 5.0, 6.0, null, null, "cases.meanDays", 5.0, 0.8, null, false,
				growth, null, null);
	}

}
