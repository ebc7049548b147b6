package tw.annualreport.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import tw.annualreport.figures.MeasureRollup.LeafActivity;
import tw.annualreport.figures.MeasureRollup.Node;
import tw.annualreport.figures.SurveyStatistics.Question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every figure computed twice on a realistic random data set (fixed seed): once by the
 * streaming accumulators, once by the deliberately naive code below (lists, two-pass
 * variances, sorting for medians), which shares nothing with the library but the
 * definitions of SPEC §4.
 */
class FiguresCrossCheckTests {

	private static final double TOLERANCE = 1e-9;

	private static final double Z = 1.96;

	private static final long POPULATION = 50_000L;

	private final Random random = new Random(20240101L);

	// ---------------------------------------------------------------- surveys

	record Respondent(String service, String gender, String ageBand, int[] answers) {
	}

	@Test
	void surveyFiguresAgreeWithANaiveComputation() {
		List<Question> questions = new ArrayList<>();
		String[] dimensions = { "洽公環境", "服務禮儀", "服務專業性", "服務措施" };
		for (int q = 0; q < 11; q++) {
			questions.add(new Question("Q" + (q + 1), dimensions[q % 4], false));
		}
		questions.add(new Question("Q12", "整體滿意度", true));
		List<Respondent> respondents = new ArrayList<>();
		String[] services = { "戶籍登記", "印鑑證明", "預防接種", "長照申請", "" };
		String[] genders = { "男", "女", "", "男", "女" };
		String[] ages = { "20歲以下", "20-29歲", "30-39歲", "40-49歲", "50-59歲", "60歲以上" };
		for (int r = 0; r < 2000; r++) {
			int[] answers = new int[12];
			boolean blankForm = this.random.nextInt(100) == 0; // ~1 % hand in nothing valid
			for (int q = 0; q < 12; q++) {
				int roll = this.random.nextInt(100);
				answers[q] = blankForm ? (roll < 50 ? 0 : 9) : roll < 8 ? 0 : roll < 13 ? 9 : likert();
			}
			respondents.add(new Respondent(pick(services), pick(genders), pick(ages), answers));
		}

		for (List<Question> variant : List.of(questions, unmarked(questions))) {
			SurveyStatistics stats = new SurveyStatistics(variant, POPULATION);
			respondents.forEach((r) -> stats.add(r.service(), r.gender(), r.ageBand(), r.answers()));
			SurveyStatistics.Result result = stats.result(0.8);
			checkSurvey(variant, respondents, result);
		}
	}

	private void checkSurvey(List<Question> questions, List<Respondent> all, SurveyStatistics.Result result) {
		List<Respondent> counted = all.stream().filter((r) -> validAnswers(r).size() > 0).toList();
		assertThat(result.respondents()).isEqualTo(counted.size());
		assertThat(counted.size()).isBetween(1900, 1990);

		for (int q = 0; q < questions.size(); q++) {
			List<Integer> answers = answersTo(counted, List.of(q));
			var figures = result.questions().get(q);
			assertThat(figures.valid()).isEqualTo(answers.size());
			for (int v = 1; v <= 5; v++) {
				int value = v;
				assertThat(figures.distribution().get(v - 1)).isEqualTo(answers.stream().filter((a) -> a == value).count());
			}
			check(figures.mean(), naiveMean(answers));
			checkRate(figures.satisfaction(), counted, List.of(q), POPULATION);
		}

		Set<String> dimensionOrder = new LinkedHashSet<>();
		questions.forEach((question) -> dimensionOrder.add(question.dimension()));
		assertThat(result.dimensions()).extracting(SurveyStatistics.DimensionFigures::name)
			.containsExactlyElementsOf(dimensionOrder);
		for (var dimension : result.dimensions()) {
			List<Integer> indexes = new ArrayList<>();
			for (int q = 0; q < questions.size(); q++) {
				if (questions.get(q).dimension().equals(dimension.name())) {
					indexes.add(q);
				}
			}
			List<Integer> answers = answersTo(counted, indexes);
			check(dimension.mean(), naiveMean(answers));
			checkRate(dimension.satisfaction(), counted, indexes, POPULATION);
		}

		int overall = -1;
		for (int q = 0; q < questions.size(); q++) {
			if (questions.get(q).overall()) {
				overall = q;
			}
		}
		List<Integer> overallIndexes = overallIndexes(questions.size(), overall);
		checkRate(result.overall().satisfaction(), counted, overallIndexes, POPULATION);
		check(result.rateChange(), naiveRate(answersTo(counted, overallIndexes)) - 0.8);

		// sampling error with N = 50 000
		double n = counted.size();
		check(result.samplingError().value(), Z * Math.sqrt(0.25 / n) * Math.sqrt((50_000 - n) / (50_000 - 1)));

		// Cronbach's α, listwise, two-pass sample variances
		List<Respondent> complete = counted.stream().filter((r) -> validAnswers(r).size() == questions.size()).toList();
		int k = questions.size();
		double sumOfItemVariances = 0;
		for (int q = 0; q < k; q++) {
			int item = q;
			sumOfItemVariances += sampleVariance(complete.stream().map((r) -> (double) r.answers()[item]).toList());
		}
		double totalVariance = sampleVariance(
				complete.stream().map((r) -> (double) Arrays.stream(r.answers()).sum()).toList());
		assertThat(result.cronbachAlpha().respondents()).isEqualTo(complete.size());
		check(result.cronbachAlpha().alpha(), (double) k / (k - 1) * (1 - sumOfItemVariances / totalVariance));

		checkBreakdown(result.byService(), counted, Respondent::service, overallIndexes);
		checkBreakdown(result.byGender(), counted, Respondent::gender, overallIndexes);
		checkBreakdown(result.byAgeBand(), counted, Respondent::ageBand, overallIndexes);
	}

	private void checkBreakdown(List<SurveyStatistics.GroupFigures> groups, List<Respondent> counted,
			Function<Respondent, String> key, List<Integer> overallIndexes) {
		Function<Respondent, String> label = (r) -> key.apply(r).isBlank() ? "未填" : key.apply(r);
		List<String> names = counted.stream().map(label).distinct().sorted().toList();
		if (names.equals(List.of("未填"))) {
			names = List.of(); // nobody gave the attribute: no breakdown
		}
		assertThat(groups).extracting(SurveyStatistics.GroupFigures::name).containsExactlyElementsOf(names);
		for (var group : groups) {
			List<Respondent> members = counted.stream().filter((r) -> label.apply(r).equals(group.name())).toList();
			assertThat(group.respondents()).isEqualTo(members.size());
			// a group's interval: no finite population correction (N is the survey's)
			checkRate(group.satisfaction(), members, overallIndexes, null);
			assertThat(group.smallSample()).isEqualTo(members.size() < 30);
		}
	}

	/**
	 * The rate of the answers to {@code questionIndexes}; its interval Wilson's for one question,
	 * else the ratio estimator's with respondents as clusters.
	 */
	private void checkRate(SurveyStatistics.Rate rate, List<Respondent> respondents, List<Integer> questionIndexes,
			Long population) {
		List<Integer> answers = answersTo(respondents, questionIndexes);
		assertThat(rate.valid()).isEqualTo(answers.size());
		check(rate.rate(), naiveRate(answers));
		double p = naiveRate(answers);
		double low;
		double high;
		if (questionIndexes.size() == 1) {
			double n = answers.size();
			// Wilson: (p + z²/2n ± z·√(p(1 − p)/n + z²/4n²)) ÷ (1 + z²/n)
			low = (p + Z * Z / (2 * n) - Z * Math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n))) / (1 + Z * Z / n);
			high = (p + Z * Z / (2 * n) + Z * Math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n))) / (1 + Z * Z / n);
			assertThat(rate.interval95().method()).isEqualTo(Interval.Method.WILSON);
		}
		else {
			double[] cluster = naiveClusterInterval(respondents, questionIndexes, population);
			low = cluster[0];
			high = cluster[1];
			assertThat(rate.interval95().method()).isEqualTo(Interval.Method.CLUSTER);
		}
		assertThat(rate.interval95().lower()).isCloseTo(low, within(TOLERANCE));
		assertThat(rate.interval95().upper()).isCloseTo(high, within(TOLERANCE));
	}

	/** r ± 1.96 √v, v = Σ(yᵢ − r·xᵢ)² ÷ (n (n − 1) x̄²) × (N − n) ÷ (N − 1), in two passes. */
	static double[] naiveClusterInterval(List<Respondent> respondents, List<Integer> questionIndexes, Long population) {
		List<double[]> clusters = new ArrayList<>(); // {y, x} of respondents with a valid answer
		for (Respondent r : respondents) {
			List<Integer> own = answersTo(List.of(r), questionIndexes);
			if (!own.isEmpty()) {
				clusters.add(new double[] { own.stream().filter((a) -> a >= 4).count(), own.size() });
			}
		}
		double n = clusters.size();
		double ratio = clusters.stream().mapToDouble((c) -> c[0]).sum() / clusters.stream().mapToDouble((c) -> c[1]).sum();
		double xBar = clusters.stream().mapToDouble((c) -> c[1]).average().orElseThrow();
		double residuals = clusters.stream().mapToDouble((c) -> Math.pow(c[0] - ratio * c[1], 2)).sum();
		double v = residuals / (n * (n - 1) * xBar * xBar);
		if (population != null) {
			v *= (population - n) / (population - 1);
		}
		return new double[] { Math.max(0, ratio - Z * Math.sqrt(v)), Math.min(1, ratio + Z * Math.sqrt(v)) };
	}

	private static List<Integer> overallIndexes(int k, int overall) {
		List<Integer> indexes = new ArrayList<>();
		for (int q = 0; q < k; q++) {
			if (overall < 0 || q == overall) {
				indexes.add(q);
			}
		}
		return indexes;
	}

	private static List<Integer> answersTo(List<Respondent> respondents, List<Integer> questionIndexes) {
		List<Integer> answers = new ArrayList<>();
		for (Respondent r : respondents) {
			for (int q : questionIndexes) {
				if (r.answers()[q] >= 1 && r.answers()[q] <= 5) {
					answers.add(r.answers()[q]);
				}
			}
		}
		return answers;
	}

	private static List<Integer> validAnswers(Respondent r) {
		List<Integer> valid = new ArrayList<>();
		for (int a : r.answers()) {
			if (a >= 1 && a <= 5) {
				valid.add(a);
			}
		}
		return valid;
	}

	private static double naiveRate(List<Integer> answers) {
		return (double) answers.stream().filter((a) -> a >= 4).count() / answers.size();
	}

	private static double naiveMean(List<Integer> answers) {
		double sum = 0;
		for (int a : answers) {
			sum += a;
		}
		return sum / answers.size();
	}

	private static double sampleVariance(List<Double> xs) {
		double mean = xs.stream().mapToDouble(Double::doubleValue).sum() / xs.size();
		double squares = 0;
		for (double x : xs) {
			squares += (x - mean) * (x - mean);
		}
		return squares / (xs.size() - 1);
	}

	private static List<Question> unmarked(List<Question> questions) {
		return questions.stream().map((q) -> new Question(q.no(), q.dimension(), false)).toList();
	}

	// skewed towards satisfied, as real surveys are
	private int likert() {
		int roll = this.random.nextInt(100);
		return roll < 3 ? 1 : roll < 8 ? 2 : roll < 30 ? 3 : roll < 70 ? 4 : 5;
	}

	// ------------------------------------------------------------ phone tests

	record PhoneTest(String unit, Map<String, BigDecimal> scores, List<String> reasons) {
	}

	@Test
	void phoneTestFiguresAgreeWithANaiveComputation() {
		PhoneTestScale scale = PhoneTestScale.municipalDefault();
		String[] units = { "一組", "二組", "三組", "秘書室", "民政課", "研考" };
		String[] reasons = { "未報單位名稱", "語氣冷淡", "轉接過久", "未使用問候語", "答非所問", "未留電話", "響鈴逾三聲", "未道再見" };
		List<PhoneTest> valid = new ArrayList<>();
		int rejected = 0;
		PhoneTestStatistics stats = new PhoneTestStatistics(scale, 80);
		for (int t = 0; t < 560; t++) {
			Map<String, BigDecimal> scores = new HashMap<>();
			int kind = this.random.nextInt(100);
			boolean operator = kind < 75 || kind >= 95;
			boolean unit = kind < 95;
			for (PhoneTestScale.Item item : scale.items()) {
				boolean inPart = item.part().equals("總機") ? operator : unit;
				if (inPart) {
					// half points, mostly near the top, in range
					int halves = item.max().intValue() * 2 - this.random.nextInt(item.max().intValue() + 1);
					scores.put(item.code(), BigDecimal.valueOf(halves).divide(BigDecimal.valueOf(2)));
				}
			}
			int damage = this.random.nextInt(100);
			if (damage < 4) {
				scores.put("UNIT_ANSWER", new BigDecimal("15.5")); // out of range
			}
			else if (damage < 8) {
				scores.remove("OP_COURTESY"); // part half filled (or nothing if unit-only)
			}
			else if (damage < 9) {
				scores.clear();
			}
			List<String> cited = new ArrayList<>();
			for (int i = this.random.nextInt(4); i > 0; i--) {
				cited.add(reasons[this.random.nextInt(reasons.length)]); // repeats possible
			}
			String unitName = pick(units);
			PhoneTestTotal total = PhoneTestTotal.of(scale, scores);
			assertThat(total.problem()).isEqualTo(naiveProblem(scale, scores));
			if (total.isValid()) {
				check(Figure.of(total.total()), naiveTotal(scale, scores));
				stats.add(unitName, total, cited);
				valid.add(new PhoneTest(unitName, scores, cited));
			}
			else {
				rejected++;
			}
		}
		assertThat(valid.size()).isGreaterThanOrEqualTo(480);
		assertThat(rejected).isPositive();

		PhoneTestStatistics.Result result = stats.result(83.0);
		checkPhoneGroup(scale, result.agency(), valid);
		check(result.meanChange(), naiveMeanTotal(scale, valid) - 83.0);
		List<String> unitNames = valid.stream().map(PhoneTest::unit).distinct().sorted().toList();
		assertThat(result.units()).extracting(PhoneTestStatistics.GroupFigures::name).containsExactlyElementsOf(unitNames);
		for (var group : result.units()) {
			checkPhoneGroup(scale, group, valid.stream().filter((t) -> t.unit().equals(group.name())).toList());
		}
	}

	private void checkPhoneGroup(PhoneTestScale scale, PhoneTestStatistics.GroupFigures group, List<PhoneTest> tests) {
		List<Double> totals = tests.stream().map((t) -> naiveTotal(scale, t.scores())).sorted().toList();
		assertThat(group.count()).isEqualTo(tests.size());
		check(group.mean(), naiveMeanTotal(scale, tests));
		assertThat(group.min()).isCloseTo(totals.get(0), within(TOLERANCE));
		assertThat(group.max()).isCloseTo(totals.get(totals.size() - 1), within(TOLERANCE));
		check(group.passRate(), (double) totals.stream().filter((x) -> x >= 80).count() / totals.size());
		for (int i = 0; i < scale.items().size(); i++) {
			PhoneTestScale.Item item = scale.items().get(i);
			List<Double> shares = tests.stream()
				.filter((t) -> t.scores().containsKey(item.code()))
				.map((t) -> t.scores().get(item.code()).doubleValue() / item.max().doubleValue())
				.toList();
			assertThat(group.items().get(i).scored()).isEqualTo(shares.size());
			if (shares.isEmpty()) {
				assertThat(group.items().get(i).meanShare().isComputable()).isFalse();
			}
			else {
				check(group.items().get(i).meanShare(), shares.stream().mapToDouble(Double::doubleValue).sum() / shares.size());
			}
		}
		Map<String, Long> counts = new HashMap<>();
		for (PhoneTest t : tests) {
			for (String reason : new TreeSet<>(t.reasons())) {
				counts.merge(reason, 1L, Long::sum);
			}
		}
		List<PhoneTestStatistics.Deduction> expected = new ArrayList<>();
		counts.forEach((reason, n) -> expected.add(new PhoneTestStatistics.Deduction(reason, n)));
		expected.sort((a, b) -> (a.count() != b.count()) ? Long.compare(b.count(), a.count()) : a.reason().compareTo(b.reason()));
		assertThat(group.deductions()).containsExactlyElementsOf(expected);
		assertThat(group.topDeductions(3)).containsExactlyElementsOf(expected.subList(0, Math.min(3, expected.size())));
	}

	private static double naiveMeanTotal(PhoneTestScale scale, List<PhoneTest> tests) {
		return tests.stream().mapToDouble((t) -> naiveTotal(scale, t.scores())).sum() / tests.size();
	}

	private static double naiveTotal(PhoneTestScale scale, Map<String, BigDecimal> scores) {
		double sum = 0;
		double max = 0;
		for (PhoneTestScale.Item item : scale.items()) {
			if (scores.get(item.code()) != null) {
				sum += scores.get(item.code()).doubleValue();
				max += item.max().doubleValue();
			}
		}
		return 100 * sum / max;
	}

	private static PhoneTestTotal.Problem naiveProblem(PhoneTestScale scale, Map<String, BigDecimal> scores) {
		for (PhoneTestScale.Item item : scale.items()) {
			BigDecimal s = scores.get(item.code());
			if (s != null && (s.doubleValue() < 0 || s.doubleValue() > item.max().doubleValue())) {
				return PhoneTestTotal.Problem.OUT_OF_RANGE;
			}
		}
		for (String part : List.of("總機", "業務單位")) {
			Predicate<PhoneTestScale.Item> inPart = (i) -> i.part().equals(part);
			long items = scale.items().stream().filter(inPart).count();
			long filled = scale.items().stream().filter(inPart).filter((i) -> scores.get(i.code()) != null).count();
			if (filled > 0 && filled < items) {
				return PhoneTestTotal.Problem.PART_INCOMPLETE;
			}
		}
		return scores.values().stream().allMatch((s) -> s == null) ? PhoneTestTotal.Problem.NOTHING_SCORED : null;
	}

	// ------------------------------------------------------------------ cases

	record Case(String id, String type, String channel, String category, LocalDate received, int limit,
			LocalDate closed) {
	}

	@Test
	void caseFiguresAgreeWithANaiveComputation() {
		LocalDate yearEnd = LocalDate.of(2024, 12, 31);
		String[] types = { "申辦", "陳情" };
		String[] channels = { "臨櫃", "電話", "網路", "市長信箱", "1999", "" };
		String[] categories = { "戶政", "環境", "社福", "衛生" };
		int[] limits = { 0, 3, 5, 7, 14, 30 };
		List<Case> cases = new ArrayList<>();
		CaseStatistics stats = new CaseStatistics(yearEnd);
		for (int i = 0; i < 1000; i++) {
			LocalDate received = LocalDate.of(2024, 1, 1).plusDays(this.random.nextInt(366));
			int limit = limits[this.random.nextInt(limits.length)];
			LocalDate closed = (this.random.nextInt(100) < 85) ? received.plusDays(this.random.nextInt(40)) : null;
			Case c = new Case(String.format("K%04d", i), pick(types), pick(channels), pick(categories), received, limit,
					closed);
			cases.add(c);
			stats.add(c.id(), c.type(), c.channel(), c.category(), c.received(), c.limit(), c.closed());
		}
		CaseStatistics.Result result = stats.result();
		checkCases(result.all(), cases, yearEnd);
		checkCaseGroups(result.byType(), cases, Case::type, yearEnd);
		checkCaseGroups(result.byChannel(), cases, Case::channel, yearEnd);
		checkCaseGroups(result.byCategory(), cases, Case::category, yearEnd);

		List<CaseStatistics.OverdueCase> overdue = new ArrayList<>();
		for (Case c : cases) {
			boolean open = c.closed() == null || c.closed().isAfter(yearEnd);
			LocalDate due = c.received().plusDays(c.limit());
			if (open && due.isBefore(yearEnd)) {
				overdue.add(new CaseStatistics.OverdueCase(c.id(), c.type(), c.channel().isBlank() ? "未填" : c.channel(),
						c.category(), c.received(), c.limit(), due, ChronoUnit.DAYS.between(due, yearEnd)));
			}
		}
		overdue.sort(Comparator.comparing(CaseStatistics.OverdueCase::daysOverdue, Comparator.reverseOrder())
			.thenComparing(CaseStatistics.OverdueCase::id));
		assertThat(result.overdue()).isNotEmpty().containsExactlyElementsOf(overdue);
	}

	private void checkCaseGroups(List<CaseStatistics.CaseFigures> groups, List<Case> cases, Function<Case, String> key,
			LocalDate yearEnd) {
		Function<Case, String> label = (c) -> key.apply(c).isBlank() ? "未填" : key.apply(c);
		assertThat(groups).extracting(CaseStatistics.CaseFigures::name)
			.containsExactlyElementsOf(cases.stream().map(label).distinct().sorted().toList());
		for (var group : groups) {
			checkCases(group, cases.stream().filter((c) -> label.apply(c).equals(group.name())).toList(), yearEnd);
		}
	}

	private void checkCases(CaseStatistics.CaseFigures figures, List<Case> cases, LocalDate yearEnd) {
		List<Long> days = new ArrayList<>();
		long onTime = 0;
		long overdue = 0;
		for (Case c : cases) {
			if (c.closed() != null && !c.closed().isAfter(yearEnd)) {
				long d = c.received().until(c.closed(), ChronoUnit.DAYS);
				days.add(d);
				onTime += (d <= c.limit()) ? 1 : 0;
			}
			else if (c.received().plusDays(c.limit()).isBefore(yearEnd)) {
				overdue++;
			}
		}
		days.sort(null);
		int n = days.size();
		double median = (n % 2 == 1) ? days.get(n / 2) : (days.get(n / 2 - 1) + days.get(n / 2)) / 2.0;
		assertThat(figures.cases()).isEqualTo(cases.size());
		assertThat(figures.closed()).isEqualTo(n);
		assertThat(figures.overdue()).isEqualTo(overdue);
		check(figures.onTimeRate(), (double) onTime / n);
		check(figures.meanDays(), days.stream().mapToDouble(Long::doubleValue).sum() / n);
		check(figures.medianDays(), median);
	}

	// --------------------------------------------------------------- measures

	@Test
	void measureFiguresAgreeWithANaiveComputation() {
		List<Node> plan = new ArrayList<>();
		for (int a = 1; a <= 5; a++) {
			plan.add(new Node(String.valueOf(a), null));
			for (int b = 1; b <= 1 + this.random.nextInt(4); b++) {
				String level2 = a + "." + b;
				plan.add(new Node(level2, String.valueOf(a)));
				int leaves = this.random.nextInt(4); // 0 = the level-2 node is itself a measure
				for (int c = 1; c <= leaves; c++) {
					plan.add(new Node(level2 + "." + c, level2));
				}
			}
		}
		List<String> leafCodes = plan.stream()
			.map(Node::code)
			.filter((code) -> plan.stream().noneMatch((n) -> code.equals(n.parentCode())))
			.toList();
		record Execution(String code, boolean completed, long sessions, long participants) {
		}
		List<Execution> executions = new ArrayList<>();
		MeasureRollup rollup = new MeasureRollup(plan);
		for (int i = 0; i < 300; i++) {
			Execution e = new Execution(pick(leafCodes.toArray(String[]::new)), this.random.nextInt(10) == 0,
					this.random.nextInt(5), this.random.nextInt(200));
			executions.add(e);
			rollup.add(LeafActivity.ofRecord(e.code(), e.completed(), e.sessions(), e.participants()));
		}
		MeasureRollup.Result result = rollup.result();

		// naive: a node covers the leaves whose code is it or starts with it + "."
		for (var node : result.nodes()) {
			Predicate<String> under = (leaf) -> leaf.equals(node.code()) || leaf.startsWith(node.code() + ".");
			List<String> leaves = leafCodes.stream().filter(under).toList();
			List<Execution> records = executions.stream().filter((e) -> under.test(e.code())).toList();
			assertThat(node.sessions()).isEqualTo(records.stream().mapToLong(Execution::sessions).sum());
			assertThat(node.participants()).isEqualTo(records.stream().mapToLong(Execution::participants).sum());
			long completed = leaves.stream()
				.filter((l) -> executions.stream().anyMatch((e) -> e.code().equals(l) && e.completed()))
				.count();
			long started = leaves.stream().filter((l) -> executions.stream().anyMatch((e) -> e.code().equals(l))).count();
			assertThat(node.leaves()).isEqualTo(leaves.size());
			assertThat(node.completed()).isEqualTo(completed);
			assertThat(node.inProgress()).isEqualTo(started - completed);
			assertThat(node.notStarted()).isEqualTo(leaves.size() - started);
			check(node.completionRate(), (double) completed / leaves.size());
			assertThat(node.level()).isEqualTo(node.code().split("\\.").length);
		}
		long completed = leafCodes.stream()
			.filter((l) -> executions.stream().anyMatch((e) -> e.code().equals(l) && e.completed()))
			.count();
		assertThat(result.totals().total()).isEqualTo(leafCodes.size());
		check(result.totals().completionRate(), (double) completed / leafCodes.size());
		assertThat(result.nodes()).extracting(MeasureRollup.NodeFigures::code)
			.containsExactlyElementsOf(plan.stream().map(Node::code).toList());
	}

	// ------------------------------------------------------------- indicators

	@Test
	void latestActualAgreesWithANaiveComputation() {
		record Row(LocalDate date, Double actual) {
		}
		for (int round = 0; round < 200; round++) {
			List<Row> rows = new ArrayList<>();
			LatestActual latest = new LatestActual();
			for (int i = this.random.nextInt(8); i > 0; i--) {
				Row row = new Row(LocalDate.of(2024, 1 + this.random.nextInt(3), 1),
						this.random.nextInt(3) == 0 ? null : (double) this.random.nextInt(100));
				rows.add(row);
				latest.add(row.date(), row.actual());
			}
			Row expected = null; // the last row among those with the greatest date
			for (Row row : rows) {
				if (row.actual() != null && (expected == null || !row.date().isBefore(expected.date()))) {
					expected = row;
				}
			}
			assertThat(latest.value()).isEqualTo((expected != null) ? expected.actual() : null);
		}
	}

	// ---------------------------------------------------------------- helpers

	private static void check(Figure figure, double expected) {
		assertThat(figure.isComputable()).as("computable, reason: %s", figure.reason()).isTrue();
		assertThat(figure.value()).isCloseTo(expected, within(TOLERANCE));
	}

	private String pick(String[] values) {
		return values[this.random.nextInt(values.length)];
	}

}
