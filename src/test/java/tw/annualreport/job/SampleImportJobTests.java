package tw.annualreport.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import tw.annualreport.source.TextEncodingDetector;
import tw.annualreport.support.RejectsCsv;
import tw.annualreport.support.SampleFolders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The bundled sample folders imported end to end on H2: every valid row lands in its table,
 * every planted bad row in rejects.csv, and read = accepted + rejected for every file.
 */
class SampleImportJobTests extends ImportJobTestSupport {

	@TempDir
	Path temp;

	@Test
	void importsKhhZyWithExactlyTheSixPlantedRowsRejected() throws Exception {
		Path input = SampleFolders.copy("113/KHH-ZY", this.temp.resolve("in/KHH-ZY"));
		Path out = this.temp.resolve("out");

		JobExecution execution = this.jobOperatorTestUtils.startJob(parameters("KHH-ZY", input, out));

		assertThat(execution.getStatus()).as(failureReason(execution)).isEqualTo(BatchStatus.COMPLETED);
		long importId = importIdOf(execution);
		assertThat(published("KHH-ZY")).isEqualTo(importId);
		// counted from the sample files: data rows minus the planted bad rows
		assertThat(counts(importId)).containsExactly(entry("agency", 1L), entry("plan_node", 63L),
				entry("execution_record", 79L), entry("phone_test", 40L), entry("phone_test_score", 180L),
				entry("survey_question", 20L), entry("survey_response", 394L), entry("survey_answer", 4418L),
				entry("case_record", 143L), entry("history_figure", 10L));
		assertThat(fileCounts(importId)).containsOnly(entry("agency", List.of(1L, 1L, 0L)),
				entry("plan", List.of(63L, 63L, 0L)), entry("executions", List.of(80L, 79L, 1L)),
				entry("phone_tests", List.of(42L, 40L, 2L)), entry("survey_questions", List.of(20L, 20L, 0L)),
				entry("survey_responses", List.of(396L, 394L, 2L)), entry("cases", List.of(144L, 143L, 1L)),
				entry("history", List.of(10L, 10L, 0L)), entry("improvements", List.of(4L, 4L, 0L)));
		fileCounts(importId).forEach((file, c) -> assertThat(c.get(0)).as(file).isEqualTo(c.get(1) + c.get(2)));

		List<RejectsCsv.Line> rejects = RejectsCsv.read(out.resolve("113/KHH-ZY/rejects.csv"));
		assertThat(rejects).extracting(RejectsCsv.Line::file, RejectsCsv.Line::row, RejectsCsv.Line::column,
				RejectsCsv.Line::value, RejectsCsv.Line::code)
			.containsExactly(
					tuple("executions.csv", "9", "執行日期", "112/12/28", "DATE_OUTSIDE_YEAR"),
					tuple("phone_tests.csv", "13", "業務單位電話禮貌", "27", "SCORE_OUT_OF_RANGE"),
					tuple("phone_tests.csv", "27", "總機接聽速度、總機電話禮貌", "", "PART_INCOMPLETE"),
					tuple("survey_responses.csv", "103", "回覆編號", "P0057", "ID_DUPLICATE"),
					tuple("survey_responses.csv", "363", "Q3", "7", "ANSWER_INVALID"),
					tuple("cases.csv", "32", "收件日期", "113/02/30", "DATE_INVALID"));
		assertThat(rejects).allSatisfy((line) -> assertThat(line.reason()).isNotBlank());
		assertThat(rejects.get(0).reason()).startsWith("日期不在報告年度內");
	}

	@Test
	void theFirstOfTwoDuplicateResponsesIsKeptAndTheLaterRejected() throws Exception {
		Path input = SampleFolders.copyAs("113/KHH-ZY", "ZY-DUP", this.temp.resolve("in"), java.nio.charset.StandardCharsets.UTF_8);
		JobExecution execution = this.jobOperatorTestUtils.startJob(parameters("ZY-DUP", input, this.temp.resolve("out")));

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		List<Integer> rows = this.jdbc.queryForList(
				"SELECT row_no FROM survey_response WHERE import_id = ? AND survey_code = 'PUB' AND response_id = 'P0057'",
				Integer.class, importIdOf(execution));
		assertThat(rows).containsExactly(58);
	}

	@Test
	void importsTheKhhSm2WorkbookWithDateCellsAndTextNumbers() throws Exception {
		Path input = SampleFolders.copy("113/KHH-SM2", this.temp.resolve("in/KHH-SM2"));
		Path out = this.temp.resolve("out");

		JobExecution execution = this.jobOperatorTestUtils.startJob(parameters("KHH-SM2", input, out));

		assertThat(execution.getStatus()).as(failureReason(execution)).isEqualTo(BatchStatus.COMPLETED);
		long importId = importIdOf(execution);
		assertThat(counts(importId)).contains(entry("agency", 1L), entry("plan_node", 82L),
				entry("execution_record", 134L), entry("phone_test", 37L), entry("survey_question", 20L),
				entry("survey_response", 302L), entry("case_record", 151L), entry("history_figure", 10L));
		assertThat(this.jdbc.queryForList("SELECT source_name FROM import_file WHERE import_id = ? ORDER BY file_key",
				String.class, importId)).containsExactly("agency.csv", "資料.xlsx［cases］",
						"資料.xlsx［executions］", "history.csv", "improvements.csv", "資料.xlsx［phone_tests］", "plan.csv",
						"資料.xlsx［survey_questions］", "資料.xlsx［survey_responses］");
		// every date cell became a date of 113 (2024), every text number a count
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM execution_record WHERE import_id = ?"
				+ " AND exec_date BETWEEN DATE '2024-01-01' AND DATE '2024-12-31'", Long.class, importId)).isEqualTo(134L);
		assertThat(this.jdbc.queryForObject("SELECT SUM(participants) FROM execution_record WHERE import_id = ?",
				Long.class, importId)).isPositive();
		assertThat(Files.exists(out.resolve("113/KHH-SM2/rejects.csv"))).isFalse();
	}

	@Test
	void importsKhhMtWrittenInBig5() throws Exception {
		Path input = SampleFolders.copy("106/KHH-MT", this.temp.resolve("in/KHH-MT"));
		assertThat(TextEncodingDetector.detect(input.resolve("plan.csv")).charset()).isEqualTo(TextEncodingDetector.BIG5);

		JobExecution execution = this.jobOperatorTestUtils
			.startJob(parameters("KHH-MT", 106, input, this.temp.resolve("out"), AnnualReportLauncher.fingerprint(input), 1));

		assertThat(execution.getStatus()).as(failureReason(execution)).isEqualTo(BatchStatus.COMPLETED);
		long importId = importIdOf(execution);
		assertThat(counts(importId)).contains(entry("agency", 1L), entry("plan_node", 82L),
				entry("execution_record", 128L), entry("phone_test", 39L), entry("survey_question", 20L),
				entry("survey_response", 424L), entry("case_record", 266L), entry("history_figure", 10L));
		Map<String, Object> agency = this.jdbc.queryForMap("SELECT name, parent_name FROM agency WHERE import_id = ?", importId);
		assertThat(agency).containsEntry("NAME", "高雄市彌陀區衛生所").containsEntry("PARENT_NAME", "高雄市政府衛生局");
	}

}
