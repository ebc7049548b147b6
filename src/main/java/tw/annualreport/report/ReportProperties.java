package tw.annualreport.report;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Report settings ({@code annual-report.report.*}).
 *
 * @param contact the contact line of the cover (e.g. 「研考承辦人 王小明 07-1234567 分機 12」);
 * blank leaves the line out
 * @param satisfactionTarget a survey question whose satisfaction rate is below it is flagged in
 * 陸、檢討與改進 (0.80 = 80 %)
 * @param date the report date on the cover; unset means the day of the run in Taiwan (a run at
 * 07:00 in Kaohsiung is dated that day, though the server's clock may still be on yesterday's UTC)
 */
@ConfigurationProperties("annual-report.report")
public record ReportProperties(@DefaultValue("") String contact, @DefaultValue("0.80") double satisfactionTarget,
		LocalDate date) {

	public ReportProperties {
		if (!(satisfactionTarget > 0 && satisfactionTarget <= 1)) {
			throw new IllegalArgumentException(
					"annual-report.report.satisfaction-target 必須介於 0 與 1 之間（0.80 = 80%），目前為 " + satisfactionTarget);
		}
	}

	public LocalDate reportDate() {
		return reportDate(Instant.now());
	}

	LocalDate reportDate(Instant now) {
		return (this.date != null) ? this.date : LocalDate.ofInstant(now, ReportFormats.TAIWAN);
	}

}
