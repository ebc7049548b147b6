package tw.annualreport.submission;

import java.time.DayOfWeek;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reminders ({@code annual-report.reminders.*}), sent by {@code --serve}'s schedule.
 *
 * @param daysBefore an agency not yet 送出 is reminded this many days before its due date (and again
 * on the day after it)
 * @param digestDay the day of the week the bureau gets its digest of late agencies (the first night of
 * the week from that day on)
 * @param cron when the reminders go out (cron with seconds, in {@code annual-report.schedule.zone})
 * @param bureauMailTo the bureaus' addresses for the digest when the late agencies' agency.csv name none
 */
@ConfigurationProperties("annual-report.reminders")
public record ReminderProperties(@DefaultValue("7") int daysBefore, @DefaultValue("MONDAY") DayOfWeek digestDay,
		@DefaultValue("0 0 8 * * *") String cron, List<String> bureauMailTo) {

	public ReminderProperties {
		bureauMailTo = (bureauMailTo == null) ? List.of() : List.copyOf(bureauMailTo);
	}

}
