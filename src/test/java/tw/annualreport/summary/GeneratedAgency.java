package tw.annualreport.summary;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A realistic agency-year generated from a fixed seed, kept as plain rows (for the naive
 * computations of the tests) and written as the CSV files of SPEC §3. Every row is valid.
 * Report year 113 (2024).
 */
final class GeneratedAgency {

	static final int YEAR = 113;

	static final LocalDate YEAR_END = LocalDate.of(2024, 12, 31);

	/** The default municipal scale: code, part, max. */
	static final String[] ITEM_CODES = { "OP_SPEED", "OP_COURTESY", "UNIT_SPEED", "UNIT_COURTESY", "UNIT_ANSWER" };

	static final int[] ITEM_MAX = { 25, 20, 15, 25, 15 };

	static final String[] UNITS = { "一組", "二組", "三組", "人事室", "會計室", "秘書室" };

	static final String[] REASONS = { "鈴響超過3聲未接", "未報單位名稱", "語氣冷淡", "轉接等候過久", "答話內容不完整", "未說再見" };

	record Node(String code, String parent, boolean indicator, boolean lower, int target, int previous) {
	}

	record Execution(String measure, LocalDate date, int sessions, int participants, boolean blankSessions,
			boolean blankParticipants, Double actual, String status) {
	}

	/** @param scores per item, null when not scored */
	record PhoneCall(String id, String unit, Double[] scores, List<String> reasons) {
	}

	record Survey(String code, String title, String audience, Integer population, String[] dimensions,
			int overallQuestion) {
	}

	/** @param answers codes 1..5, 0 (blank, written as empty or 0) or 9 */
	record Response(String survey, String id, String service, String gender, String ageBand, int[] answers) {
	}

	record Case(String id, String type, String channel, String category, LocalDate received, int limitDays,
			LocalDate closed) {
	}

	final String agency;

	final List<Node> plan = new ArrayList<>();

	final List<Execution> executions = new ArrayList<>();

	final List<PhoneCall> phoneTests = new ArrayList<>();

	final List<Survey> surveys = new ArrayList<>();

	final List<Response> responses = new ArrayList<>();

	final List<Case> cases = new ArrayList<>();

	private final Random random;

	GeneratedAgency(String agency, long seed, int executions, int phoneTests, int publicResponses, int staffResponses,
			int cases) {
		this.agency = agency;
		this.random = new Random(seed);
		plan();
		executions(executions);
		phoneTests(phoneTests);
		surveys(publicResponses, staffResponses);
		cases(cases);
	}

	boolean isLeaf(String code) {
		return this.plan.stream().noneMatch((n) -> code.equals(n.parent()));
	}

	private void plan() {
		int leafNo = 0;
		for (int a = 1; a <= 4; a++) {
			this.plan.add(new Node(Integer.toString(a), null, false, false, 0, 0));
			for (int b = 1; b <= 3; b++) {
				String level2 = a + "." + b;
				int children = this.random.nextInt(7); // 0 → a level-2 leaf
				if (children == 0) {
					this.plan.add(leaf(level2, Integer.toString(a), leafNo++));
				}
				else {
					this.plan.add(new Node(level2, Integer.toString(a), false, false, 0, 0));
					for (int c = 1; c <= children; c++) {
						this.plan.add(leaf(level2 + "." + c, level2, leafNo++));
					}
				}
			}
		}
	}

	private Node leaf(String code, String parent, int leafNo) {
		if (leafNo % 6 != 2) {
			return new Node(code, parent, false, false, 0, 0);
		}
		return new Node(code, parent, true, leafNo % 12 == 8, 50 + this.random.nextInt(200), 40 + this.random.nextInt(200));
	}

	private void executions(int count) {
		List<String> leaves = new ArrayList<>(this.plan.stream().map(Node::code).filter(this::isLeaf).toList());
		Collections.shuffle(leaves, this.random);
		List<String> active = leaves.subList(0, leaves.size() * 85 / 100); // the rest is not started
		String[] statuses = { "已完成", "執行中", "執行中", "執行中", "進行中", "完成", "未執行", "執行中" };
		for (int i = 0; i < count; i++) {
			String measure = active.get(this.random.nextInt(active.size()));
			Node node = this.plan.stream().filter((n) -> n.code().equals(measure)).findFirst().orElseThrow();
			boolean blankSessions = this.random.nextInt(10) == 0;
			boolean blankParticipants = this.random.nextInt(10) == 0;
			Double actual = (node.indicator() && this.random.nextInt(10) < 7) ? this.random.nextInt(3000) / 10.0 : null;
			this.executions.add(new Execution(measure, day(), blankSessions ? 0 : this.random.nextInt(6),
					blankParticipants ? 0 : this.random.nextInt(250), blankSessions, blankParticipants, actual,
					statuses[this.random.nextInt(statuses.length)]));
		}
	}

	private void phoneTests(int count) {
		for (int i = 0; i < count; i++) {
			Double[] scores = new Double[5];
			boolean unitOnly = this.random.nextInt(5) == 0;
			for (int item = unitOnly ? 2 : 0; item < 5; item++) {
				int max = ITEM_MAX[item];
				double score = max * 4 / 10 + this.random.nextInt(max - max * 4 / 10 + 1);
				if (score < max && this.random.nextInt(8) == 0) {
					score += 0.5;
				}
				scores[item] = score;
			}
			List<String> reasons = new ArrayList<>();
			for (String reason : REASONS) {
				if (this.random.nextInt(5) == 0) {
					reasons.add(reason);
				}
			}
			this.phoneTests.add(new PhoneCall(String.format("T113-%04d", i + 1), UNITS[this.random.nextInt(UNITS.length)],
					scores, reasons));
		}
	}

	private void surveys(int publicResponses, int staffResponses) {
		this.surveys.add(new Survey("PUB", "113年度為民服務滿意度調查", "民眾", null, new String[] { "洽公環境", "洽公環境",
				"洽公環境", "服務禮儀", "服務禮儀", "服務禮儀", "服務專業性", "服務專業性", "服務專業性", "服務措施", "服務措施", "整體滿意度" }, 12));
		this.surveys.add(new Survey("STAFF", "113年度內部同仁滿意度調查", "內部同仁", 1500,
				new String[] { "工作環境", "工作環境", "工作環境", "工作環境", "內部管理", "內部管理", "內部管理", "內部管理" }, 0));
		responses(this.surveys.get(0), publicResponses, "P");
		responses(this.surveys.get(1), staffResponses, "S");
	}

	private void responses(Survey survey, int count, String prefix) {
		String[] services = { "戶籍登記", "印鑑證明", "預防接種", "長照申請", "" };
		String[] genders = { "男", "女", "", "男", "女" };
		String[] ages = { "20-29歲", "30-39歲", "40-49歲", "50-64歲", "65歲以上", "" };
		double[] likert = { 0.03, 0.10, 0.30, 0.70, 1.0 }; // cumulative 1..5
		for (int r = 0; r < count; r++) {
			int[] answers = new int[survey.dimensions().length];
			boolean silent = this.random.nextInt(100) == 0;
			for (int q = 0; q < answers.length; q++) {
				int roll = this.random.nextInt(100);
				if (silent || roll < 4) {
					answers[q] = 0;
				}
				else if (roll < 7) {
					answers[q] = 9;
				}
				else {
					double u = this.random.nextDouble();
					int a = 0;
					while (u >= likert[a]) {
						a++;
					}
					answers[q] = a + 1;
				}
			}
			this.responses.add(new Response(survey.code(), String.format("%s%05d", prefix, r + 1),
					services[this.random.nextInt(services.length)], genders[this.random.nextInt(genders.length)],
					ages[this.random.nextInt(ages.length)], answers));
		}
	}

	private void cases(int count) {
		int[] limits = { 3, 5, 7, 10, 14, 30 };
		String[] channels = { "臨櫃", "電話", "網路", "市長信箱", "1999" };
		String[] categories = { "戶政", "環境", "衛生", "交通", "" };
		for (int i = 0; i < count; i++) {
			LocalDate received = day();
			int limit = limits[this.random.nextInt(limits.length)];
			LocalDate closed = (this.random.nextInt(100) < 88) ? received.plusDays(this.random.nextInt(limit * 8 / 5 + 2))
					: null;
			this.cases.add(new Case(String.format("C113-%05d", i + 1), this.random.nextBoolean() ? "申辦" : "陳情",
					channels[this.random.nextInt(channels.length)], categories[this.random.nextInt(categories.length)],
					received, limit, closed));
		}
	}

	private LocalDate day() {
		return LocalDate.of(2024, 1, 1).plusDays(this.random.nextInt(366));
	}

	// ------------------------------------------------------------------ CSV files

	void write(Path folder) {
		AnnualReportJobRuns.csv(folder, "agency",
				List.of("機關代碼,機關名稱,上級機關代碼,上級機關名稱", this.agency + ",生成測試機關,GEN-P,生成測試上級機關"));
		List<String> plan = new ArrayList<>(List.of("項次,名稱,承辦單位,指標名稱,指標單位,指標方向,目標值,前一年度實績"));
		for (Node n : this.plan) {
			plan.add(n.code() + ",措施" + n.code() + ",一組、二組," + (n.indicator()
					? "指標" + n.code() + ",件," + (n.lower() ? "低" : "高") + "," + n.target() + "," + n.previous() : ",,,,"));
		}
		AnnualReportJobRuns.csv(folder, "plan", plan);
		List<String> executions = new ArrayList<>(List.of("措施項次,執行日期,承辦單位,執行情形,場次,人次,指標實績,狀態,佐證"));
		for (Execution e : this.executions) {
			executions.add(String.join(",", e.measure(), roc(e.date()), "一組", "辦理情形",
					e.blankSessions() ? "" : Integer.toString(e.sessions()),
					e.blankParticipants() ? "" : Integer.toString(e.participants()),
					e.actual() == null ? "" : Double.toString(e.actual()), e.status(), "簽到表"));
		}
		AnnualReportJobRuns.csv(folder, "executions", executions);
		List<String> phone = new ArrayList<>(List.of(
				"測試編號,測試日期,受測單位,測試人員," + String.join(",", ITEM_CODES) + ",扣分事由,備註"));
		for (PhoneCall call : this.phoneTests) {
			List<String> cells = new ArrayList<>(List.of(call.id(), "113/06/15", call.unit(), "測試員"));
			Arrays.stream(call.scores()).map(GeneratedAgency::number).forEach(cells::add);
			cells.add(String.join("；", call.reasons()));
			cells.add("");
			phone.add(String.join(",", cells));
		}
		AnnualReportJobRuns.csv(folder, "phone_tests", phone);
		List<String> questions = new ArrayList<>(List.of("問卷代碼,問卷名稱,對象,母體數,題號,題目,構面,整體題"));
		int maxQuestions = 0;
		for (Survey s : this.surveys) {
			maxQuestions = Math.max(maxQuestions, s.dimensions().length);
			for (int q = 0; q < s.dimensions().length; q++) {
				questions.add(String.join(",", s.code(), s.title(), s.audience(),
						s.population() == null ? "" : s.population().toString(), Integer.toString(q + 1), "題目" + (q + 1),
						s.dimensions()[q], (q + 1 == s.overallQuestion()) ? "Y" : ""));
			}
		}
		AnnualReportJobRuns.csv(folder, "survey_questions", questions);
		AnnualReportJobRuns.csv(folder, "survey_responses", responseLines(this.responses, maxQuestions));
		List<String> cases = new ArrayList<>(List.of("案件編號,類型,來源管道,業務類別,收件日期,處理期限日數,結案日期"));
		for (Case c : this.cases) {
			cases.add(String.join(",", c.id(), c.type(), c.channel(), c.category(), c.received().toString(),
					Integer.toString(c.limitDays()), c.closed() == null ? "" : c.closed().toString()));
		}
		AnnualReportJobRuns.csv(folder, "cases", cases);
		AnnualReportJobRuns.csv(folder, "history",
				List.of("年度,項目,數值", "112,phone.mean,82.1", "112,survey.PUB.satisfactionRate,0.8"));
	}

	static List<String> responseLines(List<Response> responses, int maxQuestions) {
		StringBuilder header = new StringBuilder("問卷代碼,回覆編號,填答日期,服務項目,性別,年齡層");
		for (int q = 1; q <= maxQuestions; q++) {
			header.append(",Q").append(q);
		}
		List<String> lines = new ArrayList<>(List.of(header.append(",意見").toString()));
		for (Response r : responses) {
			StringBuilder line = new StringBuilder(
					String.join(",", r.survey(), r.id(), "113/05/20", r.service(), r.gender(), r.ageBand()));
			for (int q = 0; q < maxQuestions; q++) {
				line.append(',');
				if (q < r.answers().length) {
					int a = r.answers()[q];
					// blank is written both ways the contract allows: empty and 0
					line.append((a == 0) ? ((q % 2 == 0) ? "" : "0") : Integer.toString(a));
				}
			}
			lines.add(line.append(",").toString());
		}
		return lines;
	}

	private static String roc(LocalDate date) {
		return String.format("%d/%02d/%02d", date.getYear() - 1911, date.getMonthValue(), date.getDayOfMonth());
	}

	private static String number(Double value) {
		if (value == null) {
			return "";
		}
		return (value == Math.rint(value)) ? Long.toString(value.longValue()) : value.toString();
	}

}
