package tw.annualreport.console;

import java.time.LocalDate;

import tw.annualreport.report.ReportFormats;

/** The report year the console opens on: this year, in ROC years (民國), in Taiwan. */
final class RocYears {

	private RocYears() {
	}

	static int current() {
		return LocalDate.now(ReportFormats.TAIWAN).getYear() - 1911;
	}

	/** A year asked for in a link or form, else this year; an unreasonable one is refused. */
	static int of(Integer year) {
		if (year == null) {
			return current();
		}
		if (year < 1 || year > 999) {
			throw new IllegalArgumentException("年度「" + year + "」不合理，請用民國年（例如 113）");
		}
		return year;
	}

}
