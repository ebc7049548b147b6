package tw.annualreport.schedule;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The schedules of {@code --serve} ({@code annual-report.schedule.*}), cron expressions with
 * seconds, in the given time zone.
 *
 * @param draftCron the nightly draft of the current year for every agency
 * @param finalCron the final report of the previous year, mailed (default 10 January)
 * @param input the source folder imported before each scheduled run (one sub-folder per
 * agency); without it the scheduled runs use the database as it stands
 * @param alertTo the operators mailed when a scheduled run fails, and once when it recovers
 * @param bureaus bureaus (上級機關代碼) whose nightly draft is a bureau run: their agencies and the
 * bureau's draft consolidation (彙整), the other agencies each on their own as before
 */
@ConfigurationProperties("annual-report.schedule")
public record ScheduleProperties(@DefaultValue("0 30 2 * * *") String draftCron,
		@DefaultValue("0 0 6 10 1 *") String finalCron, @DefaultValue("Asia/Taipei") String zone, Path input,
		List<String> alertTo, List<String> bureaus) {

	public ScheduleProperties {
		alertTo = (alertTo == null) ? List.of()
				: alertTo.stream().map(String::strip).filter((a) -> !a.isEmpty()).distinct().toList();
		bureaus = (bureaus == null) ? List.of()
				: bureaus.stream().map(String::strip).filter((b) -> !b.isEmpty()).distinct().toList();
	}

}
