package tw.annualreport.submission;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import tw.annualreport.delivery.NoticeMailer;
import tw.annualreport.register.AgencyRegister;
import tw.annualreport.register.RegisteredAgency;
import tw.annualreport.register.Standing;

/**
 * The reminders of a night: an agency of a register not yet 送出 (or 核定) gets a reminder
 * {@link ReminderProperties#daysBefore} days before its due date and a notice on the day after it;
 * each bureau with late agencies gets a weekly digest of them. Each is sent once (table
 * {@code reminder_sent}), so a night run twice, or a missed night caught up, sends nothing twice;
 * one that could not go is tried again the next night (while it is still due); every mail, sent or
 * not, is in the delivery log.
 */
@Component
public class Reminders {

	static final String BEFORE = "before";

	static final String AFTER = "after";

	private final AgencyRegister register;

	private final BureauBoard board;

	private final AgencyAddresses addresses;

	private final NoticeMailer mailer;

	private final ReminderProperties properties;

	private final JdbcTemplate jdbc;

	public Reminders(AgencyRegister register, BureauBoard board, AgencyAddresses addresses,
			NoticeMailer mailer, ReminderProperties properties, JdbcTemplate jdbc) {
		this.register = register;
		this.board = board;
		this.addresses = addresses;
		this.mailer = mailer;
		this.properties = properties;
		this.jdbc = jdbc;
	}

	/** @return one line per mail sent (or not), for the log */
	public List<String> remind() {
		LocalDate today = this.board.today();
		List<String> lines = new ArrayList<>();
		int thisYear = today.getYear() - 1911;
		for (int rocYear : new int[] { thisYear - 1, thisYear }) {
			Set<String> bureaus = new LinkedHashSet<>();
			this.register.all(rocYear).forEach((a) -> bureaus.add(a.parentCode()));
			for (String bureau : bureaus) {
				Map<String, RegisteredAgency> registered = new LinkedHashMap<>();
				this.register.of(bureau, rocYear).forEach((a) -> registered.put(a.code(), a));
				List<Standing> late = new ArrayList<>();
				for (Standing s : this.board.standings(bureau, rocYear)) {
					if (!s.registered() || s.status().handedIn()) {
						continue;
					}
					if (s.late()) {
						late.add(s);
					}
					if (!today.isBefore(s.due().minusDays(this.properties.daysBefore())) && !today.isAfter(s.due())) {
						once(rocYear, s.code(), BEFORE, lines, () -> notice(s, rocYear, "reminder", "提醒：繳交期限 " + s.due(),
								s.name() + " 您好：\n\n" + rocYear + " 年度提升服務成果報告的繳交期限為 " + s.due()
										+ "，目前狀態為「" + s.status().label() + "」。請於期限前在主控台產製正式報告並「送出」給上級機關。"));
					}
					if (today.isAfter(s.due())) {
						once(rocYear, s.code(), AFTER, lines, () -> notice(s, rocYear, "overdue", "已逾繳交期限 " + s.due(),
								s.name() + " 您好：\n\n" + rocYear + " 年度提升服務成果報告的繳交期限 " + s.due()
										+ " 已過，上級機關尚未收到貴機關送出的報告（目前狀態「" + s.status().label() + "」）。請儘速產製並送出。"));
					}
				}
				if (!late.isEmpty() && today.getDayOfWeek().compareTo(this.properties.digestDay()) >= 0) {
					LocalDate week = today.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
					String key = "digest-" + week.get(IsoFields.WEEK_BASED_YEAR) + "W" + week.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
					once(rocYear, bureau, key, lines, () -> digest(bureau, rocYear, late));
				}
			}
		}
		return lines;
	}

	private Sent notice(Standing s, int rocYear, String kind, String what, String body) {
		String problem = this.mailer.send(s.code(), rocYear, kind, this.addresses.agency(s.code(), rocYear),
				"【提升服務成果報告】" + s.name() + " " + rocYear + "年度 " + what, body);
		return Sent.of(s.code() + " " + what, problem);
	}

	private Sent digest(String bureau, int rocYear, List<Standing> late) {
		StringBuilder body = new StringBuilder(rocYear + " 年度提升服務成果報告，逾期未送出的機關共 " + late.size() + " 個：\n\n");
		late.forEach((s) -> body.append("・").append(s.name()).append("（").append(s.code()).append("）：")
			.append(s.status().label()).append("，繳交期限 ").append(s.due()).append('\n'));
		List<String> to = new ArrayList<>();
		late.forEach((s) -> this.addresses.bureau(s.code(), rocYear).forEach((a) -> {
			if (!to.contains(a)) {
				to.add(a);
			}
		}));
		String problem = this.mailer.send(bureau, rocYear, "digest", to.isEmpty() ? this.properties.bureauMailTo() : to,
				"【提升服務成果報告】" + rocYear + "年度 逾期未送出機關週報（" + late.size() + " 個）", body.toString());
		return Sent.of(bureau + " 逾期週報", problem);
	}

	/**
	 * Sends unless sent before. Claimed first (a row of {@code reminder_sent}), so that two nights at
	 * once cannot both send; the claim is dropped again when the mail could not go (no address, the
	 * server down or refusing it), so that the next night tries again: a reminder is remembered only
	 * once it was sent.
	 */
	private void once(int rocYear, String code, String reminder, List<String> lines, Supplier<Sent> send) {
		try {
			this.jdbc.update("INSERT INTO reminder_sent (roc_year, agency_code, reminder, sent_at) VALUES (?, ?, ?, ?)", rocYear,
					code, reminder, Timestamp.valueOf(LocalDateTime.now()));
		}
		catch (DuplicateKeyException ex) {
			return;
		}
		Sent sent;
		try {
			sent = send.get();
		}
		catch (RuntimeException ex) {
			forget(rocYear, code, reminder);
			throw ex;
		}
		if (!sent.sent()) {
			forget(rocYear, code, reminder);
		}
		lines.add(sent.line());
	}

	private void forget(int rocYear, String code, String reminder) {
		this.jdbc.update("DELETE FROM reminder_sent WHERE roc_year = ? AND agency_code = ? AND reminder = ?", rocYear, code,
				reminder);
	}

	/** A reminder's outcome: whether it went, and the line for the log. */
	private record Sent(boolean sent, String line) {

		static Sent of(String what, String problem) {
			return new Sent(problem == null, what + ((problem == null) ? "：已寄出" : "：未寄出，" + problem + "（下次排程再寄）"));
		}

	}

}
