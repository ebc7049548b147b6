package tw.annualreport.source;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * An Excel error value (SPEC §3) in a free-text column leaves that text empty and keeps the row
 * with a warning; in a column the figures use it rejects the row.
 */
class FreeTextErrorCellTests {

	/** A survey response P1 (Q1 = 4, 意見 = 服務很好) whose cell under {@code errorHeader} holds #VALUE!. */
	private static SourceRow response(String commentHeader, String errorHeader) {
		Map<String, String> cells = new LinkedHashMap<>();
		cells.put("問卷代碼", "PUB");
		cells.put("回覆編號", "P1");
		cells.put("Q1", "4");
		cells.put(commentHeader, "服務很好");
		cells.put(errorHeader, "#VALUE!");
		return new SourceRow("survey_responses.xlsx", "survey_responses", 2, cells, Set.of(errorHeader));
	}

	@Test
	void theFreeTextColumnsAreTheProseNoFigureReads() {
		assertThat(Arrays.stream(SourceFile.values())
			.flatMap((file) -> file.columns().stream().filter(SourceFile.Column::freeText).map((c) -> file.fileName() + "." + c.chinese())))
			.containsExactlyInAnyOrder("executions.執行情形", "executions.佐證", "phone_tests.扣分事由", "phone_tests.備註",
					"survey_responses.意見", "improvements.檢討");
	}

	@Test
	void anErrorValueInAFreeTextColumnReadsAsEmptyAndIsAWarning() {
		SourceRow row = response("意見", "意見");

		assertThat(row.get(SourceFile.SURVEY_RESPONSES.column("comment"))).isEmpty();
		assertThat(row.errorProblems(SourceFile.SURVEY_RESPONSES))
			.extracting(RowProblem::column, RowProblem::value, RowProblem::reason, RowProblem::rowNumber)
			.containsExactly(tuple("意見", "#VALUE!", RejectReason.TEXT_CELL_ERROR, 2));
		assertThat(RejectReason.TEXT_CELL_ERROR.warning()).isTrue();
		assertThat(RejectReason.TEXT_CELL_ERROR.text()).startsWith("警告").contains("留空", "照常匯入");
	}

	@Test
	void aFreeTextColumnUnderItsEnglishAliasIsFreeTextToo() {
		SourceRow row = response("comment", "comment");

		assertThat(row.get(SourceFile.SURVEY_RESPONSES.column("comment"))).isEmpty();
		assertThat(row.errorProblems(SourceFile.SURVEY_RESPONSES)).extracting(RowProblem::reason)
			.containsExactly(RejectReason.TEXT_CELL_ERROR);
	}

	@Test
	void aRowWhoseOnlyErrorIsInFreeTextIsKeptWithItsWarning() {
		SourceRow row = response("意見", "意見");

		ImportedRow<String> imported = ColumnLimits.apply(SourceFile.SURVEY_RESPONSES, ImportedRow.accepted(row, "P1"));

		assertThat(imported.isAccepted()).isTrue();
		assertThat(imported.value()).isEqualTo("P1");
		assertThat(imported.problems()).extracting(RowProblem::reason).containsExactly(RejectReason.TEXT_CELL_ERROR);
	}

	@Test
	void anErrorValueInAnAnswerColumnRejectsTheRow() {
		SourceRow row = response("意見", "Q1");

		ImportedRow<String> imported = ColumnLimits.apply(SourceFile.SURVEY_RESPONSES, ImportedRow.accepted(row, "P1"));

		assertThat(imported.isAccepted()).isFalse();
		assertThat(imported.problems()).extracting(RowProblem::column, RowProblem::reason)
			.containsExactly(tuple("Q1", RejectReason.CELL_ERROR));
		assertThat(row.get(SourceFile.SURVEY_RESPONSES.column("comment"))).isEqualTo("服務很好");
	}

	@Test
	void aRowRejectedForAnotherReasonStillListsItsWarning() {
		SourceRow row = response("意見", "意見");
		RowProblem badDate = row.problem("填答日期", "113/02/30", RejectReason.DATE_INVALID);

		ImportedRow<String> imported = ColumnLimits.apply(SourceFile.SURVEY_RESPONSES,
				ImportedRow.rejected(row, List.of(badDate)));

		assertThat(imported.isAccepted()).isFalse();
		assertThat(imported.problems()).extracting(RowProblem::reason)
			.containsExactly(RejectReason.TEXT_CELL_ERROR, RejectReason.DATE_INVALID);
	}

}
