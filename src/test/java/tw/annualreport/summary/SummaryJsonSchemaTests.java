package tw.annualreport.summary;

import org.junit.jupiter.api.Test;

import tw.annualreport.figures.Interval;

import static org.assertj.core.api.Assertions.assertThat;

/** summary.json of schema 2 round-trips; one of schema 1 (stored in earlier years) still reads. */
class SummaryJsonSchemaTests {

	@Test
	void anIntervalIsWrittenWithItsMethodAndReadBack() {
		AgencySummary summary = SummaryJson.read("""
				{"schemaVersion": 2, "year": 113, "gregorianYear": 2024, "agency": {"code": "A", "name": "甲所"},
				 "surveys": [{"code": "STAFF", "respondents": 34, "satisfied": 197, "valid": 265,
				              "samplingErrorPopulationCorrected": true, "cronbachRespondents": 30,
				              "interval95": {"lower": 0.69, "upper": 0.79, "method": "cluster"},
				              "byGender": [{"name": "女", "respondents": 8, "satisfied": 6, "valid": 8, "interval95": null,
				                            "interval95Reason": "樣本數未滿 10 人，不估計信賴區間", "smallSample": true}]}]}
				""");
		AgencySummary.Survey survey = summary.surveys().get(0);
		assertThat(survey.interval95().method()).isEqualTo(Interval.Method.CLUSTER);
		assertThat(survey.byGender().get(0).smallSample()).isTrue();
		String json = SummaryJson.write(summary);
		assertThat(json).contains("\"method\" : \"cluster\"").doesNotContain("CLUSTER");
		assertThat(SummaryJson.read(json)).isEqualTo(summary);
	}

	@Test
	void aStoredSummaryOfSchemaOneStillReadsWithoutIntervals() {
		AgencySummary summary = SummaryJson.read("""
				{"schemaVersion": 1, "year": 112, "gregorianYear": 2023, "agency": {"code": "A", "name": "甲所"},
				 "surveys": [{"code": "PUB", "respondents": 360, "satisfied": 289, "valid": 341, "satisfactionRate": 0.85,
				              "samplingErrorPopulationCorrected": false, "cronbachRespondents": 165,
				              "wilson95": {"lower": 0.80, "upper": 0.88},
				              "byGender": [{"name": "女", "respondents": 184, "satisfied": 160, "valid": 184, "wilson95": {"lower": 0.8, "upper": 0.9}}]}]}
				""");
		assertThat(summary.surveys().get(0).satisfactionRate()).isEqualTo(0.85);
		assertThat(summary.surveys().get(0).interval95()).isNull();
		assertThat(summary.surveys().get(0).byGender().get(0).smallSample()).isFalse();
	}

}
