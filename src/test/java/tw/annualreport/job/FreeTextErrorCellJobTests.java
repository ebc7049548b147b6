package tw.annualreport.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import tw.annualreport.source.RejectReason;
import tw.annualreport.support.Fixture;
import tw.annualreport.support.RejectsCsv;
import tw.annualreport.support.Workbooks;
import tw.annualreport.support.Workbooks.CellKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * An Excel error value in a free-text column of a workbook (LibreOffice turns a typed
 * {@code =1+1 公式測試} into #VALUE!) keeps the row, its answers and figures, leaves the text
 * empty and is a warning in rejects.csv, counted as accepted; in a column the figures use it
 * rejects the row (SPEC §3).
 */
class FreeTextErrorCellJobTests extends ImportJobTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path temp;

	@Test
	void aSurveyResponseWithAnErrorIn意見KeepsItsAnswersAndItsTextIsEmpty() throws Exception {
		String agency = "FT-COMMENT";
		Path input = Fixture.of(agency).without("survey_responses.csv").writeTo(this.temp.resolve("in-" + agency));
		Workbooks.write(input.resolve("survey_responses.xlsx"),
				Map.of("survey_responses", Fixture.SURVEY_RESPONSES.replace(",服務很好", ",#VALUE!")),
				Map.of("意見", CellKind.ERROR));
		Path out = this.temp.resolve("out-" + agency);

		JobExecution execution = this.jobOperatorTestUtils.startJob(parameters(agency, input, out));

		assertThat(execution.getStatus()).as(failureReason(execution)).isEqualTo(BatchStatus.COMPLETED);
		assertThat(rejects(out, agency)).extracting(RejectsCsv.Line::code, RejectsCsv.Line::file, RejectsCsv.Line::row,
				RejectsCsv.Line::column, RejectsCsv.Line::value)
			.containsExactly(tuple("TEXT_CELL_ERROR", "survey_responses.xlsx", "2", "意見", "#VALUE!"));
		assertThat(rejects(out, agency).get(0).reason()).isEqualTo(RejectReason.TEXT_CELL_ERROR.text());
		long importId = importIdOf(execution);
		assertThat(fileCounts(importId).get("survey_responses")).as("read, accepted, rejected").containsExactly(5L, 5L, 0L);
		assertThat(this.jdbc.queryForList("SELECT comment_text FROM survey_response WHERE import_id = ? AND response_id = 'P1'",
				String.class, importId)).containsExactly((String) null);
		assertThat(this.jdbc.queryForList("SELECT answer FROM survey_answer WHERE import_id = ? AND response_id = 'P1'"
				+ " ORDER BY question_no", Integer.class, importId)).containsExactly(4, 5);
		// P1's 5 is the only valid answer to PUB's overall question: without it the rate could not be computed;
		// respondents are those with a valid answer (P1, P2, P4; P3 has none)
		JsonNode pub = survey(out, agency, "PUB");
		assertThat(pub.get("respondents").asLong()).isEqualTo(3);
		assertThat(pub.get("valid").asLong()).isEqualTo(1);
		assertThat(pub.get("satisfactionRate").asDouble()).isEqualTo(1.0);
		JsonNode rows = summary(out, agency).get("rows").get("survey_responses");
		assertThat(List.of(rows.get("read").asLong(), rows.get("accepted").asLong(), rows.get("rejected").asLong()))
			.containsExactly(5L, 5L, 0L);
	}

	@Test
	void theSameErrorInAnAnswerColumnRejectsTheRowAndItsTextWarningIsListedWithIt() throws Exception {
		String agency = "FT-ANSWER";
		Path input = Fixture.of(agency).without("survey_responses.csv").writeTo(this.temp.resolve("in-" + agency));
		Workbooks.write(input.resolve("survey_responses.xlsx"), Map.of("survey_responses",
				Fixture.SURVEY_RESPONSES.replace("30-39歲,4,5,服務很好", "30-39歲,#VALUE!,5,#N/A")),
				Map.of("Q1", CellKind.ERROR, "意見", CellKind.ERROR));
		Path out = this.temp.resolve("out-" + agency);

		JobExecution execution = this.jobOperatorTestUtils.startJob(parameters(agency, input, out));

		assertThat(execution.getStatus()).as(failureReason(execution)).isEqualTo(BatchStatus.COMPLETED);
		assertThat(rejects(out, agency)).extracting(RejectsCsv.Line::code, RejectsCsv.Line::row, RejectsCsv.Line::column,
				RejectsCsv.Line::value)
			.containsExactlyInAnyOrder(tuple("CELL_ERROR", "2", "Q1", "#VALUE!"), tuple("TEXT_CELL_ERROR", "2", "意見", "#N/A"));
		long importId = importIdOf(execution);
		assertThat(fileCounts(importId).get("survey_responses")).as("read, accepted, rejected").containsExactly(5L, 4L, 1L);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM survey_response WHERE import_id = ? AND response_id = 'P1'",
				Long.class, importId)).isZero();
		assertThat(survey(out, agency, "PUB").get("respondents").asLong()).isEqualTo(2);
	}

	@Test
	void anErrorIn執行情形佐證扣分事由Or備註KeepsTheRow() throws Exception {
		String agency = "FT-OTHERS";
		Path input = Fixture.of(agency).without("executions.csv").without("phone_tests.csv")
			.writeTo(this.temp.resolve("in-" + agency));
		Workbooks.write(input.resolve("executions.xlsx"), Map.of("executions", Fixture.EXECUTIONS
			.replace("訂定年度計畫並簽核,1,12,,已完成,簽呈", "#VALUE!,1,12,,已完成,#REF!")),
				Map.of("執行情形", CellKind.ERROR, "佐證", CellKind.ERROR));
		Workbooks.write(input.resolve("phone_tests.xlsx"), Map.of("phone_tests", Fixture.PHONE_TESTS
			.replace("未報單位名稱；語氣冷淡,", "#N/A,#DIV/0!")), Map.of("扣分事由", CellKind.ERROR, "備註", CellKind.ERROR));
		Path out = this.temp.resolve("out-" + agency);

		JobExecution execution = this.jobOperatorTestUtils.startJob(parameters(agency, input, out));

		assertThat(execution.getStatus()).as(failureReason(execution)).isEqualTo(BatchStatus.COMPLETED);
		assertThat(rejects(out, agency)).extracting(RejectsCsv.Line::code, RejectsCsv.Line::file, RejectsCsv.Line::row,
				RejectsCsv.Line::column, RejectsCsv.Line::value)
			.containsExactly(tuple("TEXT_CELL_ERROR", "executions.xlsx", "2", "執行情形", "#VALUE!"),
					tuple("TEXT_CELL_ERROR", "executions.xlsx", "2", "佐證", "#REF!"),
					tuple("TEXT_CELL_ERROR", "phone_tests.xlsx", "2", "扣分事由", "#N/A"),
					tuple("TEXT_CELL_ERROR", "phone_tests.xlsx", "2", "備註", "#DIV/0!"));
		long importId = importIdOf(execution);
		assertThat(fileCounts(importId).get("executions")).as("read, accepted, rejected").containsExactly(5L, 5L, 0L);
		assertThat(fileCounts(importId).get("phone_tests")).as("read, accepted, rejected").containsExactly(5L, 5L, 0L);
		assertThat(this.jdbc.queryForList("SELECT description, evidence, sessions, participants FROM execution_record"
				+ " WHERE import_id = ? AND row_no = 2", importId))
			.singleElement()
			.satisfies((row) -> assertThat(row.values()).containsExactly(null, null, 1, 12));
		assertThat(this.jdbc.queryForList("SELECT deductions, note FROM phone_test WHERE import_id = ? AND test_id = 'T1'",
				importId)).singleElement().satisfies((row) -> assertThat(row.values()).containsExactly(null, null));
		assertThat(summary(out, agency).get("phoneTests").get("count").asLong()).isEqualTo(5);
	}

	private static List<RejectsCsv.Line> rejects(Path out, String agency) {
		return RejectsCsv.read(out.resolve("113").resolve(agency).resolve("rejects.csv"));
	}

	private static JsonNode summary(Path out, String agency) throws IOException {
		return JSON.readTree(Files.readString(out.resolve("113").resolve(agency).resolve("summary.json")));
	}

	private static JsonNode survey(Path out, String agency, String code) throws IOException {
		for (JsonNode survey : summary(out, agency).get("surveys")) {
			if (code.equals(survey.get("code").asString())) {
				return survey;
			}
		}
		throw new AssertionError("no survey " + code);
	}

}
