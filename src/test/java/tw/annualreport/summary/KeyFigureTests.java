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
import static org.assertj.core.api.Assertions.within;

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
				+ "cases.<類型>.meanDays、measure.sessions、measure.participants（類型為申辦或陳情）");
		assertThat(Arrays.stream(KeyFigure.values()).map(KeyFigure::template))
			.allMatch(KeyFigure.validValues()::contains);
	}

	/** KHH-ZY 2.1.2 printed 場次 38 beside its indicator 衛教宣導場次 「實績 56 場」: bound, they are one number. */
	@Test
	void aMeasureSourceIsTheIndicatorsOwnMeasuresSumAsTheTreeHoldsIt() {
		AgencySummary summary = SummaryJson.read("""
				{"schemaVersion": 1, "year": 113, "gregorianYear": 2024, "agency": {"code": "A", "name": "甲所"},
				 "tree": [
				  {"code": "2", "level": 1, "title": "甲", "leaf": false, "sessions": 50, "participants": 900, "leaves": 1, "completed": 1, "inProgress": 0, "notStarted": 0},
				  {"code": "2.1", "parentCode": "2", "level": 2, "title": "乙", "leaf": false, "sessions": 50, "participants": 900, "leaves": 1, "completed": 1, "inProgress": 0, "notStarted": 0},
				  {"code": "2.1.2", "parentCode": "2.1", "level": 3, "title": "丙", "leaf": true, "sessions": 38, "participants": 436, "leaves": 1, "completed": 1, "inProgress": 0, "notStarted": 0}]}
				""");
		KeyFigure.Binding sessions = KeyFigure.parse("measure.sessions").orElseThrow();
		KeyFigure.Binding participants = KeyFigure.parse("measure.participants").orElseThrow();

		assertThat(sessions.figure().role()).isEqualTo(KeyFigure.Role.MEASURE_SOURCE);
		assertThat(sessions.value(summary, "2.1.2").value()).isEqualTo(38.0);
		assertThat(participants.value(summary, "2.1.2").value()).isEqualTo(436.0);
		assertThat(sessions.value(summary, "9.9.9").reason()).contains("9.9.9");
		assertThat(Scale.SESSIONS.text(38)).isEqualTo("38 場次");
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
			.containsExactly(Arrays.stream(KeyFigure.values()).map(KeyFigure::template).toArray(String[]::new));
		assertThat(rows).extracting((cells) -> cells[2].replace("`", "").replace(" |", ""))
			.containsExactly(Arrays.stream(KeyFigure.values()).map((m) -> m.scale().unit()).toArray(String[]::new));
	}

	/** Every key figure has one label, a scale, a value in a summary, and shows in every list made from them. */
	@Test
	void theOneListDrivesTheHeadlineTheBureauComparisonItsPoolingAndTheTrends() {
		AgencySummary summary = SummaryJson.read("""
				{"schemaVersion": 1, "year": 113, "gregorianYear": 2024,
				 "agency": {"code": "A", "name": "甲所"},
				 "measures": {"total": 10, "completed": 8, "inProgress": 0, "notStarted": 2, "completionRate": 0.8},
				 "phoneTests": {"count": 10, "mean": 88.6, "passed": 9, "passRate": 0.9, "threshold": 80},
				 "surveys": [{"code": "PUB", "title": "民眾滿意度調查", "respondents": 10, "satisfied": 9, "valid": 10,
				              "satisfactionRate": 0.9, "samplingErrorPopulationCorrected": false, "cronbachRespondents": 0}],
				 "cases": {"total": 10, "closed": 10, "open": 0, "onTime": 9, "onTimeRate": 0.9, "overdueCount": 0}}
				""");
		List<KeyFigure> key = Arrays.stream(KeyFigure.values()).filter((f) -> f.role() == KeyFigure.Role.KEY).toList();
		assertThat(KeyFigure.values()).allSatisfy((f) -> {
			assertThat(f.label()).isNotBlank();
			assertThat(f.scale()).isNotNull();
			assertThat(f.pooling() != null).isEqualTo(f.role() == KeyFigure.Role.KEY);
		});
		// one label per figure: no two share one
		assertThat(Arrays.stream(KeyFigure.values()).map(KeyFigure::template)).doesNotHaveDuplicates();
		List<Binding> figures = KeyFigure.of(summary);
		assertThat(figures).extracting(Binding::figure).containsExactlyElementsOf(key);
		assertThat(KeyFigures.all(summary).keySet()).containsExactlyElementsOf(figures.stream().map(Binding::key).toList());
		assertThat(Headline.lines(summary)).hasSize(figures.size())
			.containsExactly("措施完成率 80.0%", "電話禮貌測試平均 88.6 分", "電話禮貌測試通過率 90.0%", "民眾滿意度調查整體滿意度 90.0%",
					"案件準時結案率 90.0%");
		BureauSummary bureau = BureauSummary.of("B", "局", 113, List.of(summary), List.of(), List.of());
		assertThat(bureau.pooled().figures().keySet()).containsExactlyInAnyOrderElementsOf(KeyFigures.all(summary).keySet());
		assertThat(bureau.agencies().get(0).counts().keySet()).containsExactlyElementsOf(bureau.pooled().figures().keySet());
		assertThat(bureau.pooled().figures()).allSatisfy((metric, pooled) -> assertThat(pooled.value())
			.isEqualTo(KeyFigures.all(summary).get(metric), within(1e-9)));
		assertThat(tw.annualreport.report.ConsolidatedTables.of(bureau).header())
			.containsAll(figures.stream().map((b) -> b.label(KeyFigure.surveyTitles(summary))).toList());
		assertThat(KeyFigures.trendMetrics(summary)).isSubsetOf(KeyFigures.all(summary).keySet());
	}

}
