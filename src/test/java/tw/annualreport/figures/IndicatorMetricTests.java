package tw.annualreport.figures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import tw.annualreport.figures.IndicatorMetric.Binding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The metric names a plan's 指標來源 may give, parsed and written back the same. */
class IndicatorMetricTests {

	@Test
	void everyNameParsesToItsMetricAndBack() {
		assertThat(IndicatorMetric.parse("measures.completionRate")).contains(new Binding(IndicatorMetric.COMPLETION_RATE, null));
		assertThat(IndicatorMetric.parse("phone.mean")).contains(new Binding(IndicatorMetric.PHONE_MEAN, null));
		assertThat(IndicatorMetric.parse("phone.passRate")).contains(new Binding(IndicatorMetric.PHONE_PASS_RATE, null));
		assertThat(IndicatorMetric.parse("survey.PUB.satisfactionRate"))
			.contains(new Binding(IndicatorMetric.SURVEY_SATISFACTION_RATE, "PUB"));
		assertThat(IndicatorMetric.parse("cases.onTimeRate")).contains(new Binding(IndicatorMetric.CASES_ON_TIME_RATE, null));
		assertThat(IndicatorMetric.parse("cases.meanDays")).contains(new Binding(IndicatorMetric.CASES_MEAN_DAYS, null));
		assertThat(IndicatorMetric.parse("cases.申辦.onTimeRate"))
			.contains(new Binding(IndicatorMetric.CASE_TYPE_ON_TIME_RATE, "申辦"));
		assertThat(IndicatorMetric.parse("cases.陳情.meanDays")).contains(new Binding(IndicatorMetric.CASE_TYPE_MEAN_DAYS, "陳情"));
		for (String name : new String[] { "phone.mean", "survey.STAFF.satisfactionRate", "cases.陳情.onTimeRate",
				"cases.meanDays" }) {
			assertThat(IndicatorMetric.parse(name).orElseThrow().key()).isEqualTo(name);
		}
	}

	@Test
	void namesThatAreNoFigureParseToNothing() {
		assertThat(IndicatorMetric.parse("phone.median")).isEmpty();
		assertThat(IndicatorMetric.parse("survey..satisfactionRate")).isEmpty();
		assertThat(IndicatorMetric.parse("survey.satisfactionRate")).isEmpty();
		assertThat(IndicatorMetric.parse("cases.抱怨.meanDays")).isEmpty();
		assertThat(IndicatorMetric.parse("Phone.Mean")).isEmpty();
		assertThat(IndicatorMetric.parse("")).isEmpty();
		assertThat(IndicatorMetric.parse(null)).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> IndicatorMetric.CASE_TYPE_MEAN_DAYS.key("抱怨"));
	}

	@Test
	void theValidValuesListEveryMetricWithItsParameters() {
		assertThat(IndicatorMetric.validValues()).isEqualTo("measures.completionRate、phone.mean、phone.passRate、"
				+ "survey.<問卷代碼>.satisfactionRate、cases.onTimeRate、cases.meanDays、cases.<類型>.onTimeRate、"
				+ "cases.<類型>.meanDays（類型為申辦或陳情）");
		assertThat(Arrays.stream(IndicatorMetric.values()).map(IndicatorMetric::template))
			.allMatch(IndicatorMetric.validValues()::contains);
	}

	@Test
	void aRateBecomesAPercentageByShiftingTheDecimalPoint() {
		// 0.145 × 100 = 14.499999999999998 in doubles; shifted it is 14.5, as Rounding.percent shows it
		assertThat(0.145 * 100).isNotEqualTo(14.5);
		assertThat(IndicatorMetric.Scale.RATE.actual(0.145)).isEqualTo(14.5);
		assertThat(IndicatorMetric.Scale.RATE.actual(2.0 / 3)).isEqualTo(66.66666666666666);
		assertThat(Rounding.halfUp(IndicatorMetric.Scale.RATE.actual(0.8125), 1))
			.isEqualByComparingTo(Rounding.percent(0.8125, 1));
		assertThat(IndicatorMetric.Scale.SCORE.actual(87.25)).isEqualTo(87.25);
		assertThat(IndicatorMetric.Scale.DAYS.actual(4.5)).isEqualTo(4.5);
		assertThat(IndicatorMetric.Scale.RATE.unit()).isEqualTo("%");
	}

	@Test
	void theImportContractTableListsEveryMetricInOrderWithTheUnitABlankOneTakes() throws IOException {
		List<String> doc = Files.readAllLines(Path.of("docs/import.md"));
		int header = doc.indexOf("| 指標來源 | the actual is | blank 指標單位 becomes |");
		assertThat(header).as("the 指標來源 table in docs/import.md").isPositive();
		List<String[]> rows = doc.subList(header + 2, doc.size())
			.stream()
			.takeWhile((line) -> line.startsWith("| "))
			.map((line) -> line.split(" \\| "))
			.toList();
		assertThat(rows).extracting((cells) -> cells[0].substring(2).replace("`", ""))
			.containsExactly(Arrays.stream(IndicatorMetric.values()).map(IndicatorMetric::template).toArray(String[]::new));
		assertThat(rows).extracting((cells) -> cells[2].replace("`", "").replace(" |", ""))
			.containsExactly(Arrays.stream(IndicatorMetric.values()).map((m) -> m.scale().unit()).toArray(String[]::new));
	}

}
