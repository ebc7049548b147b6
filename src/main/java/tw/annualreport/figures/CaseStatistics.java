package tw.annualreport.figures;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Streaming statistics of the year's cases (申辦/陳情案件): on-time rate, mean and median
 * handling days, and open cases overdue at year end; overall and by type, channel and
 * category. Medians come from a histogram of whole days, so memory grows with distinct
 * day counts and groups, not with cases (only overdue cases are kept, to be listed).
 * <p>
 * Definitions (calendar days, {@link ChronoUnit#DAYS}):
 * <ul>
 * <li>handling days = closed − received; on time when days ≤ limitDays (結案日 ≤ 收件日 +
 * 期限);</li>
 * <li>a case is judged as it stood at year end: one closed after year end counts as still
 * open;</li>
 * <li>an open case is overdue when its due date (received + limitDays) is before year end;
 * due exactly on year end is not overdue (it could still be closed on time that day);
 * days overdue = year end − due date (≥ 1).</li>
 * </ul>
 */
public final class CaseStatistics {

	/**
	 * @param name the group (type, channel or category), {@code null} for all cases
	 * @param cases all cases received
	 * @param open not closed by year end
	 * @param onTimeRate onTime ÷ closed (結案準時率)
	 * @param meanDays mean handling days of closed cases
	 * @param medianDays median handling days (even count: mean of the two middle values)
	 * @param overdue open cases past their limit at year end
	 */
	public record CaseFigures(String name, long cases, long closed, long open, long onTime, Figure onTimeRate,
			Figure meanDays, Figure medianDays, long overdue) {
	}

	/** @param daysOverdue year end − (received + limitDays) */
	public record OverdueCase(String id, String type, String channel, String category, LocalDate received,
			int limitDays, LocalDate due, long daysOverdue) {
	}

	/**
	 * @param byType groups sorted by name ({@link String#compareTo}), as are the others
	 * @param overdue most overdue first, ties by id
	 */
	public record Result(LocalDate yearEnd, CaseFigures all, List<CaseFigures> byType, List<CaseFigures> byChannel,
			List<CaseFigures> byCategory, List<OverdueCase> overdue) {
	}

	/** Blank channel or category. */
	public static final String BLANK_GROUP = "未填";

	private static final Comparator<OverdueCase> MOST_OVERDUE_FIRST = Comparator
		.comparingLong(OverdueCase::daysOverdue)
		.reversed()
		.thenComparing(OverdueCase::id);

	private final LocalDate yearEnd;

	private final Group all = new Group();

	private final Map<String, Group> byType = new TreeMap<>();

	private final Map<String, Group> byChannel = new TreeMap<>();

	private final Map<String, Group> byCategory = new TreeMap<>();

	private final List<OverdueCase> overdue = new ArrayList<>();

	/** @param yearEnd the last day of the report year, e.g. 2024-12-31 (113 年) */
	public CaseStatistics(LocalDate yearEnd) {
		this.yearEnd = Objects.requireNonNull(yearEnd, "yearEnd");
	}

	/**
	 * @param type 申辦 or 陳情 (grouped as given)
	 * @param closed 結案日期, {@code null} when open
	 */
	public void add(String id, String type, String channel, String category, LocalDate received, int limitDays,
			LocalDate closed) {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(received, "received");
		if (limitDays < 0) {
			throw new IllegalArgumentException("case " + id + ": negative limit " + limitDays);
		}
		if (received.isAfter(this.yearEnd)) {
			throw new IllegalArgumentException("case " + id + " received after year end");
		}
		if (closed != null && closed.isBefore(received)) {
			throw new IllegalArgumentException("case " + id + " closed before it was received");
		}
		boolean closedByYearEnd = closed != null && !closed.isAfter(this.yearEnd);
		LocalDate due = received.plusDays(limitDays);
		Long days = closedByYearEnd ? ChronoUnit.DAYS.between(received, closed) : null;
		boolean isOverdue = !closedByYearEnd && due.isBefore(this.yearEnd);
		String typeKey = key(type);
		for (Group g : List.of(this.all, group(this.byType, typeKey), group(this.byChannel, key(channel)),
				group(this.byCategory, key(category)))) {
			g.add(days, limitDays, isOverdue);
		}
		if (isOverdue) {
			this.overdue.add(new OverdueCase(id, typeKey, key(channel), key(category), received, limitDays, due,
					ChronoUnit.DAYS.between(due, this.yearEnd)));
		}
	}

	public Result result() {
		List<OverdueCase> listed = new ArrayList<>(this.overdue);
		listed.sort(MOST_OVERDUE_FIRST);
		return new Result(this.yearEnd, this.all.figures(null), figures(this.byType), figures(this.byChannel),
				figures(this.byCategory), List.copyOf(listed));
	}

	private static String key(String name) {
		return (name == null || name.isBlank()) ? BLANK_GROUP : name.strip();
	}

	private static Group group(Map<String, Group> groups, String key) {
		return groups.computeIfAbsent(key, (k) -> new Group());
	}

	private static List<CaseFigures> figures(Map<String, Group> groups) {
		List<CaseFigures> list = new ArrayList<>();
		groups.forEach((name, g) -> list.add(g.figures(name)));
		return List.copyOf(list);
	}

	private static final class Group {

		long cases;

		long closed;

		long onTime;

		long daysSum;

		long overdue;

		// handling days → closed cases, ascending for the median
		final TreeMap<Long, Long> histogram = new TreeMap<>();

		void add(Long days, int limitDays, boolean isOverdue) {
			this.cases++;
			if (days != null) {
				this.closed++;
				this.daysSum += days;
				if (days <= limitDays) {
					this.onTime++;
				}
				this.histogram.merge(days, 1L, Long::sum);
			}
			if (isOverdue) {
				this.overdue++;
			}
		}

		CaseFigures figures(String name) {
			String none = "無已結案件";
			Figure mean = (this.closed == 0) ? Figure.notComputable(none) : Figure.of((double) this.daysSum / this.closed);
			Figure median = (this.closed == 0) ? Figure.notComputable(none)
					: Figure.of((valueAt((this.closed - 1) / 2) + valueAt(this.closed / 2)) / 2.0);
			return new CaseFigures(name, this.cases, this.closed, this.cases - this.closed, this.onTime,
					Figure.ratio(this.onTime, this.closed, none), mean, median, this.overdue);
		}

		// the value at 0-based position in the sorted list of handling days
		private long valueAt(long position) {
			long seen = 0;
			for (Map.Entry<Long, Long> e : this.histogram.entrySet()) {
				seen += e.getValue();
				if (position < seen) {
					return e.getKey();
				}
			}
			throw new IllegalStateException("position " + position + " beyond " + seen);
		}

	}

}
