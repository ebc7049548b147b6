package tw.annualreport.source;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the typed values of one source row and collects every problem on the way, so a
 * rejected row reports all its bad cells at once. Each getter returns null when the cell is
 * bad (and records why) so the caller can go on checking the rest of the row.
 */
public final class RowCheck {

	/** Numbers are stored as DECIMAL(20, 6): 14 digits before the point. */
	static final BigDecimal LARGEST = new BigDecimal("1e14");

	private final SourceRow row;

	private final int rocYear;

	private final List<RowProblem> problems = new ArrayList<>();

	public RowCheck(SourceRow row, int rocYear) {
		this.row = row;
		this.rocYear = rocYear;
	}

	public SourceRow row() {
		return this.row;
	}

	public List<RowProblem> problems() {
		return this.problems;
	}

	public boolean ok() {
		return this.problems.isEmpty();
	}

	public void reject(String column, String value, RejectReason reason) {
		this.problems.add(this.row.problem(column, value, reason));
	}

	public void reject(String column, String value, RejectReason reason, String detail) {
		this.problems.add(this.row.problem(column, value, reason, detail));
	}

	/** The text of a column; a blank required column is a problem. */
	public String text(SourceFile.Column column) {
		String value = this.row.get(column);
		if (value.isEmpty() && column.required()) {
			reject(column.chinese(), value, RejectReason.REQUIRED_BLANK);
		}
		return value;
	}

	/** A code, number, date or choice: fully NFKC-normalised (full-width ＫＨＨ-０１ → KHH-01). */
	public String code(SourceFile.Column column) {
		String value = Text.strict(this.row.get(column));
		if (value.isEmpty() && column.required()) {
			reject(column.chinese(), value, RejectReason.REQUIRED_BLANK);
		}
		return value;
	}

	/**
	 * One of a column's fixed choices ({@link SourceFile.Column#choices()}), in any of its words: the
	 * choice's value ({@code COMPLETED} for 已完成 or 完成); null when blank (a problem when required)
	 * or not a choice (a problem naming the choices).
	 */
	public String choice(SourceFile.Column column) {
		String value = code(column);
		if (value.isEmpty()) {
			return null;
		}
		SourceFile.Choice choice = column.choice(value).orElse(null);
		if (choice == null) {
			reject(column.chinese(), value, RejectReason.VALUE_INVALID,
					"應為 " + SourceFile.Choice.listed(column.choices()));
			return null;
		}
		return choice.value();
	}

	/** A date inside the report year; null (with a problem) when blank-but-required, bad, or outside. */
	public LocalDate dateInYear(SourceFile.Column column) {
		LocalDate date = date(column);
		if (date != null && SourceDates.rocYear(date) != this.rocYear) {
			reject(column.chinese(), this.row.get(column), RejectReason.DATE_OUTSIDE_YEAR,
					"報告年度為 " + this.rocYear + " 年（" + SourceDates.gregorianYear(this.rocYear) + "）");
			return null;
		}
		return date;
	}

	/** Any valid date; null when blank or bad. */
	public LocalDate date(SourceFile.Column column) {
		String value = code(column);
		if (value.isEmpty()) {
			return null;
		}
		try {
			return SourceDates.parse(value);
		}
		catch (DateTimeException | NumberFormatException ex) {
			reject(column.chinese(), value, RejectReason.DATE_INVALID);
			return null;
		}
	}

	/** A whole number ≥ 0; blank gives the default. */
	public Integer count(SourceFile.Column column, Integer blankDefault) {
		String value = code(column);
		if (value.isEmpty()) {
			return blankDefault;
		}
		BigDecimal number = number(column.chinese(), value);
		if (number == null) {
			return null;
		}
		try {
			int result = number.intValueExact();
			if (result < 0) {
				reject(column.chinese(), value, RejectReason.NUMBER_NEGATIVE);
				return null;
			}
			return result;
		}
		catch (ArithmeticException ex) {
			if (number.stripTrailingZeros().scale() <= 0) {
				reject(column.chinese(), value, RejectReason.NUMBER_TOO_LARGE, "最大為 " + Integer.MAX_VALUE);
			}
			else {
				reject(column.chinese(), value, RejectReason.NUMBER_INVALID, "應為整數");
			}
			return null;
		}
	}

	/** A decimal number; null when blank or bad. */
	public BigDecimal decimal(SourceFile.Column column) {
		String value = code(column);
		return value.isEmpty() ? null : number(column.chinese(), value);
	}

	/** Parses a number as typed: thousands separators and a trailing % sign are accepted. */
	public BigDecimal number(String column, String value) {
		String plain = Text.strict(value).replace(",", "");
		boolean percent = plain.endsWith("%");
		if (percent) {
			plain = plain.substring(0, plain.length() - 1).strip();
		}
		BigDecimal number;
		try {
			// a trailing % is the indicator's own unit: "95%" means 95 (%)
			number = new BigDecimal(plain);
		}
		catch (NumberFormatException ex) {
			reject(column, value, RejectReason.NUMBER_INVALID);
			return null;
		}
		if (number.abs().compareTo(LARGEST) >= 0) {
			reject(column, value, RejectReason.NUMBER_TOO_LARGE, "絕對值須小於 " + LARGEST.toPlainString());
			return null;
		}
		return number;
	}

}
