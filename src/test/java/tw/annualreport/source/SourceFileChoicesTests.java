package tw.annualreport.source;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import tw.annualreport.figures.MeasureStatus;
import tw.annualreport.survey.Audience;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The choices of a column are listed once, on the column: the import keeps their values, which are
 * the names the features read back, and refuses anything else naming them all.
 */
class SourceFileChoicesTests {

	private static List<String> values(SourceFile file, String alias) {
		return file.column(alias).choices().stream().map(SourceFile.Choice::value).toList();
	}

	@Test
	void theChoicesValuesAreWhatTheFeaturesReadBack() {
		assertThat(values(SourceFile.EXECUTIONS, "status"))
			.containsExactlyElementsOf(Arrays.stream(MeasureStatus.values()).map(Enum::name).toList());
		assertThat(SourceFile.EXECUTIONS.column("status").choices()).extracting(SourceFile.Choice::label)
			.containsExactlyElementsOf(Arrays.stream(MeasureStatus.values()).map(MeasureStatus::label).toList());
		assertThat(values(SourceFile.SURVEY_QUESTIONS, "audience"))
			.containsExactlyElementsOf(Arrays.stream(Audience.values()).map(Enum::name).toList());
	}

	@Test
	void aChoiceIsTakenInAnyOfItsWordsAndAnythingElseIsRefusedNamingTheChoices() {
		RowCheck synonym = check("進行中");
		assertThat(synonym.choice(SourceFile.EXECUTIONS.column("status"))).isEqualTo("IN_PROGRESS");
		assertThat(synonym.ok()).isTrue();

		RowCheck wrong = check("做完了");
		assertThat(wrong.choice(SourceFile.EXECUTIONS.column("status"))).isNull();
		assertThat(wrong.problems()).singleElement()
			.satisfies((p) -> assertThat(p.reason()).isEqualTo(RejectReason.VALUE_INVALID))
			.satisfies((p) -> assertThat(p.message()).isEqualTo("內容不在允許的選項內：應為 已完成、執行中 或 未執行"));
	}

	@Test
	void everyColumnWithChoicesHasOneOfThemAsItsExample() {
		for (SourceFile file : SourceFile.values()) {
			for (SourceFile.Column column : file.columns()) {
				if (!column.choices().isEmpty()) {
					assertThat(column.choice(column.example(113))).as(file + " " + column.chinese()).isPresent();
				}
			}
		}
	}

	private static RowCheck check(String status) {
		return new RowCheck(new SourceRow("executions.csv", "", 2, java.util.Map.of("狀態", status)), 113);
	}

}
