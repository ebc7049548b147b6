package tw.annualreport.console;

import java.time.Instant;
import java.time.ZonedDateTime;

import tw.annualreport.report.ReportFormats;

/** A moment as the officer writes it: ROC date and Taiwan time, 「115/12/06 14:02」. */
final class RocTimes {

	private RocTimes() {
	}

	static String format(Instant instant) {
		ZonedDateTime time = instant.atZone(ReportFormats.TAIWAN);
		return String.format("%d/%02d/%02d %02d:%02d", time.getYear() - 1911, time.getMonthValue(), time.getDayOfMonth(),
				time.getHour(), time.getMinute());
	}

}
