package tw.annualreport.phonetest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One phone-courtesy test (電話禮貌測試) of a unit.
 *
 * @param total 100 × scored points ÷ maxima of the scored items (a part tested alone scales to 100)
 * @param deductions the deduction reasons (扣分事由) joined with ；
 * @param scores the scored items only
 */
public record PhoneTest(String testId, int rowNumber, LocalDate date, String unit, String tester, double total,
		String deductions, String note, List<Score> scores) {

	/** The score of one item of one test. */
	public record Score(String testId, String itemCode, BigDecimal score, BigDecimal maxScore) {
	}

}
