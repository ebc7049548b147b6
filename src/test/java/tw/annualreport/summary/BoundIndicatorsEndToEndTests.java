package tw.annualreport.summary;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import tools.jackson.databind.JsonNode;
import tw.annualreport.job.JobParameterNames;
import tw.annualreport.support.PdfText;
import tw.annualreport.support.RejectsCsv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static tw.annualreport.summary.AnnualReportJobRuns.csv;
import static tw.annualreport.summary.AnnualReportJobRuns.element;

/**
 * Indicators bound to computed figures (plan.csv 指標來源), on a small agency-year written by hand
 * and run through the whole job: each bound actual is the figure worked out by hand in the comments,
 * in the indicator's unit, and the report prints the same number in its indicator table as in
 * 參 and 肆. Report year 113 = 2024.
 */
// the same properties as the other job tests on the default in-memory database: one shared context (docs/tests.md)
@SpringBootTest(properties = "annual-report.cli.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoundIndicatorsEndToEndTests {

	private static final String AGENCY = "TST-BOUND";

	private static final int YEAR = 113;

	private static final double EXACT = 1e-9;

	@TempDir
	static Path temp;

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job annualReportJob;

	private Path out;

	private JsonNode summary;

	@BeforeAll
	void runJobOnHandMadeAgency() {
		Path input = temp.resolve("in").resolve(AGENCY);
		this.out = temp.resolve("out");
		writeAgencyFolder(input);
		var parameters = new JobParametersBuilder(AnnualReportJobRuns.parameters(AGENCY, YEAR, input, this.out, 1))
			.addString(JobParameterNames.FORMATS, "pdf,json", false)
			.toJobParameters();
		AnnualReportJobRuns.runCompleted(this.jobOperator, this.annualReportJob, parameters);
		this.summary = AnnualReportJobRuns.readSummary(this.out, AGENCY, YEAR);
	}

	static void writeAgencyFolder(Path input) {
		csv(input, "agency", List.of("機關代碼,機關名稱,上級機關代碼,上級機關名稱,收件信箱",
				AGENCY + ",測試衛生所,TST-P,測試市政府衛生局,office@example.org"));
		// 7 leaves under 1.1; six bound to a figure, 1.1.5 takes its actual from the records
		csv(input, "plan", List.of("項次,名稱,承辦單位,指標名稱,指標單位,指標方向,目標值,前一年度實績,指標來源",
				"1,便民服務,研考,,,,,,", "1.1,服務品質,研考,,,,,,",
				"1.1.1,電話禮貌,一組,電話禮貌測試平均分數,,高,85,,phone.mean",
				"1.1.2,滿意度調查,二組,民眾服務滿意度,%,高,90,88,survey.PUB.satisfactionRate",
				"1.1.3,陳情處理,二組,陳情案件平均處理日數,日,低,10,12,cases.陳情.meanDays",
				"1.1.4,申辦時效,一組,申辦案件準時結案率,,高,95,,cases.申辦.onTimeRate",
				"1.1.5,線上申辦,一組,線上申辦件數,件,高,200,160,",
				"1.1.6,計畫管考,研考,措施完成率,%,高,80,,measures.completionRate",
				"1.1.7,員工調查,研考,員工滿意度,%,高,80,,survey.XYZ.satisfactionRate"));
		// row 3 gives the bound 1.1.2 an actual: rejected (ACTUAL_ON_BOUND_INDICATOR), 1 of 8 rows
		csv(input, "executions", List.of("措施項次,執行日期,承辦單位,執行情形,場次,人次,指標實績,狀態,佐證",
				"1.1.1,113/03/10,一組,禮貌訓練,1,10,,已完成,", "1.1.2,113/06/01,二組,發放問卷,1,50,95,已完成,",
				"1.1.2,113/07/01,二組,問卷分析,1,0,,已完成,", "1.1.3,113/05/01,二組,陳情檢討,1,0,,執行中,",
				"1.1.4,113/04/01,一組,流程檢討,1,5,,已完成,", "1.1.5,113/09/20,一組,推廣,3,65,230,已完成,",
				"1.1.6,113/02/01,研考,管考會議,1,5,,已完成,", "1.1.7,113/08/01,研考,員工座談,1,20,,已完成,"));
		// maxima: OP_SPEED 25, OP_COURTESY 20, UNIT_SPEED 15, UNIT_COURTESY 25, UNIT_ANSWER 15
		csv(input, "phone_tests", List.of(
				"測試編號,測試日期,受測單位,測試人員,OP_SPEED,OP_COURTESY,UNIT_SPEED,UNIT_COURTESY,UNIT_ANSWER,扣分事由,備註",
				"T1,113/02/01,一組,甲,25,20,15,25,15,,", "T2,113/03/01,二組,甲,20,18,12,20,10,,",
				"T3,113/04/01,二組,乙,,,12,22,11,,直撥業務單位"));
		csv(input, "survey_questions", List.of("問卷代碼,問卷名稱,對象,母體數,題號,題目,構面,整體題",
				"PUB,民眾滿意度調查,民眾,,1,人員禮貌,服務品質,", "PUB,民眾滿意度調查,民眾,,2,整體而言滿意,整體滿意度,Y"));
		csv(input, "survey_responses", List.of("問卷代碼,回覆編號,填答日期,服務項目,性別,年齡層,Q1,Q2,意見",
				"PUB,P1,113/03/01,戶籍,女,30-39歲,5,5,", "PUB,P2,113/03/02,戶籍,男,30-39歲,4,4,",
				"PUB,P3,113/03/03,印鑑,女,40-49歲,3,3,", "PUB,P4,113/03/04,印鑑,男,40-49歲,4,4,",
				"PUB,P5,113/03/05,戶籍,女,50-59歲,2,2,", "PUB,P6,113/03/06,戶籍,男,50-59歲,9,9,"));
		csv(input, "cases", List.of("案件編號,類型,來源管道,業務類別,收件日期,處理期限日數,結案日期",
				"C1,申辦,臨櫃,戶政,113/03/01,5,113/03/04", "C2,陳情,市長信箱,環境,113/05/10,10,113/05/25",
				"C3,申辦,網路,戶政,113/07/01,7,113/07/10", "C4,陳情,1999,環境,113/08/01,30,113/08/06",
				"C5,申辦,電話,戶政,113/09/01,14,113/09/08"));
		csv(input, "history", List.of("年度,項目,數值", "112,phone.mean,84.5", "112,measures.completionRate,0.75",
				"112,survey.PUB.satisfactionRate,0.55"));
	}

	private JsonNode indicator(String code) {
		return element(this.summary.get("indicators"), "code", code);
	}

	@Test
	void aPhoneBoundIndicatorIsTheMeanScoreWithLastYearsMeanAsItsPrevious() {
		JsonNode i = indicator("1.1.1");
		// T1 100, T2 80, T3 (12 + 22 + 11) ÷ 55 × 100 = 900/11 → mean (180 + 900/11) ÷ 3 = 960/11 = 87.27…
		assertThat(i.get("actual").doubleValue()).isCloseTo(960.0 / 11, within(EXACT));
		assertThat(i.get("actual").doubleValue()).isEqualTo(this.summary.get("phoneTests").get("mean").doubleValue());
		assertThat(i.get("source").asString()).isEqualTo("phone.mean");
		assertThat(i.get("actualDate").isNull()).isTrue();
		// blank unit: the figure's 分; blank 前一年度實績: history.csv 112 phone.mean 84.5
		assertThat(i.get("unit").asString()).isEqualTo("分");
		assertThat(i.get("previous").doubleValue()).isEqualTo(84.5);
		// (960/11) ÷ 85 = 192/187; growth (960/11 − 84.5) ÷ 84.5
		assertThat(i.get("achievement").doubleValue()).isCloseTo(192.0 / 187, within(EXACT));
		assertThat(i.get("targetMet").booleanValue()).isTrue();
		assertThat(i.get("yoyGrowth").doubleValue()).isCloseTo((960.0 / 11 - 84.5) / 84.5, within(EXACT));
	}

	@Test
	void aSurveyBoundIndicatorIsTheOverallRateInPercentAndTheRecordsActualIsRejected() {
		JsonNode i = indicator("1.1.2");
		// Q2 (整體題) valid 5, 4, 3, 4, 2 (P6 = 9 不適用); satisfied (4-5) 3 → 3 ÷ 5 = 0.6 → 60 %
		assertThat(i.get("actual").doubleValue()).isEqualTo(60.0);
		// the record's 95 on 113/06/01 is rejected, not taken
		assertThat(RejectsCsv.read(this.out.resolve("113").resolve(AGENCY).resolve("rejects.csv")))
			.extracting(RejectsCsv.Line::row, RejectsCsv.Line::column, RejectsCsv.Line::value, RejectsCsv.Line::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("3", "指標實績", "95", "ACTUAL_ON_BOUND_INDICATOR"));
		// 前一年度實績 given in the plan (88) wins over history.csv (0.55)
		assertThat(i.get("previous").doubleValue()).isEqualTo(88.0);
		// 60 ÷ 90 = 2/3; growth (60 − 88) ÷ 88 = −7/22
		assertThat(i.get("achievement").doubleValue()).isCloseTo(2.0 / 3, within(EXACT));
		assertThat(i.get("targetMet").booleanValue()).isFalse();
		assertThat(i.get("yoyGrowth").doubleValue()).isCloseTo(-7.0 / 22, within(EXACT));
	}

	@Test
	void caseBoundIndicatorsTakeTheFiguresOfTheirType() {
		// 陳情 closed: C2 15 days, C4 5 days → mean 10; 低: 10 ÷ 10 = 1 → met; growth (10 − 12) ÷ 12 = −1/6
		JsonNode petitions = indicator("1.1.3");
		assertThat(petitions.get("actual").doubleValue()).isCloseTo(10.0, within(EXACT));
		assertThat(petitions.get("achievement").doubleValue()).isCloseTo(1.0, within(EXACT));
		assertThat(petitions.get("targetMet").booleanValue()).isTrue();
		assertThat(petitions.get("yoyGrowth").doubleValue()).isCloseTo(-1.0 / 6, within(EXACT));
		// 申辦: C1 3 ≤ 5, C3 9 > 7, C5 7 ≤ 14 → 2 of 3 on time = 66.67 %; unit blank → %; no previous anywhere
		JsonNode applications = indicator("1.1.4");
		assertThat(applications.get("actual").doubleValue()).isCloseTo(200.0 / 3, within(EXACT));
		assertThat(applications.get("unit").asString()).isEqualTo("%");
		assertThat(applications.get("achievement").doubleValue()).isCloseTo(200.0 / 3 / 95, within(EXACT));
		assertThat(applications.get("previous").isNull()).isTrue();
		assertThat(applications.get("yoyGrowth").isNull()).isTrue();
	}

	@Test
	void theCompletionRateIsBoundAndAnUnboundIndicatorStillTakesItsLatestRecord() {
		// leaves 1.1.1-1.1.7: all completed but 1.1.3 (執行中) → 6 ÷ 7; history 112: 0.75 → 75
		JsonNode rate = indicator("1.1.6");
		assertThat(rate.get("actual").doubleValue()).isCloseTo(600.0 / 7, within(EXACT));
		assertThat(rate.get("previous").doubleValue()).isEqualTo(75.0);
		// (6/7 − 0.75) ÷ 0.75 = 1/7
		assertThat(rate.get("yoyGrowth").doubleValue()).isCloseTo(1.0 / 7, within(EXACT));
		JsonNode unbound = indicator("1.1.5");
		assertThat(unbound.get("actual").doubleValue()).isEqualTo(230.0);
		assertThat(unbound.get("actualDate").asString()).isEqualTo("2024-09-20");
		assertThat(unbound.get("source").isNull()).isTrue();
	}

	@Test
	void aBoundFigureThatCannotBeComputedLeavesNoActualAndSaysWhy() {
		JsonNode i = indicator("1.1.7");
		assertThat(i.get("actual").isNull()).isTrue();
		assertThat(i.get("actualReason").asString()).isEqualTo(
				"指標來源 survey.XYZ.satisfactionRate 無法計算：問卷題目檔（survey_questions）沒有問卷代碼 XYZ");
		assertThat(i.get("achievementReason").asString()).isEqualTo("無指標實績");
	}

	@Test
	void theReportPrintsABoundActualAsTheSectionsItRepeatsPrintTheFigure() {
		String text = String.join("\n", PdfText.pages(this.out.resolve("113").resolve(AGENCY).resolve("report.pdf")));
		String flat = text.replace("\n", "");
		// 肆: the overall satisfaction of PUB; 參: the agency's mean score
		String survey = group(flat, "整體滿意度（整體滿意度題）為 ([0-9.]+)%");
		String phone = group(flat, "本年度共測試 3 次，平均 ([0-9.]+) 分");
		assertThat(survey).isEqualTo("60.0");
		assertThat(phone).isEqualTo("87.3");
		// the indicator table (二、量化指標達成情形), one line per indicator
		assertThat(group(text, "\n一\\(一\\)2 ＊民眾服務滿意度 % 90 ([0-9.]+) ")).isEqualTo(survey);
		assertThat(group(text, "\n一\\(一\\)1 ＊電話禮貌測試平均分數 分 85 ([0-9.]+) ")).isEqualTo(phone);
		assertThat(text).contains("一(一)3 ＊陳情案件平均處理日數（低者為佳） 日 10 10.0 100.0% 12.0 -16.7%（進步） 達成");
		assertThat(text).contains("一(一)5 線上申辦件數 件 200 230 115.0% 160 +43.8% 達成");
		// and the measure's own indicator line
		assertThat(flat).contains("【指標】民眾服務滿意度：目標 90%，實績 60.0%（本報告統計），達成率");
		assertThat(flat).contains("標示＊者之實績取自本報告之統計");
		assertThat(flat).contains("【指標】員工滿意度：目標 80%，實績無法計算（原因見陸、檢討與改進）")
			.doesNotContain("達成率 —");
	}

	private static String group(String text, String regex) {
		Matcher m = Pattern.compile(regex).matcher(text);
		assertThat(m.find()).as("%s in the report", regex).isTrue();
		return m.group(1);
	}

}
