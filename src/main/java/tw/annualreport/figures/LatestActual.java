package tw.annualreport.figures;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The indicator's actual (指標實績) = the value of the latest-dated execution record that
 * has one. Records without a value are skipped. On the same date the row added later
 * wins (the newer entry is the officer's correction), so feed rows in file/row order.
 */
public final class LatestActual {

	private LocalDate date;

	private Double value;

	public void add(LocalDate recordDate, Double actual) {
		if (actual == null) {
			return;
		}
		Objects.requireNonNull(recordDate, "recordDate");
		if (!Double.isFinite(actual)) {
			throw new IllegalArgumentException("指標實績 must be finite: " + actual);
		}
		if (this.date == null || !recordDate.isBefore(this.date)) {
			this.date = recordDate;
			this.value = actual;
		}
	}

	/** The actual, or {@code null} when no record had one. */
	public Double value() {
		return this.value;
	}

	/** The date of the record the actual comes from, or {@code null}. */
	public LocalDate date() {
		return this.date;
	}

}
