package tw.annualreport.summary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import tw.annualreport.figures.IndicatorSource.Scale;
import tw.annualreport.figures.Rounding;
import tw.annualreport.summary.KeyFigure.Binding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The key figures' one definition: the metric names a plan's 指標來源 may give, parsed and written
 * back the same, and every list of key figures made from it.
 */
class KeyFigureTests {

	@Test
	void everyNameParsesToItsMetricAndBack() {
		assertThat(KeyFigure.parse("measures.completionRate")).contains(new Binding(KeyFigure.COMPLETION_RATE, null));
		assertThat(KeyFigure.parse("phone.mean")).contains(new Binding(KeyFigure.PHONE_MEAN, null));
		assertThat(KeyFigure.parse("phone.passRate")).contains(new Binding(KeyFigure.PHONE_PASS_RATE, null));
		assertThat(KeyFigure.parse("survey.PUB.satisfactionRate"))
			.contains(new Binding(KeyFigure.SURVEY_SATISFACTION_RATE, "PUB"));
		assertThat(KeyFigure.parse("cases.onTimeRate")).contains(new Binding(KeyFigure.CASES_ON_TIME_RATE, null));
		assertThat(KeyFigure.parse("cases.meanDays")).contains(new Binding(KeyFigure.CASES_MEAN_DAYS, null));
		assertThat(KeyFigure.parse("cases.申辦.onTimeRate"))
			.contains(new Binding(KeyFigure.CASE_TYPE_ON_TIME_RATE, "申辦"));
		assertThat(KeyFigure.parse("cases.陳情.meanDays")).contains(new Binding(KeyFigure.CASE_TYPE_MEAN_DAYS, "陳情"));
		for (String name : new String[] { "phone.mean", "survey.STAFF.satisfactionRate", "cases.陳情.onTimeRate",
				"cases.meanDays" }) {
			assertThat(KeyFigure.parse(name).orElseThrow().key()).isEqualTo(name);
		}
	}

	@Test
	void namesThatAreNoFigureParseToNothing() {
		assertThat(KeyFigure.parse("phone.median")).isEmpty();
		assertThat(KeyFigure.parse("survey..satisfactionRate")).isEmpty();
		assertThat(KeyFigure.parse("survey.satisfactionRate")).isEmpty();
		assertThat(KeyFigure.parse("cases.抱怨.meanDays")).isEmpty();
		assertThat(KeyFigure.parse("Phone.Mean")).isEmpty();
		assertThat(KeyFigure.parse("")).isEmpty();
		assertThat(KeyFigure.parse(null)).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> KeyFigure.CASE_TYPE_MEAN_DAYS.key("抱怨"));
	}

	@Test
	void theValidValuesListEveryMetricWithItsParameters() {
		assertThat(KeyFigure.validValues()).isEqualTo("measures.completionRate、phone.mean、phone.passRate、"
				+ "survey.<問卷代碼>.satisfactionRate、cases.onTimeRate、cases.meanDays、cases.<類型>.onTimeRate、"
				+ "cases.<類型>.meanDays（類型為申辦或陳情）");
		assertThat(Arrays.stream(KeyFigure.values()).map(KeyFigure::template))
			.allMatch(KeyFigure.validValues()::contains);
	}

	@Test
	void aRateBecomesAPercentageByShiftingTheDecimalPoint() {
		// 0.145 × 100 = 14.499999999999998 in doubles; shifted it is 14.5, as Rounding.percent shows it
		assertThat(0.145 * 100).isNotEqualTo(14.5);
		assertThat(Scale.RATE.actual(0.145)).isEqualTo(14.5);
		assertThat(Scale.RATE.actual(2.0 / 3)).isEqualTo(66.66666666666666);
		assertThat(Rounding.halfUp(Scale.RATE.actual(0.8125), 1))
			.isEqualByComparingTo(Rounding.percent(0.8125, 1));
		assertThat(Scale.SCORE.actual(87.25)).isEqualTo(87.25);
		assertThat(Scale.DAYS.actual(4.5)).isEqualTo(4.5);
		assertThat(Scale.RATE.unit()).isEqualTo("%");
	}

	@Test
	void theReadmeTableListsEveryMetricInOrderWithTheUnitABlankOneTakes() throws IOException {
		List<String> readme = Files.readAllLines(Path.of("README.md"));
		int header = readme.indexOf("| 指標來源 | the actual is | blank 指標單位 becomes |");
		assertThat(header).as("the 指標來源 table in README.md").isPositive();
		List<String[]> rows = readme.subList(header + 2, readme.size())
			.stream()
			.takeWhile((line) -> line.startsWith("| "))
			.map((line) -> line.split(" \\| "))
			.toList();
		assertThat(rows).extracting((cells) -> cells[0].substring(2).replace("`", ""))
			.containsExactly(Arrays.stream(KeyFigure.values()).map(KeyFigure::template).toArray(String[]::new));
		assertThat(rows).extracting((cells) -> cells[2].replace("`", "").replace(" |", ""))
			.containsExactly(Arrays.stream(KeyFigure.values()).map((m) -> m.scale().unit()).toArray(String[]::new));
	}

}
