package tw.annualreport.figures;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tw.annualreport.figures.PhoneTestTotal.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class PhoneTestTotalTests {

	private static final PhoneTestScale SCALE = PhoneTestScale.municipalDefault();

	@Test
	void fullTestIsThePlainSum() {
		// 25 + 18 + 12 + 20 + 13 = 88 of 100 → 88
		PhoneTestTotal t = PhoneTestTotal.of(SCALE, scores("25", "18", "12", "20", "13"));
		assertThat(t.isValid()).isTrue();
		assertThat(t.total()).isEqualTo(88.0);
		assertThat(t.scoredItems()).containsOnlyKeys("OP_SPEED", "OP_COURTESY", "UNIT_SPEED", "UNIT_COURTESY",
				"UNIT_ANSWER");
	}

	@Test
	void unitOnlyTestIsScaledTo100() {
		// 業務單位 only: 12 + 20 + 13 = 45 of 55 → 100 × 45 ÷ 55 = 81.8181…
		PhoneTestTotal t = PhoneTestTotal.of(SCALE, scores(null, null, "12", "20", "13"));
		assertThat(t.total()).isCloseTo(81.81818181818181, within(1e-12));
		assertThat(t.scoredItems()).containsOnlyKeys("UNIT_SPEED", "UNIT_COURTESY", "UNIT_ANSWER");
	}

	@Test
	void decimalScoresAndTheMaximumAreAccepted() {
		// 總機 only: 24.5 + 20 = 44.5 of 45 → 98.888…
		PhoneTestTotal t = PhoneTestTotal.of(SCALE, scores("24.5", "20", null, null, null));
		assertThat(t.total()).isCloseTo(98.88888888888889, within(1e-12));
	}

	@Test
	void aScoreOutsideTheItemRangeIsRejected() {
		PhoneTestTotal t = PhoneTestTotal.of(SCALE, scores("25", "18", "12", "20", "15.5"));
		assertThat(t.problem()).isEqualTo(Problem.OUT_OF_RANGE);
		assertThat(t.subject()).isEqualTo("UNIT_ANSWER");
		assertThat(t.message()).isEqualTo("答話內容分數 15.5 超出範圍 0～15");
		assertThat(t.total()).isNull();
		assertThat(PhoneTestTotal.of(SCALE, scores("-1", "18", null, null, null)).subject()).isEqualTo("OP_SPEED");
	}

	@Test
	void aHalfFilledPartIsRejected() {
		PhoneTestTotal t = PhoneTestTotal.of(SCALE, scores("20", null, "12", "20", "13"));
		assertThat(t.problem()).isEqualTo(Problem.PART_INCOMPLETE);
		assertThat(t.subject()).isEqualTo("總機");
		assertThat(t.message()).contains("總機部分未填完整");
	}

	@Test
	void nothingScoredIsRejected() {
		PhoneTestTotal t = PhoneTestTotal.of(SCALE, scores(null, null, null, null, null));
		assertThat(t.problem()).isEqualTo(Problem.NOTHING_SCORED);
		assertThat(PhoneTestTotal.of(SCALE, Map.of()).problem()).isEqualTo(Problem.NOTHING_SCORED);
	}

	@Test
	void anUnknownItemIsAMappingBug() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PhoneTestTotal.of(SCALE, Map.of("SMILE", BigDecimal.ONE)));
	}

	/** Scores in the default scale's order; null = blank cell. */
	static Map<String, BigDecimal> scores(String... values) {
		Map<String, BigDecimal> map = new HashMap<>();
		for (int i = 0; i < values.length; i++) {
			map.put(SCALE.items().get(i).code(), (values[i] != null) ? new BigDecimal(values[i]) : null);
		}
		return map;
	}

}
