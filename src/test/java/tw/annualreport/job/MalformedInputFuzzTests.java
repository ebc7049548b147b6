package tw.annualreport.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import tw.annualreport.source.RejectReason;
import tw.annualreport.support.Fixture;
import tw.annualreport.support.RejectsCsv;
import tw.annualreport.support.Workbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Malformed inputs, generated here, fed to the whole import: each ends as the reject it should
 * be — a cell, a row or a whole file, in rejects.csv with its reason code and column — and never
 * as a database error or a message naming a Java exception; the input files are never touched.
 */
class MalformedInputFuzzTests extends ImportJobTestSupport {

	private static final String ONE_MB = "意".repeat(1 << 20);

	/** One malformed input: what it does to the valid fixture, the reason and column it must give. */
	record Case(String name, Consumer<Fixture> defect, RejectReason reason, String column) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	static Stream<Arguments> cases() {
		byte[] random = new byte[4096];
		new Random(20261201).nextBytes(random);
		byte[] header = "測試編號,測試日期,受測單位,測試人員,OP_SPEED,OP_COURTESY,UNIT_SPEED,UNIT_COURTESY,UNIT_ANSWER,扣分事由,備註\n"
			.getBytes(StandardCharsets.UTF_8);
		byte[] headerThenNoise = new byte[header.length + random.length];
		System.arraycopy(header, 0, headerThenNoise, 0, header.length);
		System.arraycopy(random, 0, headerThenNoise, header.length, random.length);
		return Stream.of(
				new Case("執行情形 of 4,001 characters", (f) -> f.append("executions.csv",
						"1.1.1,113/03/16,研考," + "長".repeat(4001) + ",1,1,,已完成,\n"), RejectReason.TEXT_TOO_LONG, "執行情形"),
				new Case("執行情形 of 1 MB", (f) -> f.append("executions.csv", "1.1.1,113/03/16,研考," + ONE_MB + ",1,1,,已完成,\n"),
						RejectReason.TEXT_TOO_LONG, "執行情形"),
				new Case("承辦單位 of 201 characters", (f) -> f.append("executions.csv",
						"1.1.1,113/03/16," + "組".repeat(201) + ",說明,1,1,,已完成,\n"), RejectReason.TEXT_TOO_LONG, "承辦單位"),
				new Case("測試人員 of 101 characters", (f) -> f.append("phone_tests.csv",
						"T9,113/07/03,一組," + "王".repeat(101) + ",25,20,15,25,15,,\n"), RejectReason.TEXT_TOO_LONG, "測試人員"),
				new Case("問卷名稱 of 301 characters", (f) -> f.append("survey_questions.csv",
						"PUB2," + "問".repeat(301) + ",民眾,,1,題目,洽公環境,\n"), RejectReason.TEXT_TOO_LONG, "問卷名稱"),
				new Case("意見 of 1 MB", (f) -> f.append("survey_responses.csv", "PUB,P9,113/07/05,預防接種,女,30-39歲,4,5," + ONE_MB + "\n"),
						RejectReason.TEXT_TOO_LONG, "意見"),
				new Case("目標值 1e15", (f) -> f.append("plan.csv", "2.1.2,新措施,二組,件數,件,高,1e15,\n"),
						RejectReason.NUMBER_TOO_LARGE, "目標值"),
				new Case("目標值 1e308", (f) -> f.append("plan.csv", "2.1.2,新措施,二組,件數,件,高,1e308,\n"),
						RejectReason.NUMBER_TOO_LARGE, "目標值"),
				new Case("場次 beyond an int", (f) -> f.append("executions.csv", "1.1.1,113/03/16,研考,說明,99999999999,1,,已完成,\n"),
						RejectReason.NUMBER_TOO_LARGE, "場次"),
				new Case("phone_tests.csv: a header, then random bytes", (f) -> f.bytes("phone_tests.csv", headerThenNoise),
						RejectReason.FILE_ENCODING, ""),
				new Case("executions.csv: 執行日期 twice", (f) -> f.text("executions.csv",
						Fixture.EXECUTIONS.replaceFirst("佐證", "執行日期").replace(",會議紀錄", ",113/10/01")),
						RejectReason.COLUMN_DUPLICATE, ""),
				new Case("phone_tests.csv: 測試編號 and id", (f) -> f.text("phone_tests.csv",
						Fixture.PHONE_TESTS.replaceFirst("備註", "id")), RejectReason.COLUMN_DUPLICATE, ""),
				new Case("executions.csv: a quote that never closes", (f) -> f.append("executions.csv",
						"1.1.1,113/03/16,研考,\"說明沒有結束,1,1,,已完成,\n1.1.1,113/03/17,研考,下一列,1,1,,已完成,\n"),
						RejectReason.FILE_UNREADABLE, ""))
			.map(Arguments::of);
	}

	@Test
	void anErrorCellIsACellRejectNotARefusedWorkbook() throws Exception {
		String agency = "FZ-ERR";
		Path input = Fixture.of(agency).without("cases.csv").writeTo(this.temp.resolve("in-" + agency));
		Workbooks.write(input.resolve("cases.xlsx"), Map.of("cases", Fixture.CASES.replace("113/01/03,10,", "113/01/03,#DIV/0!,")),
				Map.of("處理期限日數", Workbooks.CellKind.ERROR));
		Path out = this.temp.resolve("out-" + agency);

		JobExecution execution = this.jobOperatorTestUtils.startJob(parameters(agency, input, out));

		List<RejectsCsv.Line> rejects = RejectsCsv.ofRun(out.resolve("113").resolve(agency), execution);
		assertThat(rejects).extracting(RejectsCsv.Line::code, RejectsCsv.Line::column, RejectsCsv.Line::row,
				RejectsCsv.Line::value).containsExactly(tuple("CELL_ERROR", "處理期限日數", "2", "#DIV/0!"));
		assertThat(execution.getStatus()).as(failureReason(execution)).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void aNumberCellHoldingNoNumberRefusesTheSheetSayingWhichValue() throws Exception {
		String agency = "FZ-NAN";
		Path input = Fixture.of(agency).without("cases.csv").writeTo(this.temp.resolve("in-" + agency));
		Path book = Workbooks.write(input.resolve("cases.xlsx"), Map.of("cases", Fixture.CASES),
				Map.of("處理期限日數", Workbooks.CellKind.NUMBER));
		Files.write(book, Workbooks.rewrite(Files.readAllBytes(book),
				Map.of("xl/worksheets/sheet1.xml", (xml) -> xml.replaceFirst("<v>10(\\.0)?</v>", "<v>#DIV/0!</v>"))));
		Path out = this.temp.resolve("out-" + agency);

		JobExecution execution = this.jobOperatorTestUtils.startJob(parameters(agency, input, out));

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(failureReason(execution)).contains("cases.xlsx", "\"#DIV/0!\"", "另存新檔").doesNotContain("Exception");
	}

	@TempDir
	Path temp;

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void aMalformedInputIsARejectWithItsReasonNeverAnException(Case malformed) throws Exception {
		String agency = "FZ-" + Math.abs(malformed.name().hashCode() % 100000);
		Fixture fixture = Fixture.of(agency);
		malformed.defect().accept(fixture);
		Path input = fixture.writeTo(this.temp.resolve("in"));
		Map<Path, byte[]> before = bytes(input);
		Path out = this.temp.resolve("out");

		JobExecution execution = this.jobOperatorTestUtils.startJob(parameters(agency, input, out));

		List<RejectsCsv.Line> rejects = RejectsCsv.ofRun(out.resolve("113").resolve(agency), execution);
		assertThat(rejects).extracting(RejectsCsv.Line::code).contains(malformed.reason().name());
		assertThat(rejects).filteredOn((line) -> line.code().equals(malformed.reason().name()))
			.extracting(RejectsCsv.Line::column)
			.contains(malformed.column());
		if (malformed.reason().wholeFile()) {
			assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
			assertThat(failureReason(execution)).contains(malformed.reason().text()).doesNotContain("Exception");
		}
		else if (execution.getStatus() != BatchStatus.COMPLETED) {
			// a small file: one rejected row may be more than the reject limit allows
			assertThat(failureReason(execution)).contains("超過上限").doesNotContain("Exception");
		}
		assertThat(rejects).extracting(RejectsCsv.Line::reason).noneMatch((text) -> text.contains("Exception"));
		assertThat(bytes(input)).as("input files untouched").containsExactlyInAnyOrderEntriesOf(before);
	}

	@Test
	void aFileNameWithALineBreakAndADirectionOverrideNeitherForgesALogLineNorReachesTheOutputs() throws Exception {
		String agency = "FZ-NAME";
		Fixture fixture = Fixture.of(agency).without("phone_tests.csv");
		fixture.append("executions.csv", "1.1.1,113/03/16,研考,說明\u202e倒過來,1,1,,已完成,\n");
		Path input = fixture.writeTo(this.temp.resolve("in-name"));
		Workbooks.write(input.resolve("p\n錯誤：偽造\u202e.xlsx"), Map.of("phone_tests", Fixture.PHONE_TESTS), Map.of());
		Path out = this.temp.resolve("out-name");

		// the real command line, its log lines included, on a database of its own
		InProcessCommandLine.Result result = InProcessCommandLine.run("--year=113", "--agency=" + agency,
				"--input=" + input, "--out=" + out, "--formats=json",
				"--spring.datasource.url=jdbc:h2:mem:names-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");

		assertThat(result.exitCode()).as(result.toString()).isZero();
		String summary = Files.readString(out.resolve("113").resolve(agency).resolve("summary.json"));
		assertThat(summary).contains("p[U+000A]錯誤：偽造[U+202E].xlsx［phone_tests］").doesNotContain("\u202e");
		String printed = result.out() + result.err();
		assertThat(printed).contains("p[U+000A]錯誤：偽造[U+202E].xlsx").doesNotContain("\u202e");
		assertThat(printed.lines()).noneMatch((line) -> line.startsWith("錯誤：偽造") || line.contains("\u202e"));
	}

	private static Map<Path, byte[]> bytes(Path folder) throws IOException {
		Map<Path, byte[]> files = new LinkedHashMap<>();
		try (Stream<Path> list = Files.list(folder)) {
			for (Path file : list.sorted().toList()) {
				files.put(file.getFileName(), Files.readAllBytes(file));
			}
		}
		return files;
	}

}
