package tw.annualreport.execution;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One execution record (執行紀錄) of a measure: what was done on a day, how many sessions (場次)
 * and participants (人次), and the indicator's actual (指標實績) if the measure has one.
 *
 * @param rowNumber the source row, which keeps records of the same day in file order
 * @param status COMPLETED, IN_PROGRESS or NOT_STARTED
 */
public record ExecutionRecord(int rowNumber, String measureCode, LocalDate date, String unit, String description,
		int sessions, int participants, BigDecimal actual, String status, String evidence) {
}
