package tw.annualreport.source;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A missing column says which header the file has instead, when one looks like a typo of it. */
class HeaderHintsTests {

	private static final List<SourceFile.Column> EXECUTIONS = SourceFile.EXECUTIONS.columns();

	@Test
	void aTypoInAHeaderAsksWhetherTheExpectedOneWasMeant() {
		assertThat(HeaderHints.missing(EXECUTIONS, List.of("措施項次", "執行曰期", "狀態")))
			.hasValue("執行日期[date]（找到「執行曰期」，是否為「執行日期」？）");
	}

	@Test
	void aShortenedHeaderOrAMisspeltAliasIsNearToo() {
		assertThat(HeaderHints.missing(EXECUTIONS, List.of("項次", "執行日期", "狀態")))
			.hasValue("措施項次[measure]（找到「項次」，是否為「措施項次」？）");
		assertThat(HeaderHints.missing(EXECUTIONS, List.of("measure", "date", "stauts")))
			.hasValue("狀態[status]（找到「stauts」，是否為「狀態」？）");
	}

	@Test
	void withoutAHeaderNearTheMissingOneTheMessageListsTheHeadersFound() {
		assertThat(HeaderHints.missing(EXECUTIONS, List.of("措施項次", "執行日期", "備註")))
			.hasValue("狀態[status]；檔案的標題列為：措施項次、執行日期、備註");
		assertThat(HeaderHints.missing(SourceFile.HISTORY.columns(), List.of("", "")))
			.hasValue("年度[year]、項目[metric]、數值[value]；檔案的第 1 列（標題列）是空的");
	}

	@Test
	void aHeaderThatNamesAColumnIsNeverTakenForATypoOfAnother() {
		// 承辦單位 is a column of its own: not a typo of 措施項次 or of 狀態
		assertThat(HeaderHints.missing(EXECUTIONS, List.of("措施項次", "執行日期", "承辦單位")))
			.hasValue("狀態[status]；檔案的標題列為：措施項次、執行日期、承辦單位");
	}

	@Test
	void nothingMissingIsNoMessage() {
		assertThat(HeaderHints.missing(EXECUTIONS, List.of("measure", "執行日期", "狀態"))).isEmpty();
	}

}
