package tw.annualreport.console;

import tw.annualreport.system.ReportYear;

/** The report year the console opens on: this year, in ROC years (民國), in Taiwan. */
final class RocYears {

	private RocYears() {
	}

	static int current() {
		return ReportYear.current();
	}

	/**
	 * A year asked for in a link or form, else this year.
	 * @throws IllegalArgumentException an implausible year, with the year probably meant (a Chinese 400 page)
	 */
	static int of(Integer year) {
		if (year == null) {
			return current();
		}
		return ReportYear.checkRoc(year);
	}

}
