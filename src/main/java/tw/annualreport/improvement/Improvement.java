package tw.annualreport.improvement;

import java.time.LocalDate;

/**
 * One row of improvements.csv (檢討與改進): what the agency will do about an item of 陸, who does
 * it and by when.
 *
 * @param rowNumber the row as Excel shows it
 * @param item the flag's item as the report names it (a measure's 項次, a unit, a survey question
 * such as {@code PUB.Q3}, a figure's key), or an item of the agency's own
 * @param finding the officer's own review of it (檢討), null when not given
 * @param units who carries it out (承辦單位), null when not given
 * @param due by when (預定完成日期), null when not given
 */
public record Improvement(int rowNumber, String item, String finding, String action, String units, LocalDate due) {
}
