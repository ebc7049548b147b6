package tw.annualreport.console;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

import tw.annualreport.report.ReportFormats;

/**
 * Times as the console shows them: ROC date and Taiwan time, {@code 115/12/07 02:30}. The pages
 * use it as {@code ${@rocTimes.of(time)}}.
 */
@ConsoleComponent("rocTimes")
class RocTimes {

	/** 2026-12-07T02:30+08:00 → 115/12/07 02:30; null → 「—」. */
	public String of(ZonedDateTime time) {
		return time == null ? ReportFormats.NONE : local(time.withZoneSameInstant(ReportFormats.TAIWAN).toLocalDateTime());
	}

	/** A local time of the server, which the console runs in Taiwan. */
	public String of(LocalDateTime time) {
		return local(time);
	}

	/** 2025-01-31 → 114/01/31. */
	public String date(LocalDate date) {
		return ReportFormats.rocShortDate(date);
	}

	/** An instant, in Taiwan time. */
	static String of(Instant time) {
		return time == null ? ReportFormats.NONE : local(time.atZone(ReportFormats.TAIWAN).toLocalDateTime());
	}

	private static String local(LocalDateTime time) {
		if (time == null) {
			return ReportFormats.NONE;
		}
		return ReportFormats.rocShortDate(time.toLocalDate()) + " " + twoDigits(time.getHour()) + ":"
				+ twoDigits(time.getMinute());
	}

	private static String twoDigits(int value) {
		return (value < 10 ? "0" : "") + value;
	}

}
