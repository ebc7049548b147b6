package tw.annualreport.cases;

import java.time.LocalDate;

/**
 * A case (案件): an application (申辦) or a petition (陳情), with its time limit.
 *
 * @param type APPLICATION (申辦) or PETITION (陳情)
 * @param closed the closing date (結案日期), null while open
 */
public record CaseRecord(String caseId, int rowNumber, String type, String channel, String category,
		LocalDate received, int limitDays, LocalDate closed) {
}
