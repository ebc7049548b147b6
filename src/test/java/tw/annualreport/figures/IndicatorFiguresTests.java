package tw.annualreport.figures;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static tw.annualreport.figures.IndicatorDirection.HIGHER_IS_BETTER;
import static tw.annualreport.figures.IndicatorDirection.LOWER_IS_BETTER;

class IndicatorFiguresTests {

	@Test
	void higherIsBetterDividesActualByTarget() {
		// 達成率 = 90 ÷ 120 = 0.75; 成長率 = (90 − 80) ÷ 80 = 0.125
		IndicatorFigures f = IndicatorFigures.of(HIGHER_IS_BETTER, 120.0, 90.0, 80.0);
		assertThat(f.achievement().value()).isEqualTo(0.75);
		assertThat(f.targetMet()).isFalse();
		assertThat(f.yoyGrowth().value()).isEqualTo(0.125);
	}

	@Test
	void lowerIsBetterDividesTargetByActual() {
		// 平均處理日數 target 5, actual 4 → 5 ÷ 4 = 1.25 (met); growth (4 − 5) ÷ 5 = −0.2
		IndicatorFigures f = IndicatorFigures.of(LOWER_IS_BETTER, 5.0, 4.0, 5.0);
		assertThat(f.achievement().value()).isEqualTo(1.25);
		assertThat(f.targetMet()).isTrue();
		assertThat(f.yoyGrowth().value()).isCloseTo(-0.2, within(1e-15));
	}

	@Test
	void missingOrZeroInputsAreNotComputable() {
		assertThat(IndicatorFigures.achievement(HIGHER_IS_BETTER, null, 3.0).reason()).isEqualTo("未訂目標值");
		assertThat(IndicatorFigures.achievement(HIGHER_IS_BETTER, 3.0, null).reason()).isEqualTo("無指標實績");
		assertThat(IndicatorFigures.achievement(HIGHER_IS_BETTER, 0.0, 3.0).reason()).isEqualTo("目標值為 0，無法計算達成率");
		assertThat(IndicatorFigures.achievement(LOWER_IS_BETTER, 3.0, 0.0).reason()).startsWith("實績為 0");
		assertThat(IndicatorFigures.achievement(HIGHER_IS_BETTER, -1.0, 3.0).isComputable()).isFalse();
		assertThat(IndicatorFigures.achievement(HIGHER_IS_BETTER, 10.0, 0.0).value()).isZero();
		IndicatorFigures none = IndicatorFigures.of(HIGHER_IS_BETTER, null, null, null);
		assertThat(none.targetMet()).isNull();
		assertThat(none.yoyGrowth().reason()).isEqualTo("無前一年度實績");
		assertThat(Yoy.growth(null, 5.0).reason()).isEqualTo("無本年度實績");
		assertThat(Yoy.growth(5.0, 0.0).reason()).isEqualTo("前一年度實績為 0，無法計算成長率");
	}

	@Test
	void directionLabels() {
		assertThat(IndicatorDirection.fromLabel("低")).isEqualTo(LOWER_IS_BETTER);
		assertThat(IndicatorDirection.fromLabel(" ")).isEqualTo(HIGHER_IS_BETTER);
		assertThat(IndicatorDirection.fromLabel(null)).isEqualTo(HIGHER_IS_BETTER);
		assertThatIllegalArgumentException().isThrownBy(() -> IndicatorDirection.fromLabel("中"));
	}

	@Test
	void latestDatedRecordWithAnActualWins() {
		LatestActual latest = new LatestActual();
		latest.add(LocalDate.of(2024, 3, 1), 10.0);
		latest.add(LocalDate.of(2024, 9, 1), 30.0);
		latest.add(LocalDate.of(2024, 6, 1), 20.0); // older, arrives later: ignored
		latest.add(LocalDate.of(2024, 12, 1), null); // newest but without 指標實績: skipped
		assertThat(latest.value()).isEqualTo(30.0);
		assertThat(latest.date()).isEqualTo(LocalDate.of(2024, 9, 1));
	}

	@Test
	void onTheSameDateTheLaterRowWins() {
		LatestActual latest = new LatestActual();
		latest.add(LocalDate.of(2024, 9, 1), 30.0);
		latest.add(LocalDate.of(2024, 9, 1), 31.0);
		assertThat(latest.value()).isEqualTo(31.0);
	}

	@Test
	void noActualAtAll() {
		LatestActual latest = new LatestActual();
		latest.add(LocalDate.of(2024, 9, 1), null);
		assertThat(latest.value()).isNull();
		assertThat(latest.date()).isNull();
	}

}
