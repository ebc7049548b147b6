package tw.annualreport.register;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One agency of a bureau's register (機關名冊, SPEC §3 agencies.csv): an agency the bureau expects
 * a report from, and by when.
 *
 * @param parentCode the bureau (or city) it stands under; null for the head of a file, the row that
 * names the bureau or city the file belongs to ({@link #head()})
 * @param mailTo the agency's own addresses (reminders, 退回, 核定), {@code ;}-separated, or null
 * @param due the due date (繳交期限) as given, or null for the default ({@link #dueDate(int)})
 */
public record RegisteredAgency(String code, String name, String parentCode, String mailTo, LocalDate due) {

	/** The due date of a report year: as given, else 1 月 31 日 of the next year. */
	public LocalDate dueDate(int rocYear) {
		return (this.due != null) ? this.due : defaultDue(rocYear);
	}

	/** 「於次年1月提出」: 31 January of the year after the report year. */
	public static LocalDate defaultDue(int rocYear) {
		return LocalDate.of(rocYear + 1911 + 1, 1, 31);
	}

	/**
	 * Whether this row is the head of its file — the city (研考會) or bureau itself, 上級機關代碼 blank —
	 * which gives its name, not a member of any register.
	 */
	public boolean head() {
		return this.parentCode == null;
	}

	public List<String> recipients() {
		return (this.mailTo == null) ? List.of()
				: Arrays.stream(this.mailTo.split("[;；]")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

}
