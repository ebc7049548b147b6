package tw.annualreport.report.section;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tw.annualreport.report.document.Column;
import tw.annualreport.report.document.SheetLayout;
import tw.annualreport.report.document.Table;
import tw.annualreport.report.document.TableHeight;

import static org.assertj.core.api.Assertions.assertThat;

class ReportSectionsTests {

	@Test
	void everyPdfTableSpansThePageAndHasItsOwnName() {
		Set<Table> tables = ReportSections.pdfTables();

		assertThat(tables).allSatisfy((table) -> assertThat(table.pdfWidth()).as(table.id()).isEqualTo(515));
		Set<String> ids = new HashSet<>();
		Stream.concat(tables.stream(), ReportSections.sheets().stream().flatMap((s) -> s.tables().stream()))
			.distinct()
			.forEach((table) -> assertThat(ids.add(table.id())).as(table.id()).isTrue());
	}

	/** Column headers are bold 8.5 pt with 3 pt padding each side: none breaks inside a word such as 「非常不滿/意」. */
	@Test
	void everyPdfColumnHeaderFitsItsColumn() {
		for (Table table : ReportSections.pdfTables()) {
			for (Column column : table.columns()) {
				for (String line : column.header().split("\n")) {
					assertThat(TableHeight.lines(line, column.pdfWidth() - 6, 8.5)).as("%s: %s", table.id(), line).isEqualTo(1);
				}
			}
		}
		Table questions = SurveySection.QUESTIONS;
		assertThat(questions.headers()).containsSubsequence("非常不滿意", "不滿意", "普通", "滿意", "非常滿意");
	}

	@Test
	void theWorkbooksHaveTheirSheetsInReportOrderWithNamesExcelAccepts() {
		List<String> names = ReportSections.sheets().stream().map(SheetLayout::name).toList();

		assertThat(names).containsExactly("壹、執行成果摘要", "貳、各工作要項", "貳、執行紀錄", "參、電話禮貌測試", "肆、滿意度調查", "伍、案件處理情形",
				"陸、檢討與改進", "資料品質說明", "壹、彙整摘要", "壹、各局處繳交狀況", "壹、各局處數值", "貳、各機關彙整表", "貳、各機關滿意度", "參、資料繳交狀況", "肆、檢討與改進");
		assertThat(names).allSatisfy((name) -> assertThat(name.length()).isLessThanOrEqualTo(31));
	}

	/** The widths the sheet templates had when each sheet had its own (kept when they became Java). */
	@Test
	void theSheetsKeepTheirColumnWidths() {
		Map<String, List<Integer>> widths = ReportSections.sheets()
			.stream()
			.collect(Collectors.toMap(SheetLayout::key, SheetLayout::columnWidths));

		assertThat(widths).containsEntry("summary", List.of(200, 100, 60, 380))
			.containsEntry("plan", List.of(55, 70, 380, 110, 90, 70, 60, 60, 70, 60, 70, 180, 60, 75, 75, 70, 75, 70))
			.containsEntry("executions", List.of(70, 80, 420, 100, 70, 60, 70))
			.containsEntry("phone", List.of(150, 120, 75, 75, 75, 75, 75, 90))
			.containsEntry("survey", List.of(70, 320, 95, 70, 70, 70, 70, 70, 70, 70, 70))
			.containsEntry("cases", List.of(80, 150, 80, 150, 80, 80, 80, 80, 80))
			.containsEntry("review", List.of(180, 450, 420, 300, 420, 120, 100))
			.containsEntry("rows", List.of(120, 220, 90, 90, 90, 90));
	}

}
