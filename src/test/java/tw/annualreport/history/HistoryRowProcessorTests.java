package tw.annualreport.history;

import org.junit.jupiter.api.Test;

import tw.annualreport.source.ImportedRow;
import tw.annualreport.source.RejectReason;
import tw.annualreport.source.RowProblem;
import tw.annualreport.support.Rows;

import static org.assertj.core.api.Assertions.assertThat;

/** History figures: an earlier year (ROC or Gregorian), a metric, a number, once per year and metric. */
class HistoryRowProcessorTests {

	private final HistoryRowProcessor processor = new HistoryRowProcessor(113);

	private ImportedRow<HistoryFigure> figure(String year, String metric, String value) {
		return this.processor.process(Rows.row("history.csv", 2, "年度", year, "項目", metric, "數值", value));
	}

	@Test
	void rocAndGregorianYearsAreStoredAsRocYears() {
		assertThat(figure("112", "phone.mean", "85.2").value()).isEqualTo(new HistoryFigure(112, "phone.mean", 85.2));
		assertThat(figure("2022", "cases.onTimeRate", "0.93").value()).isEqualTo(new HistoryFigure(111, "cases.onTimeRate", 0.93));
	}

	@Test
	void eachDefectHasItsReason() {
		assertThat(figure("113", "phone.mean", "85").problems()).extracting(RowProblem::reason)
			.as("the report year itself is not history").containsExactly(RejectReason.VALUE_INVALID);
		assertThat(figure("2030", "phone.mean", "85").problems()).extracting(RowProblem::reason)
			.containsExactly(RejectReason.VALUE_INVALID);
		assertThat(figure("112", "phone.mean", "八十五").problems()).extracting(RowProblem::reason)
			.containsExactly(RejectReason.NUMBER_INVALID);
		assertThat(figure("112", "", "85").problems()).extracting(RowProblem::reason)
			.containsExactly(RejectReason.REQUIRED_BLANK);
	}

	@Test
	void theSameMetricTwiceInAYearRejectsTheLaterRowEvenWhenTheYearIsWrittenDifferently() {
		assertThat(figure("112", "phone.mean", "85").isAccepted()).isTrue();
		assertThat(figure("2023", "phone.mean", "86").problems()).extracting(RowProblem::reason)
			.containsExactly(RejectReason.ID_DUPLICATE);
	}

}
