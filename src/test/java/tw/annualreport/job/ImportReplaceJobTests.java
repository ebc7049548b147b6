package tw.annualreport.job;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;

import tw.annualreport.support.Fixture;
import tw.annualreport.support.RejectsCsv;
import tw.annualreport.support.SampleFolders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Re-importing an agency-year (SPEC §3 "Rejects"): a run that must not produce a report leaves
 * the published data exactly as they were; a good run replaces them whole; a failed run resumes.
 */
class ImportReplaceJobTests extends ImportJobTestSupport {

	@TempDir
	Path temp;

	@Test
	void aPhoneTestFileWithMoreThanTwentyPercentBadRowsFailsTheRunAndLeavesThePublishedDataAlone() throws Exception {
		Path out = this.temp.resolve("out");
		Path first = SampleFolders.copyAs("113/KHH-ZY", "ZY-LIMIT", this.temp.resolve("first"), StandardCharsets.UTF_8);
		JobExecution published = this.jobOperatorTestUtils.startJob(parameters("ZY-LIMIT", first, out));
		assertThat(published.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		long publishedId = importIdOf(published);
		Map<String, List<Map<String, Object>>> before = snapshot(publishedId);
		byte[] publishedRejects = Files.readAllBytes(out.resolve("113/ZY-LIMIT/rejects.csv"));

		// 42 rows of which 2 are bad, plus 9 with a score above the maximum: 11 of 51 = 21.6 %
		Path second = SampleFolders.copyAs("113/KHH-ZY", "ZY-LIMIT", this.temp.resolve("second"), StandardCharsets.UTF_8);
		StringBuilder bad = new StringBuilder();
		for (int i = 1; i <= 9; i++) {
			bad.append("T113-99").append(i).append(",113/05/0").append(i).append(",一組,李佩珊,30,18,15,21,13,,\r\n");
		}
		Files.writeString(second.resolve("phone_tests.csv"), bad, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

		JobExecution failed = this.jobOperatorTestUtils.startJob(parameters("ZY-LIMIT", second, out));

		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(failureReason(failed)).contains("phone_tests.csv").contains("11／51").contains("21.6%")
			.contains("20.0%");
		assertThat(failed.getStepExecutions()).filteredOn((s) -> s.getStepName().equals("publishImportStep")).isEmpty();
		List<RejectsCsv.Line> rejects = RejectsCsv.read(out.resolve("113/ZY-LIMIT/rejects.pending.csv"));
		assertThat(rejects).filteredOn((l) -> l.file().equals("phone_tests.csv")).hasSize(11);
		assertThat(rejects).filteredOn((l) -> l.file().equals("phone_tests.csv") && Integer.parseInt(l.row()) > 43)
			.extracting(RejectsCsv.Line::code)
			.containsOnly("SCORE_OUT_OF_RANGE")
			.hasSize(9);
		// the failed run left the rejects.csv of the report beside it as it was
		assertThat(Files.readAllBytes(out.resolve("113/ZY-LIMIT/rejects.csv"))).isEqualTo(publishedRejects);
		assertThat(published("ZY-LIMIT")).isEqualTo(publishedId);
		assertThat(snapshot(publishedId)).isEqualTo(before);
	}

	@Test
	void aRejectedShareOfExactlyTwentyPercentIsStillAccepted() throws Exception {
		// 5 tests, 1 bad: 20 % is the limit, not over it
		Path input = Fixture.of("FX-EDGE").append("phone_tests.csv", "").text("phone_tests.csv", Fixture.PHONE_TESTS
				.replace("T5,113/06/03,二組,王小明,25,20,15,25,15", "T5,113/06/03,二組,王小明,25,,15,25,15"))
			.writeTo(this.temp.resolve("in"));

		JobExecution execution = this.jobOperatorTestUtils.startJob(parameters("FX-EDGE", input, this.temp.resolve("out")));

		assertThat(execution.getStatus()).as(failureReason(execution)).isEqualTo(BatchStatus.COMPLETED);
		assertThat(fileCounts(importIdOf(execution))).containsEntry("phone_tests", List.of(5L, 4L, 1L));
	}

	@Test
	void aReimportThatTurnsBadMidFileKeepsTheOldDataAndAGoodOneReplacesEverything() throws Exception {
		Path out = this.temp.resolve("out");
		JobExecution first = this.jobOperatorTestUtils
			.startJob(parameters("FX-ATOM", Fixture.of("FX-ATOM").writeTo(this.temp.resolve("v1")), out));
		assertThat(first.getStatus()).as(failureReason(first)).isEqualTo(BatchStatus.COMPLETED);
		long firstId = importIdOf(first);
		Map<String, List<Map<String, Object>>> before = snapshot(firstId);
		assertThat(counts(firstId)).containsExactly(entry("agency", 1L), entry("plan_node", 7L),
				entry("execution_record", 5L), entry("phone_test", 5L), entry("phone_test_score", 23L),
				entry("survey_question", 3L), entry("survey_response", 5L), entry("survey_answer", 7L),
				entry("case_record", 5L), entry("history_figure", 3L));

		// changed data, and survey_responses.csv whose bytes stop being UTF-8 after 20 000 good ones
		StringBuilder responses = new StringBuilder("問卷代碼,回覆編號,填答日期,服務項目,性別,年齡層,Q1,Q2,意見\n");
		for (int i = 1; responses.length() < 20_000; i++) {
			responses.append("PUB,N").append(i).append(",113/07/05,預防接種,女,30-39歲,5,5,\n");
		}
		ByteArrayOutputStream broken = new ByteArrayOutputStream();
		broken.writeBytes(Fixture.utf8WithBom(responses.toString()));
		broken.writeBytes(new byte[] { 'P', 'U', 'B', ',', 'X', ',', (byte) 0xFF, (byte) 0xFE, (byte) 0xC3, '\n' });
		Fixture changed = Fixture.of("FX-ATOM")
			.append("executions.csv", "1.1.1,113/12/20,研考,年終檢討,1,8,,已完成,\n")
			.bytes("survey_responses.csv", broken.toByteArray());

		JobExecution failed = this.jobOperatorTestUtils
			.startJob(parameters("FX-ATOM", changed.writeTo(this.temp.resolve("v2")), out));

		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(failureReason(failed)).contains("survey_responses.csv").contains("無法辨識檔案編碼");
		assertThat(RejectsCsv.read(out.resolve("113/FX-ATOM/rejects.pending.csv"))).extracting(RejectsCsv.Line::code)
			.containsExactly("FILE_ENCODING");
		assertThat(published("FX-ATOM")).isEqualTo(firstId);
		assertThat(snapshot(firstId)).isEqualTo(before);

		// the good re-import
		Fixture good = Fixture.of("FX-ATOM")
			.append("executions.csv", "1.1.1,113/12/20,研考,年終檢討,1,8,,已完成,\n")
			.append("survey_responses.csv", "PUB,P5,113/09/01,預防接種,女,20-29歲,5,4,\n");
		JobExecution replaced = this.jobOperatorTestUtils
			.startJob(parameters("FX-ATOM", good.writeTo(this.temp.resolve("v3")), out));

		assertThat(replaced.getStatus()).as(failureReason(replaced)).isEqualTo(BatchStatus.COMPLETED);
		long newId = importIdOf(replaced);
		assertThat(newId).isNotEqualTo(firstId);
		assertThat(published("FX-ATOM")).isEqualTo(newId);
		assertThat(counts(newId)).containsExactly(entry("agency", 1L), entry("plan_node", 7L),
				entry("execution_record", 6L), entry("phone_test", 5L), entry("phone_test_score", 23L),
				entry("survey_question", 3L), entry("survey_response", 6L), entry("survey_answer", 9L),
				entry("case_record", 5L), entry("history_figure", 3L));
		assertThat(rowsOfOtherImports("FX-ATOM", newId)).isZero();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM agency_year WHERE agency_code = 'FX-ATOM'", Long.class))
			.isEqualTo(1L);
		assertThat(this.jdbc.queryForList("SELECT description FROM execution_record WHERE import_id = ? ORDER BY row_no",
				String.class, newId)).endsWith("年終檢討").doesNotHaveDuplicates();
		assertThat(Files.exists(out.resolve("113/FX-ATOM/rejects.csv"))).as("stale rejects.csv removed").isFalse();
		assertThat(Files.exists(out.resolve("113/FX-ATOM/rejects.pending.csv"))).as("pending rejects gone once published").isFalse();
	}

	@Test
	void aReimportWithoutARequiredFileFailsAndKeepsTheOldData() throws Exception {
		Path out = this.temp.resolve("out");
		JobExecution first = this.jobOperatorTestUtils
			.startJob(parameters("FX-MISS", Fixture.of("FX-MISS").writeTo(this.temp.resolve("v1")), out));
		long firstId = importIdOf(first);
		Map<String, List<Map<String, Object>>> before = snapshot(firstId);

		Path input = Fixture.of("FX-MISS").without("phone_tests.csv")
			.append("executions.csv", "1.1.1,113/12/20,研考,年終檢討,1,8,,已完成,\n")
			.writeTo(this.temp.resolve("v2"));
		JobExecution failed = this.jobOperatorTestUtils.startJob(parameters("FX-MISS", input, out));

		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(failureReason(failed)).contains("phone_tests.csv").contains("找不到必要的來源檔");
		assertThat(RejectsCsv.read(out.resolve("113/FX-MISS/rejects.pending.csv")))
			.extracting(RejectsCsv.Line::file, RejectsCsv.Line::row, RejectsCsv.Line::code)
			.containsExactly(tuple("phone_tests.csv", "", "FILE_MISSING"));
		assertThat(published("FX-MISS")).isEqualTo(firstId);
		assertThat(snapshot(firstId)).isEqualTo(before);
	}

	@Test
	void aRunThatFailedAtTheCheckResumesWithTheSameParametersWithoutDuplicatingRows() throws Exception {
		Path input = SampleFolders.copyAs("113/KHH-ZY", "ZY-RESTART", this.temp.resolve("in"), StandardCharsets.UTF_8);
		Path out = this.temp.resolve("out");
		// a plain file where the output folder must go: rejects.csv cannot be written, the check step fails
		Files.createDirectories(out.resolve("113"));
		Files.writeString(out.resolve("113/ZY-RESTART"), "in the way");
		JobParameters parameters = parameters("ZY-RESTART", input, out);

		JobExecution failed = this.jobOperatorTestUtils.startJob(parameters);

		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(failed.getStepExecutions()).filteredOn((s) -> s.getStatus() == BatchStatus.FAILED)
			.extracting((s) -> s.getStepName())
			.containsExactly("checkImportStep");
		long importId = importIdOf(failed);
		assertThat(published("ZY-RESTART")).isNull();
		Map<String, Long> countsAfterFailure = counts(importId);

		Files.delete(out.resolve("113/ZY-RESTART"));
		JobExecution resumed = this.jobOperatorTestUtils.startJob(parameters);

		assertThat(resumed.getStatus()).as(failureReason(resumed)).isEqualTo(BatchStatus.COMPLETED);
		assertThat(resumed.getJobInstanceId()).isEqualTo(failed.getJobInstanceId());
		assertThat(resumed.getId()).isNotEqualTo(failed.getId());
		// the import steps that completed are not run again; the resumed run starts at the check
		assertThat(resumed.getStepExecutions()).extracting((s) -> s.getStepName())
			.startsWith("checkImportStep", "publishImportStep")
			.doesNotContain("importAgencyStep", "importPlanStep", "importSurveyResponsesStep");
		assertThat(importIdOf(resumed)).isEqualTo(importId);
		assertThat(published("ZY-RESTART")).isEqualTo(importId);
		assertThat(counts(importId)).isEqualTo(countsAfterFailure).containsEntry("execution_record", 79L)
			.containsEntry("survey_response", 394L);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM import_reject WHERE import_id = ?", Long.class, importId))
			.isEqualTo(6L);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM import_run WHERE agency_code = 'ZY-RESTART'", Long.class))
			.isEqualTo(1L);
		assertThat(RejectsCsv.read(out.resolve("113/ZY-RESTART/rejects.csv"))).hasSize(6);
	}

	@Test
	void fixedDataAfterAFailedRunIsANewInstanceThatPublishesAndDropsTheFailedImportsRows() throws Exception {
		Path out = this.temp.resolve("out");
		Path bad = Fixture.of("FX-FIX").text("executions.csv", "措施項次,執行日期\n1.1.1,113/03/15\n")
			.writeTo(this.temp.resolve("bad"));
		JobExecution failed = this.jobOperatorTestUtils.startJob(parameters("FX-FIX", bad, out));
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(failureReason(failed)).contains("缺少必要欄位").contains("狀態[status]");
		long failedImport = importIdOf(failed);
		assertThat(counts(failedImport).get("plan_node")).isEqualTo(7L);

		JobExecution fixed = this.jobOperatorTestUtils
			.startJob(parameters("FX-FIX", Fixture.of("FX-FIX").writeTo(this.temp.resolve("fixed")), out));

		assertThat(fixed.getStatus()).as(failureReason(fixed)).isEqualTo(BatchStatus.COMPLETED);
		assertThat(fixed.getJobInstanceId()).isNotEqualTo(failed.getJobInstanceId());
		assertThat(published("FX-FIX")).isEqualTo(importIdOf(fixed));
		assertThat(rowsOfOtherImports("FX-FIX", importIdOf(fixed))).isZero();
	}

}
