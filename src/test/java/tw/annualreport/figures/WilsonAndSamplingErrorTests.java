package tw.annualreport.figures;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class WilsonAndSamplingErrorTests {

	private static final double EPS = 1e-12;

	@Test
	void wilsonOf45OutOf50() {
		// p = 0.9, z² = 3.8416, d = 1 + 3.8416/50 = 1.076832
		// centre = (0.9 + 3.8416/100) / d = 0.938416 / 1.076832 = 0.87145759…
		// half = 1.96 × √(0.09/50 + 3.8416/10000) / d = 1.96 × √0.00218416 / d = 0.08506249…
		Interval i = Wilson.interval95(45, 50);
		assertThat(i.lower()).isCloseTo(0.7863950966521162, within(EPS));
		assertThat(i.upper()).isCloseTo(0.956524876008429, within(EPS));
	}

	@Test
	void wilsonStaysInsideZeroAndOne() {
		// p = 0: centre = half = (3.8416/20)/1.38416 = 0.13877…, so [0, 0.27754…]
		assertThat(Wilson.interval95(0, 10)).isEqualTo(new Interval(0, Wilson.interval95(0, 10).upper(), Interval.Method.WILSON));
		assertThat(Wilson.interval95(0, 10).upper()).isCloseTo(0.2775401687666166, within(EPS));
		assertThat(Wilson.interval95(10, 10).upper()).isEqualTo(1.0);
		assertThat(Wilson.interval95(10, 10).lower()).isCloseTo(0.7224598312333834, within(EPS));
	}

	@Test
	void wilsonOfNoTrialsIsNull() {
		assertThat(Wilson.interval95(0, 0)).isNull();
	}

	@Test
	void samplingErrorOf400IsFourPointNinePercent() {
		// 1.96 × √(0.25/400) = 1.96 × 0.025 = 0.049
		SamplingError e = SamplingError.of(400, null);
		assertThat(e.value().value()).isCloseTo(0.049, within(EPS));
		assertThat(e.populationCorrected()).isFalse();
		assertThat(e.note()).isNull();
	}

	@Test
	void samplingErrorWithPopulationIsCorrected() {
		// 0.049 × √((1000 − 400)/(1000 − 1)) = 0.049 × √0.6006006 = 0.049 × 0.77498426 = 0.0379742…
		SamplingError e = SamplingError.of(400, 1000L);
		assertThat(e.value().value()).isCloseTo(0.0379742286563143, within(EPS));
		assertThat(e.populationCorrected()).isTrue();
	}

	@Test
	void aCensusHasNoSamplingError() {
		SamplingError e = SamplingError.of(120, 120L);
		assertThat(e.value().value()).isZero();
		assertThat(e.note()).contains("普查");
		assertThat(SamplingError.of(1, 1L).value().value()).isZero(); // N − 1 = 0 handled
	}

	@Test
	void aPopulationSmallerThanTheSampleIsNotUsed() {
		SamplingError e = SamplingError.of(400, 300L);
		assertThat(e.value().value()).isCloseTo(0.049, within(EPS));
		assertThat(e.populationCorrected()).isFalse();
		assertThat(e.note()).contains("母體數（300）小於樣本數（400）");
	}

	@Test
	void noRespondentsNoSamplingError() {
		SamplingError e = SamplingError.of(0, 100L);
		assertThat(e.value().isComputable()).isFalse();
		assertThat(e.value().reason()).isEqualTo("無有效樣本，無法計算抽樣誤差");
	}

	@Test
	void yoyChangeNeedsBothYears() {
		assertThat(Yoy.change(Figure.of(0.9), 0.85).value()).isCloseTo(0.05, within(EPS));
		assertThat(Yoy.change(Figure.of(0.9), null).reason()).isEqualTo("無前一年度資料");
		assertThat(Yoy.change(Figure.notComputable("無資料"), 0.8).reason()).isEqualTo("本年度無資料");
	}

}
