package tw.annualreport.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class ClusterIntervalTests {

	private static final double EPS = 1e-12;

	private static ClusterInterval of(long[]... respondents) {
		ClusterInterval c = new ClusterInterval();
		for (long[] r : respondents) {
			c.add(r[0], r[1]);
		}
		return c;
	}

	@Test
	void handComputedFromFourRespondents() {
		// (satisfied, valid): (8, 8), (6, 8), (4, 8), (2, 6); Σy 20, Σx 30, r = 2/3
		// residuals y − r·x: 8 − 16/3 = 8/3, 6 − 16/3 = 2/3, 4 − 16/3 = −4/3, 2 − 4 = −2;
		// Σ² = (64 + 4 + 16 + 36)/9 = 120/9; x̄ = 7.5; n (n − 1) x̄² = 4 · 3 · 56.25 = 675
		// v = (120/9) ÷ 675 = 0.019753…, √v = 0.140546…, ±0.275470…
		ClusterInterval c = of(new long[] { 8, 8 }, new long[] { 6, 8 }, new long[] { 4, 8 }, new long[] { 2, 6 });
		Interval i = c.interval95(null);
		double half = 1.96 * Math.sqrt(120.0 / 9 / 675);
		assertThat(half).isCloseTo(0.27547, within(1e-5));
		assertThat(i.method()).isEqualTo(Interval.Method.CLUSTER);
		assertThat(i.lower()).isCloseTo(2.0 / 3 - half, within(EPS));
		assertThat(i.upper()).isCloseTo(2.0 / 3 + half, within(EPS));
		assertThat(c.respondents()).isEqualTo(4);
		assertThat(c.satisfied()).isEqualTo(20);
		assertThat(c.valid()).isEqualTo(30);
	}

	@Test
	void populationCorrectionMultipliesTheVariance() {
		// as above with N = 10: v × (10 − 4) ÷ 9
		ClusterInterval c = of(new long[] { 8, 8 }, new long[] { 6, 8 }, new long[] { 4, 8 }, new long[] { 2, 6 });
		double half = 1.96 * Math.sqrt(120.0 / 9 / 675 * 6 / 9);
		assertThat(c.interval95(10L).lower()).isCloseTo(2.0 / 3 - half, within(EPS));
		assertThat(c.interval95(10L).upper()).isCloseTo(2.0 / 3 + half, within(EPS));
		// a census leaves no sampling variance; an N below n is not used (as for the sampling error)
		assertThat(c.interval95(4L).lower()).isCloseTo(2.0 / 3, within(EPS));
		assertThat(c.interval95(4L).upper()).isCloseTo(2.0 / 3, within(EPS));
		assertThat(c.interval95(3L)).isEqualTo(c.interval95(null));
	}

	@Test
	void clippedToZeroAndOne() {
		// r = 9/10: (5, 5) and (4, 5); residuals ±0.5, Σ² 0.5; v = 0.5 ÷ (2 · 1 · 25) = 0.01; ±0.196
		Interval high = of(new long[] { 5, 5 }, new long[] { 4, 5 }).interval95(null);
		assertThat(high.lower()).isCloseTo(0.9 - 0.196, within(EPS));
		assertThat(high.upper()).isEqualTo(1.0);
		Interval low = of(new long[] { 0, 5 }, new long[] { 1, 5 }).interval95(null);
		assertThat(low.lower()).isZero();
		assertThat(low.upper()).isCloseTo(0.1 + 0.196, within(EPS));
	}

	@Test
	void respondentsWithoutAValidAnswerDoNotCountAndTwoAreNeeded() {
		ClusterInterval c = of(new long[] { 0, 0 }, new long[] { 3, 4 });
		assertThat(c.respondents()).isEqualTo(1);
		assertThat(c.interval95(null)).isNull();
		assertThat(new ClusterInterval().interval95(null)).isNull();
		assertThatIllegalArgumentException().isThrownBy(() -> new ClusterInterval().add(5, 4));
	}

	@Test
	void everyRespondentAlikeGivesNoSpread() {
		ClusterInterval c = of(new long[] { 3, 4 }, new long[] { 3, 4 }, new long[] { 6, 8 });
		assertThat(c.interval95(null).lower()).isCloseTo(0.75, within(EPS));
		assertThat(c.interval95(null).upper()).isCloseTo(0.75, within(EPS));
	}

	/** Eight answers each, strongly alike within a respondent: wider than eight independent answers. */
	@Test
	void agreesWithANaiveTwoPassComputationAndIsWiderThanCountingAnswersAsIndependent() {
		Random random = new Random(113L);
		for (int n : new int[] { 2, 10, 34, 360, 200_000 }) {
			List<long[]> respondents = new ArrayList<>();
			ClusterInterval c = new ClusterInterval();
			for (int i = 0; i < n; i++) {
				int valid = 1 + random.nextInt(8);
				double mood = random.nextDouble();
				int satisfied = 0;
				for (int q = 0; q < valid; q++) {
					satisfied += (random.nextDouble() < mood) ? 1 : 0;
				}
				respondents.add(new long[] { satisfied, valid });
				c.add(satisfied, valid);
			}
			for (Long population : new Long[] { null, 1_000_000L }) {
				double[] naive = naive(respondents, population);
				Interval i = c.interval95(population);
				assertThat(i.lower()).as("n = %d", n).isCloseTo(naive[0], within(1e-10));
				assertThat(i.upper()).as("n = %d", n).isCloseTo(naive[1], within(1e-10));
			}
			if (n >= 34) {
				Interval wilson = Wilson.interval95(c.satisfied(), c.valid());
				assertThat(c.interval95(null).upper() - c.interval95(null).lower()).as("n = %d", n)
					.isGreaterThan(wilson.upper() - wilson.lower());
			}
		}
	}

	private static double[] naive(List<long[]> respondents, Long population) {
		double n = respondents.size();
		double y = 0;
		double x = 0;
		for (long[] r : respondents) {
			y += r[0];
			x += r[1];
		}
		double ratio = y / x;
		double xBar = x / n;
		double residuals = 0;
		for (long[] r : respondents) {
			residuals += (r[0] - ratio * r[1]) * (r[0] - ratio * r[1]);
		}
		double v = residuals / (n * (n - 1) * xBar * xBar);
		if (population != null) {
			v *= (population - n) / (population - 1);
		}
		return new double[] { Math.max(0, ratio - 1.96 * Math.sqrt(v)), Math.min(1, ratio + 1.96 * Math.sqrt(v)) };
	}

}
