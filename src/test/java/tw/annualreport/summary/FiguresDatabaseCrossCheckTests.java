package tw.annualreport.summary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import tools.jackson.databind.JsonNode;

import tw.annualreport.summary.GeneratedAgency.Case;
import tw.annualreport.summary.GeneratedAgency.Execution;
import tw.annualreport.summary.GeneratedAgency.Node;
import tw.annualreport.summary.GeneratedAgency.PhoneCall;
import tw.annualreport.summary.GeneratedAgency.Response;
import tw.annualreport.summary.GeneratedAgency.Survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static tw.annualreport.summary.AnnualReportJobRuns.element;

/**
 * A realistic agency-year (fixed seed: 3,000 survey responses over two surveys, 300 phone
 * tests, 1,000 cases, a plan of about 60 nodes with 200 execution records) goes through the
 * whole job: CSV import into the database, figures streamed back out of it, summary.json. Each
 * figure is then recomputed here, naively, from the generated rows (lists, two-pass variances,
 * sorting for the median), sharing nothing with the figures package but SPEC §4.
 */
// the same properties as the other job tests on the default in-memory database: one shared context (docs/tests.md)
@SpringBootTest(properties = "annual-report.cli.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FiguresDatabaseCrossCheckTests {

	private static final String AGENCY = "TST-GEN";

	private static final int YEAR = GeneratedAgency.YEAR;

	private static final double TOLERANCE = 1e-9;

	private static final double Z = 1.96;

	@TempDir
	static Path temp;

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job annualReportJob;

	private final GeneratedAgency data = new GeneratedAgency(AGENCY, 20250115L, 200, 300, 2400, 600, 1000);

	private Path input;

	private Path out;

	private JsonNode summary;

	@BeforeAll
	void importAndComputeTheGeneratedAgency() {
		this.input = temp.resolve("in").resolve(AGENCY);
		this.out = temp.resolve("out");
		this.data.write(this.input);
		AnnualReportJobRuns.runCompleted(this.jobOperator, this.annualReportJob,
				AnnualReportJobRuns.parameters(AGENCY, YEAR, this.input, this.out, 1));
		this.summary = AnnualReportJobRuns.readSummary(this.out, AGENCY, YEAR);
	}

	@Test
	void generatedDataSetHasTheIntendedSize() {
		assertThat(this.data.plan).hasSizeBetween(40, 80);
		assertThat(this.summary.get("rows").get("survey_responses").get("accepted").longValue()).isEqualTo(3000);
		assertThat(this.summary.get("rows").get("phone_tests").get("accepted").longValue()).isEqualTo(300);
		assertThat(this.summary.get("rows").get("cases").get("accepted").longValue()).isEqualTo(1000);
		assertThat(this.summary.get("rows").get("executions").get("accepted").longValue()).isEqualTo(200);
		for (JsonNode file : this.summary.get("rows")) {
			assertThat(file.get("rejected").longValue()).isZero();
		}
	}

	// ------------------------------------------------------------------ measures

	@Test
	void measureTotalsAndRollupsAgreeWithANaiveCount() {
		List<String> leaves = this.data.plan.stream().map(Node::code).filter(this.data::isLeaf).toList();
		int completed = 0;
		int inProgress = 0;
		for (String leaf : leaves) {
			List<Execution> records = this.data.executions.stream().filter((e) -> e.measure().equals(leaf)).toList();
			if (records.stream().anyMatch((e) -> e.status().equals("已完成") || e.status().equals("完成"))) {
				completed++;
			}
			else if (!records.isEmpty()) {
				inProgress++;
			}
		}
		JsonNode measures = this.summary.get("measures");
		assertThat(measures.get("total").longValue()).isEqualTo(leaves.size());
		assertThat(measures.get("completed").longValue()).isEqualTo(completed);
		assertThat(measures.get("inProgress").longValue()).isEqualTo(inProgress);
		assertThat(measures.get("notStarted").longValue()).isEqualTo(leaves.size() - completed - inProgress);
		assertThat(measures.get("completionRate").doubleValue())
			.isCloseTo((double) completed / leaves.size(), within(TOLERANCE));
		for (Node node : this.data.plan) {
			long sessions = 0;
			long participants = 0;
			for (Execution e : this.data.executions) {
				if (e.measure().equals(node.code()) || e.measure().startsWith(node.code() + ".")) {
					sessions += e.sessions();
					participants += e.participants();
				}
			}
			JsonNode json = element(this.summary.get("tree"), "code", node.code());
			assertThat(json.get("sessions").longValue()).as("場次 of " + node.code()).isEqualTo(sessions);
			assertThat(json.get("participants").longValue()).as("人次 of " + node.code()).isEqualTo(participants);
		}
	}

	@Test
	void indicatorAchievementAgreesWithTheLatestDatedActual() {
		int withActual = 0;
		for (Node node : this.data.plan.stream().filter(Node::indicator).toList()) {
			LocalDate latest = null;
			Double actual = null;
			for (Execution e : this.data.executions) { // file order: on the same date the later row wins
				if (e.measure().equals(node.code()) && e.actual() != null
						&& (latest == null || !e.date().isBefore(latest))) {
					latest = e.date();
					actual = e.actual();
				}
			}
			JsonNode json = element(this.summary.get("indicators"), "code", node.code());
			if (actual == null || actual == 0) {
				assertThat(json.get("achievement").isNull()).isEqualTo(actual == null || node.lower());
				continue;
			}
			withActual++;
			double achievement = node.lower() ? node.target() / actual : actual / node.target();
			assertThat(json.get("actual").doubleValue()).isEqualTo(actual);
			assertThat(json.get("achievement").doubleValue()).as(node.code()).isCloseTo(achievement, within(TOLERANCE));
			assertThat(json.get("yoyGrowth").doubleValue())
				.isCloseTo((actual - node.previous()) / node.previous(), within(TOLERANCE));
		}
		assertThat(withActual).isPositive();
	}

	// ------------------------------------------------------------------ phone tests

	@Test
	void phoneTestFiguresAgreeWithANaiveComputation() {
		List<Double> totals = new ArrayList<>();
		for (PhoneCall call : this.data.phoneTests) {
			totals.add(total(call));
		}
		JsonNode phone = this.summary.get("phoneTests");
		assertGroup(phone, this.data.phoneTests, totals);
		assertThat(phone.get("meanChange").doubleValue()).isCloseTo(mean(totals) - 82.1, within(TOLERANCE));
		Map<String, List<PhoneCall>> byUnit = new LinkedHashMap<>();
		this.data.phoneTests.forEach((c) -> byUnit.computeIfAbsent(c.unit(), (u) -> new ArrayList<>()).add(c));
		assertThat(phone.get("units")).hasSize(byUnit.size());
		byUnit.forEach((unit, calls) -> assertGroup(element(phone.get("units"), "name", unit), calls,
				calls.stream().map(FiguresDatabaseCrossCheckTests::total).toList()));
	}

	private static void assertGroup(JsonNode json, List<PhoneCall> calls, List<Double> totals) {
		List<Double> sorted = new ArrayList<>(totals);
		sorted.sort(null);
		long passed = totals.stream().filter((t) -> t >= 80).count();
		assertThat(json.get("count").longValue()).isEqualTo(totals.size());
		assertThat(json.get("mean").doubleValue()).isCloseTo(mean(totals), within(TOLERANCE));
		assertThat(json.get("min").doubleValue()).isCloseTo(sorted.get(0), within(TOLERANCE));
		assertThat(json.get("max").doubleValue()).isCloseTo(sorted.get(sorted.size() - 1), within(TOLERANCE));
		assertThat(json.get("passRate").doubleValue()).isCloseTo((double) passed / totals.size(), within(TOLERANCE));
		for (int item = 0; item < 5; item++) {
			List<Double> shares = new ArrayList<>();
			for (PhoneCall call : calls) {
				if (call.scores()[item] != null) {
					shares.add(call.scores()[item] / GeneratedAgency.ITEM_MAX[item]);
				}
			}
			JsonNode itemJson = element(json.get("items"), "code", GeneratedAgency.ITEM_CODES[item]);
			assertThat(itemJson.get("scored").longValue()).isEqualTo(shares.size());
			assertThat(itemJson.get("meanShare").doubleValue()).as(GeneratedAgency.ITEM_CODES[item])
				.isCloseTo(mean(shares), within(TOLERANCE));
		}
	}

	private static double total(PhoneCall call) {
		double scored = 0;
		double max = 0;
		for (int item = 0; item < 5; item++) {
			if (call.scores()[item] != null) {
				scored += call.scores()[item];
				max += GeneratedAgency.ITEM_MAX[item];
			}
		}
		return 100 * scored / max;
	}

	// ------------------------------------------------------------------ surveys

	@Test
	void surveyFiguresAgreeWithANaiveComputation() {
		for (Survey survey : this.data.surveys) {
			List<int[]> respondents = new ArrayList<>();
			for (Response r : this.data.responses) {
				if (r.survey().equals(survey.code()) && countValid(r.answers()) > 0) {
					respondents.add(r.answers());
				}
			}
			JsonNode json = element(this.summary.get("surveys"), "code", survey.code());
			int n = respondents.size();
			assertThat(json.get("respondents").longValue()).isEqualTo(n);
			int k = survey.dimensions().length;
			// overall: the overall question, else every question pooled
			List<Integer> overallQuestions = new ArrayList<>();
			for (int q = 0; q < k; q++) {
				if (survey.overallQuestion() == 0 || survey.overallQuestion() == q + 1) {
					overallQuestions.add(q);
				}
			}
			long[] overall = satisfiedAndValid(respondents, overallQuestions);
			double rate = (double) overall[0] / overall[1];
			assertThat(json.get("satisfactionRate").doubleValue()).isCloseTo(rate, within(TOLERANCE));
			// one question: Wilson; pooled over several: respondents as clusters
			double[] interval = (overallQuestions.size() == 1) ? wilson(overall[0], overall[1])
					: cluster(respondents, overallQuestions, survey.population());
			assertThat(json.get("interval95").get("method").asString())
				.isEqualTo((overallQuestions.size() == 1) ? "wilson" : "cluster");
			assertThat(json.get("interval95").get("lower").doubleValue()).isCloseTo(interval[0], within(TOLERANCE));
			assertThat(json.get("interval95").get("upper").doubleValue()).isCloseTo(interval[1], within(TOLERANCE));
			double samplingError = Z * Math.sqrt(0.25 / n);
			if (survey.population() != null) {
				double bigN = survey.population();
				samplingError *= Math.sqrt((bigN - n) / (bigN - 1));
			}
			assertThat(json.get("samplingError").doubleValue()).isCloseTo(samplingError, within(TOLERANCE));
			// dimensions pooled over their questions
			Map<String, List<Integer>> dimensions = new LinkedHashMap<>();
			for (int q = 0; q < k; q++) {
				dimensions.computeIfAbsent(survey.dimensions()[q], (d) -> new ArrayList<>()).add(q);
			}
			assertThat(json.get("dimensions")).hasSize(dimensions.size());
			dimensions.forEach((name, questions) -> {
				long[] pooled = satisfiedAndValid(respondents, questions);
				JsonNode dimension = element(json.get("dimensions"), "name", name);
				assertThat(dimension.get("satisfactionRate").doubleValue()).as(name)
					.isCloseTo((double) pooled[0] / pooled[1], within(TOLERANCE));
				assertThat(dimension.get("mean").doubleValue()).as(name)
					.isCloseTo(meanAnswer(respondents, questions), within(TOLERANCE));
				double[] pooledInterval = (questions.size() == 1) ? wilson(pooled[0], pooled[1])
						: cluster(respondents, questions, survey.population());
				assertThat(dimension.get("interval95").get("lower").doubleValue()).as(name)
					.isCloseTo(pooledInterval[0], within(TOLERANCE));
				assertThat(dimension.get("interval95").get("upper").doubleValue()).as(name)
					.isCloseTo(pooledInterval[1], within(TOLERANCE));
			});
			// per question
			for (int q = 0; q < k; q++) {
				long[] one = satisfiedAndValid(respondents, List.of(q));
				JsonNode question = json.get("questions").get(q);
				assertThat(question.get("valid").longValue()).isEqualTo(one[1]);
				assertThat(question.get("satisfactionRate").doubleValue()).isCloseTo((double) one[0] / one[1],
						within(TOLERANCE));
				assertThat(question.get("mean").doubleValue()).isCloseTo(meanAnswer(respondents, List.of(q)),
						within(TOLERANCE));
			}
			// Cronbach's α, listwise, two-pass sample variances
			List<int[]> complete = respondents.stream().filter((a) -> countValid(a) == a.length).toList();
			double itemVariances = 0;
			for (int q = 0; q < k; q++) {
				int item = q;
				itemVariances += sampleVariance(complete.stream().map((a) -> (double) a[item]).toList());
			}
			double totalVariance = sampleVariance(
					complete.stream().map((a) -> (double) java.util.Arrays.stream(a).sum()).toList());
			double alpha = (double) k / (k - 1) * (1 - itemVariances / totalVariance);
			assertThat(json.get("cronbachRespondents").longValue()).isEqualTo(complete.size());
			assertThat(json.get("cronbachAlpha").doubleValue()).as("α of " + survey.code())
				.isCloseTo(alpha, within(TOLERANCE));
		}
	}

	private static int countValid(int[] answers) {
		int valid = 0;
		for (int a : answers) {
			if (a >= 1 && a <= 5) {
				valid++;
			}
		}
		return valid;
	}

	private static long[] satisfiedAndValid(List<int[]> respondents, List<Integer> questions) {
		long satisfied = 0;
		long valid = 0;
		for (int[] answers : respondents) {
			for (int q : questions) {
				if (answers[q] >= 1 && answers[q] <= 5) {
					valid++;
					if (answers[q] >= 4) {
						satisfied++;
					}
				}
			}
		}
		return new long[] { satisfied, valid };
	}

	private static double meanAnswer(List<int[]> respondents, List<Integer> questions) {
		List<Double> values = new ArrayList<>();
		for (int[] answers : respondents) {
			for (int q : questions) {
				if (answers[q] >= 1 && answers[q] <= 5) {
					values.add((double) answers[q]);
				}
			}
		}
		return mean(values);
	}

	/** r ± 1.96 √v, v = Σ(yᵢ − r·xᵢ)² ÷ (n (n − 1) x̄²) × (N − n) ÷ (N − 1), over respondents with a valid answer. */
	private static double[] cluster(List<int[]> respondents, List<Integer> questions, Number population) {
		List<long[]> clusters = new ArrayList<>();
		for (int[] answers : respondents) {
			long[] own = satisfiedAndValid(List.<int[]>of(answers), questions);
			if (own[1] > 0) {
				clusters.add(own);
			}
		}
		double n = clusters.size();
		double ratio = (double) clusters.stream().mapToLong((c) -> c[0]).sum() / clusters.stream().mapToLong((c) -> c[1]).sum();
		double xBar = clusters.stream().mapToLong((c) -> c[1]).average().orElseThrow();
		double residuals = clusters.stream().mapToDouble((c) -> Math.pow(c[0] - ratio * c[1], 2)).sum();
		double v = residuals / (n * (n - 1) * xBar * xBar);
		if (population != null) {
			double bigN = population.doubleValue();
			v *= (bigN - n) / (bigN - 1);
		}
		return new double[] { Math.max(0, ratio - Z * Math.sqrt(v)), Math.min(1, ratio + Z * Math.sqrt(v)) };
	}

	private static double[] wilson(long successes, long trials) {
		double p = (double) successes / trials;
		double centre = p + Z * Z / (2.0 * trials);
		double spread = Z * Math.sqrt(p * (1 - p) / trials + Z * Z / (4.0 * trials * trials));
		double scale = 1 + Z * Z / trials;
		return new double[] { (centre - spread) / scale, (centre + spread) / scale };
	}

	// ------------------------------------------------------------------ cases

	@Test
	void caseFiguresAgreeWithANaiveComputation() {
		List<Long> days = new ArrayList<>();
		int onTime = 0;
		int overdue = 0;
		for (Case c : this.data.cases) {
			boolean closed = c.closed() != null && !c.closed().isAfter(GeneratedAgency.YEAR_END);
			if (closed) {
				long d = ChronoUnit.DAYS.between(c.received(), c.closed());
				days.add(d);
				if (d <= c.limitDays()) {
					onTime++;
				}
			}
			else if (c.received().plusDays(c.limitDays()).isBefore(GeneratedAgency.YEAR_END)) {
				overdue++;
			}
		}
		days.sort(null);
		int m = days.size();
		double median = (m % 2 == 1) ? days.get(m / 2) : (days.get(m / 2 - 1) + days.get(m / 2)) / 2.0;
		JsonNode cases = this.summary.get("cases");
		assertThat(cases.get("closed").longValue()).isEqualTo(m);
		assertThat(cases.get("onTimeRate").doubleValue()).isCloseTo((double) onTime / m, within(TOLERANCE));
		assertThat(cases.get("meanDays").doubleValue())
			.isCloseTo(mean(days.stream().map(Long::doubleValue).toList()), within(TOLERANCE));
		assertThat(cases.get("medianDays").doubleValue()).isCloseTo(median, within(TOLERANCE));
		assertThat(cases.get("overdueCount").longValue()).isEqualTo(overdue);
		assertThat(cases.get("overdue")).hasSize(overdue);
		assertThat(overdue).isPositive();
	}

	// ------------------------------------------------------------------ re-run

	@Test
	void reRunningTheSameAgencyYearAsANewInstanceWritesAByteIdenticalSummary() throws IOException {
		byte[] first = Files.readAllBytes(AnnualReportJobRuns.summaryFile(this.out, AGENCY, YEAR));
		Path secondOut = temp.resolve("out-rerun");
		AnnualReportJobRuns.runCompleted(this.jobOperator, this.annualReportJob,
				AnnualReportJobRuns.parameters(AGENCY, YEAR, this.input, secondOut, 2));
		byte[] second = Files.readAllBytes(AnnualReportJobRuns.summaryFile(secondOut, AGENCY, YEAR));
		assertThat(second).isEqualTo(first);
	}

	// ------------------------------------------------------------------ naive helpers

	private static double mean(List<Double> values) {
		double sum = 0;
		for (double v : values) {
			sum += v;
		}
		return sum / values.size();
	}

	private static double sampleVariance(List<Double> values) {
		double mean = mean(values);
		double squares = 0;
		for (double v : values) {
			squares += (v - mean) * (v - mean);
		}
		return squares / (values.size() - 1);
	}

}
