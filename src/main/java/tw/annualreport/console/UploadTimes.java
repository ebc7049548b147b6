package tw.annualreport.console;

import java.time.LocalDateTime;

/** An upload's time as the officer writes it: ROC date and time, 「115/12/06 17:40」. */
final class UploadTimes {

	private UploadTimes() {
	}

	static String format(LocalDateTime at) {
		return String.format("%d/%02d/%02d %02d:%02d", at.getYear() - 1911, at.getMonthValue(), at.getDayOfMonth(),
				at.getHour(), at.getMinute());
	}

}
