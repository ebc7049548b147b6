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
	 * A satisfaction rate (滿意度 = 滿意 + 非常滿意 ÷ 有效回答) with its 95 % Wilson interval
	 * ({@code null} when valid = 0).
	 */
	public record Rate(long satisfied, long valid, Figure rate, Interval wilson95) {

		static Rate of(long satisfied, long valid) {
			return new Rate(satisfied, valid, Figure.ratio(satisfied, valid, "無有效回答，無法計算滿意度"),
					Wilson.interval95(satisfied, valid));
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

	/** One breakdown group: its respondents and its overall satisfaction (same basis). */
	public record GroupFigures(String name, long respondents, Rate satisfaction) {
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
					valid(c), c[6], c[0], List.of(c[1], c[2], c[3], c[4], c[5]), mean(c), Rate.of(satisfied(c), valid(c))));
			if (question.dimension() != null) {
				dimensionQuestions.computeIfAbsent(question.dimension(), (d) -> new ArrayList<>()).add(q);
			}
		}
		List<DimensionFigures> dimensions = new ArrayList<>();
		dimensionQuestions.forEach((name, qs) -> {
			long[] pooled = pooled(qs);
			dimensions.add(new DimensionFigures(name, qs.stream().map((q) -> this.questions.get(q).no()).toList(),
					mean(pooled), Rate.of(satisfied(pooled), valid(pooled))));
		});
		Overall overall = (this.overallIndex >= 0)
				? new Overall(OverallBasis.OVERALL_QUESTION, this.questions.get(this.overallIndex).no(),
						questionFigures.get(this.overallIndex).satisfaction())
				: new Overall(OverallBasis.POOLED_ALL_QUESTIONS, null, pooledRate(this.counts));
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

	private static Rate pooledRate(long[][] counts) {
		long satisfied = 0;
		long valid = 0;
		for (long[] c : counts) {
			satisfied += satisfied(c);
			valid += valid(c);
		}
		return Rate.of(satisfied, valid);
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
		groups.forEach((name, g) -> list.add(new GroupFigures(name, g.respondents, Rate.of(g.satisfied, g.valid))));
		return List.copyOf(list);
	}

	/** A breakdown group keeps only what its overall satisfaction needs. */
	private final class Group {

		long respondents;

		long satisfied;

		long valid;

		void add(int[] answers) {
			this.respondents++;
			for (int q = 0; q < answers.length; q++) {
				if (SurveyStatistics.this.overallIndex < 0 || q == SurveyStatistics.this.overallIndex) {
					int a = answers[q];
					if (a >= 1 && a <= 5) {
						this.valid++;
						if (a >= 4) {
							this.satisfied++;
						}
					}
				}
			}
		}

	}

}
