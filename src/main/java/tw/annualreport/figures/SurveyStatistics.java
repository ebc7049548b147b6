package tw.annualreport.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Streaming statistics of one satisfaction survey (滿意度調查). Memory grows with questions
 * and breakdown groups, never with respondents: per question a count of each answer, and
 * exact integer sums for Cronbach's α.
 * <p>
 * Answer codes (the import maps labels to them): 1..5 valid (1 非常不滿意 … 5 非常滿意),
 * 0 not answered (未作答), 9 not applicable (不適用/無意見). Satisfied = 4 or 5.
 */
public final class SurveyStatistics {

	public static final int NOT_ANSWERED = 0;

	public static final int NOT_APPLICABLE = 9;

	/** Breakdown label for a respondent who left 服務項目/性別/年齡層 blank. */
	public static final String BLANK_GROUP = "未填";

	/** A breakdown group with fewer respondents is marked 「樣本數較少，僅供參考」. */
	public static final int SMALL_GROUP = 30;

	/** A breakdown group with fewer respondents gets no interval. */
	public static final int GROUP_WITHOUT_INTERVAL = 10;

	static final String SMALL_GROUP_NO_INTERVAL = "樣本數未滿 " + GROUP_WITHOUT_INTERVAL + " 人，不估計信賴區間";

	/**
	 * @param no 題號, e.g. Q1
	 * @param dimension 構面, {@code null}/blank when the question belongs to none
	 * @param overall the overall-satisfaction question (整體題)
	 */
	public record Question(String no, String dimension, boolean overall) {

		public Question {
			Objects.requireNonNull(no, "no");
			if (dimension != null && dimension.isBlank()) {
				dimension = null;
			}
		}

	}

	/** Which rate stands for the survey's overall satisfaction. */
	public enum OverallBasis {

		/** 整體滿意度題 */
		OVERALL_QUESTION,
		/** 全部題目合併計算 */
		POOLED_ALL_QUESTIONS

	}

	/**
	 * A satisfaction rate (滿意度 = 滿意 + 非常滿意 ÷ 有效回答) with its 95 % interval: Wilson for
	 * one question's answers, the cluster interval ({@link ClusterInterval}) for a rate pooled
	 * over several questions.
	 *
	 * @param interval95 {@code null} when it cannot be estimated, with the reason in
	 * {@code interval95Reason}
	 */
	public record Rate(long satisfied, long valid, Figure rate, Interval interval95, String interval95Reason) {

		/** One question's answers, one per respondent: Wilson. */
		static Rate single(long satisfied, long valid) {
			Interval interval = Wilson.interval95(satisfied, valid);
			return new Rate(satisfied, valid, ratio(satisfied, valid), interval,
					(interval == null) ? "無有效回答，無法估計信賴區間" : null);
		}

		/**
		 * Answers to {@code questions} questions pooled: the cluster interval, or Wilson when
		 * there is one question (then the respondents are the answers).
		 * @param population N for the finite population correction, or {@code null}
		 */
		static Rate pooled(ClusterInterval answers, int questions, Long population) {
			if (questions == 1) {
				return single(answers.satisfied(), answers.valid());
			}
			Interval interval = answers.interval95(population);
			return new Rate(answers.satisfied(), answers.valid(), ratio(answers.satisfied(), answers.valid()), interval,
					(interval == null) ? "有效受訪者未滿 2 人，無法估計信賴區間" : null);
		}

		/** The same rate without its interval. */
		Rate withoutInterval(String reason) {
			return new Rate(this.satisfied, this.valid, this.rate, null, reason);
		}

		private static Figure ratio(long satisfied, long valid) {
			return Figure.ratio(satisfied, valid, "無有效回答，無法計算滿意度");
		}

	}

	/**
	 * @param distribution counts of answers 1..5 (index 0 = answer 1)
	 * @param mean mean of the valid answers
	 */
	public record QuestionFigures(String no, String dimension, boolean overall, long valid, long notApplicable,
			long notAnswered, List<Long> distribution, Figure mean, Rate satisfaction) {
	}

	/** Pooled over the dimension's questions (listed in survey order). */
	public record DimensionFigures(String name, List<String> questions, Figure mean, Rate satisfaction) {
	}

	/** @param questionNo the overall question's 題號, {@code null} when pooled */
	public record Overall(OverallBasis basis, String questionNo, Rate satisfaction) {
	}

	/**
	 * One breakdown group: its respondents and its overall satisfaction (same basis; a group
	 * under {@link #GROUP_WITHOUT_INTERVAL} respondents without interval).
	 *
	 * @param smallSample under {@link #SMALL_GROUP} respondents: 「樣本數較少，僅供參考」
	 */
	public record GroupFigures(String name, long respondents, Rate satisfaction, boolean smallSample) {
	}

	/**
	 * @param respondents n = respondents with at least one valid answer
	 * @param dimensions in order of the dimension's first question
	 * @param byService groups sorted by name ({@link String#compareTo}), as are the others
	 * @param rateChange overall rate − previousRate
	 */
	public record Result(long respondents, Long population, Overall overall, SamplingError samplingError,
			CronbachAlpha.Result cronbachAlpha, List<QuestionFigures> questions, List<DimensionFigures> dimensions,
			List<GroupFigures> byService, List<GroupFigures> byGender, List<GroupFigures> byAgeBand,
			Double previousRate, Figure rateChange) {
	}

	private final List<Question> questions;

	private final Long population;

	private final int overallIndex; // -1 when pooled

	// counts[q][a]: answers a (0..5) to question q; [q][6] not applicable
	private final long[][] counts;

	private final CronbachAlpha alpha;

	// dimensions in order of their first question; dimensionOf[q] = its index, or -1
	private final List<String> dimensionNames = new ArrayList<>();

	private final int[] dimensionOf;

	private final ClusterInterval[] dimensionAnswers;

	private final ClusterInterval allAnswers = new ClusterInterval();

	private long respondents;

	private final Map<String, Group> byService = new TreeMap<>();

	private final Map<String, Group> byGender = new TreeMap<>();

	private final Map<String, Group> byAgeBand = new TreeMap<>();

	/**
	 * @param questions in survey order; at most one is the overall question
	 * @param population 母體數 N for the finite population correction, or {@code null}
	 */
	public SurveyStatistics(List<Question> questions, Long population) {
		this.questions = List.copyOf(questions);
		this.population = population;
		int overall = -1;
		for (int i = 0; i < this.questions.size(); i++) {
			if (this.questions.get(i).overall()) {
				if (overall >= 0) {
					throw new IllegalArgumentException("more than one overall question (整體題)");
				}
				overall = i;
			}
		}
		this.overallIndex = overall;
		this.counts = new long[this.questions.size()][7];
		this.alpha = new CronbachAlpha(this.questions.size());
		this.dimensionOf = new int[this.questions.size()];
		for (int q = 0; q < this.questions.size(); q++) {
			String dimension = this.questions.get(q).dimension();
			if (dimension != null && !this.dimensionNames.contains(dimension)) {
				this.dimensionNames.add(dimension);
			}
			this.dimensionOf[q] = (dimension == null) ? -1 : this.dimensionNames.indexOf(dimension);
		}
		this.dimensionAnswers = new ClusterInterval[this.dimensionNames.size()];
		for (int d = 0; d < this.dimensionAnswers.length; d++) {
			this.dimensionAnswers[d] = new ClusterInterval();
		}
	}

	/**
	 * One respondent (one 回覆).
	 * @param answers one code per question in constructor order: 1..5, 0 or 9
	 */
	public void add(String service, String gender, String ageBand, int... answers) {
		if (answers.length != this.questions.size()) {
			throw new IllegalArgumentException("expected " + this.questions.size() + " answers, got " + answers.length);
		}
		int valid = 0;
		for (int a : answers) {
			if (a >= 1 && a <= 5) {
				valid++;
			}
			else if (a != NOT_ANSWERED && a != NOT_APPLICABLE) {
				throw new IllegalArgumentException("answer code must be 0, 1..5 or 9: " + a);
			}
		}
		if (valid == 0) {
			return; // not a respondent (n counts those with at least one valid answer)
		}
		this.respondents++;
		for (int q = 0; q < answers.length; q++) {
			this.counts[q][(answers[q] == NOT_APPLICABLE) ? 6 : answers[q]]++;
		}
		if (valid == answers.length) {
			this.alpha.add(answers);
		}
		// per respondent, the satisfied and valid answers of each pooled set (clusters)
		long[] dimensionSatisfied = new long[this.dimensionAnswers.length];
		long[] dimensionValid = new long[this.dimensionAnswers.length];
		for (int q = 0; q < answers.length; q++) {
			if (this.dimensionOf[q] >= 0 && answers[q] >= 1 && answers[q] <= 5) {
				dimensionValid[this.dimensionOf[q]]++;
				dimensionSatisfied[this.dimensionOf[q]] += (answers[q] >= 4) ? 1 : 0;
			}
		}
		for (int d = 0; d < this.dimensionAnswers.length; d++) {
			this.dimensionAnswers[d].add(dimensionSatisfied[d], dimensionValid[d]);
		}
		this.allAnswers.add(satisfiedAnswers(answers), valid);
		group(this.byService, service).add(answers);
		group(this.byGender, gender).add(answers);
		group(this.byAgeBand, ageBand).add(answers);
	}

	public Result result() {
		return result(null);
	}

	/** @param previousRate last year's overall satisfaction rate, or {@code null} */
	public Result result(Double previousRate) {
		List<QuestionFigures> questionFigures = new ArrayList<>();
		Map<String, List<Integer>> dimensionQuestions = new LinkedHashMap<>(); // first-seen order
		for (int q = 0; q < this.questions.size(); q++) {
			Question question = this.questions.get(q);
			long[] c = this.counts[q];
			questionFigures.add(new QuestionFigures(question.no(), question.dimension(), question.overall(),
					valid(c), c[6], c[0], List.of(c[1], c[2], c[3], c[4], c[5]), mean(c), Rate.single(satisfied(c), valid(c))));
			if (question.dimension() != null) {
				dimensionQuestions.computeIfAbsent(question.dimension(), (d) -> new ArrayList<>()).add(q);
			}
		}
		List<DimensionFigures> dimensions = new ArrayList<>();
		dimensionQuestions.forEach((name, qs) -> {
			long[] pooled = pooled(qs);
			dimensions.add(new DimensionFigures(name, qs.stream().map((q) -> this.questions.get(q).no()).toList(),
					mean(pooled), Rate.pooled(this.dimensionAnswers[this.dimensionNames.indexOf(name)], qs.size(),
							this.population)));
		});
		Overall overall = (this.overallIndex >= 0)
				? new Overall(OverallBasis.OVERALL_QUESTION, this.questions.get(this.overallIndex).no(),
						questionFigures.get(this.overallIndex).satisfaction())
				: new Overall(OverallBasis.POOLED_ALL_QUESTIONS, null,
						Rate.pooled(this.allAnswers, this.questions.size(), this.population));
		return new Result(this.respondents, this.population, overall, SamplingError.of(this.respondents, this.population),
				this.alpha.result(), List.copyOf(questionFigures), List.copyOf(dimensions), groups(this.byService),
				groups(this.byGender), groups(this.byAgeBand), previousRate, Yoy.change(overall.satisfaction().rate(), previousRate));
	}

	private long[] pooled(List<Integer> questionIndexes) {
		long[] pooled = new long[7];
		for (int q : questionIndexes) {
			for (int a = 0; a < 7; a++) {
				pooled[a] += this.counts[q][a];
			}
		}
		return pooled;
	}

	private static long satisfiedAnswers(int[] answers) {
		long satisfied = 0;
		for (int a : answers) {
			if (a == 4 || a == 5) {
				satisfied++;
			}
		}
		return satisfied;
	}

	private static long valid(long[] c) {
		return c[1] + c[2] + c[3] + c[4] + c[5];
	}

	private static long satisfied(long[] c) {
		return c[4] + c[5];
	}

	private static Figure mean(long[] c) {
		long valid = valid(c);
		if (valid == 0) {
			return Figure.notComputable("無有效回答，無法計算平均分數");
		}
		long sum = c[1] + 2 * c[2] + 3 * c[3] + 4 * c[4] + 5 * c[5];
		return Figure.of((double) sum / valid);
	}

	private Group group(Map<String, Group> groups, String name) {
		String key = (name == null || name.isBlank()) ? BLANK_GROUP : name.strip();
		return groups.computeIfAbsent(key, (k) -> new Group());
	}

	/** The groups of a breakdown; none when nobody gave the attribute (a staff survey has no 服務項目). */
	private List<GroupFigures> groups(Map<String, Group> groups) {
		if (groups.keySet().equals(Set.of(BLANK_GROUP))) {
			return List.of();
		}
		List<GroupFigures> list = new ArrayList<>();
		groups.forEach((name, g) -> {
			// a group's interval has no finite population correction: N is the survey's, not the group's
			Rate rate = (this.overallIndex >= 0) ? Rate.single(g.answers.satisfied(), g.answers.valid())
					: Rate.pooled(g.answers, this.questions.size(), null);
			if (g.respondents < GROUP_WITHOUT_INTERVAL) {
				rate = rate.withoutInterval(SMALL_GROUP_NO_INTERVAL);
			}
			list.add(new GroupFigures(name, g.respondents, rate, g.respondents < SMALL_GROUP));
		});
		return List.copyOf(list);
	}

	/**
	 * A breakdown group keeps only what its overall satisfaction needs: per respondent the
	 * satisfied and valid answers of the overall question, or of all questions when pooled.
	 */
	private final class Group {

		long respondents;

		final ClusterInterval answers = new ClusterInterval();

		void add(int[] answers) {
			this.respondents++;
			long satisfied = 0;
			long valid = 0;
			for (int q = 0; q < answers.length; q++) {
				if (SurveyStatistics.this.overallIndex < 0 || q == SurveyStatistics.this.overallIndex) {
					int a = answers[q];
					if (a >= 1 && a <= 5) {
						valid++;
						if (a >= 4) {
							satisfied++;
						}
					}
				}
			}
			this.answers.add(satisfied, valid);
		}

	}

}
