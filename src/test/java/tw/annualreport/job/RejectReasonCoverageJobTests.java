package tw.annualreport.job;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.batch.core.job.JobExecution;

import tw.annualreport.source.RejectReason;
import tw.annualreport.support.Fixture;
import tw.annualreport.support.RejectsCsv;
import tw.annualreport.support.Workbooks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every reject reason of the import contract is reachable from a real input: for each reason, a
 * small agency folder with one defect, imported end to end, names that reason in rejects.csv.
 */
class RejectReasonCoverageJobTests extends ImportJobTestSupport {

	/** A defect that yields the reason: a change to the valid fixture, then to the written folder. */
	record Defect(Consumer<Fixture> fixture, FolderChange folder) {

		static Defect of(Consumer<Fixture> fixture) {
			return new Defect(fixture, (path) -> {
			});
		}

	}

	interface FolderChange {

		void apply(Path folder) throws IOException;

	}

	static final Map<RejectReason, Defect> DEFECTS = new EnumMap<>(RejectReason.class);

	static {
		DEFECTS.put(RejectReason.FILE_MISSING, Defect.of((f) -> f.without("survey_questions.csv")));
		DEFECTS.put(RejectReason.FILE_ENCODING, Defect.of((f) -> f.bytes("history.csv",
				new byte[] { (byte) 0x80, (byte) 0xFF, ',', (byte) 0xFF, (byte) 0x80, '\n' })));
		DEFECTS.put(RejectReason.FILE_UNREADABLE, Defect.of((f) -> f.without("cases.csv")
			.bytes("cases.xlsx", "PK but no zip".getBytes())));
		DEFECTS.put(RejectReason.FILE_TOO_LARGE, new Defect((f) -> f.without("history.csv"), (folder) -> {
			// a sparse file just over the 50 MB limit: refused on its size, never read
			try (RandomAccessFile file = new RandomAccessFile(folder.resolve("history.csv").toFile(), "rw")) {
				file.setLength(50L * 1024 * 1024 + 1);
			}
		}));
		DEFECTS.put(RejectReason.FILE_UNSAFE, new Defect((f) -> f.without("history.csv"), (folder) -> {
			Path book = Workbooks.write(folder.resolve("history-book.xlsx"), Map.of("history", Fixture.HISTORY), Map.of());
			byte[] bomb = Workbooks.rewrite(Files.readAllBytes(book), Map.of("xl/sharedStrings.xml",
					(xml) -> xml.replaceFirst("<sst ([^>]*)>", "<sst $1>" + " ".repeat(2_000_000))));
			Files.write(book, bomb);
		}));
		DEFECTS.put(RejectReason.COLUMN_DUPLICATE, Defect.of((f) -> f.text("cases.csv",
				"案件編號,類型,來源管道,業務類別,收件日期,處理期限日數,結案日期,收件日期\nC1,申辦,臨櫃,證明,113/01/03,10,113/01/08,113/01/04\n")));
		DEFECTS.put(RejectReason.COLUMN_MISSING, Defect.of((f) -> f.text("cases.csv", "案件編號,類型\nC1,申辦\n")));
		DEFECTS.put(RejectReason.CELL_ERROR, new Defect((f) -> f.without("cases.csv"), (folder) -> Workbooks.write(
				folder.resolve("cases.xlsx"), Map.of("cases", Fixture.CASES.replace("113/01/03,10,", "113/01/03,#DIV/0!,")),
				Map.of("處理期限日數", Workbooks.CellKind.ERROR))));
		DEFECTS.put(RejectReason.TEXT_CELL_ERROR, new Defect((f) -> f.without("survey_responses.csv"), (folder) -> Workbooks
			.write(folder.resolve("survey_responses.xlsx"), Map.of("survey_responses",
					Fixture.SURVEY_RESPONSES.replace(",服務很好", ",#VALUE!")), Map.of("意見", Workbooks.CellKind.ERROR))));
		DEFECTS.put(RejectReason.REQUIRED_BLANK, Defect.of((f) -> f.append("cases.csv", "C9,,臨櫃,證明,113/02/01,5,\n")));
		DEFECTS.put(RejectReason.DATE_INVALID, Defect.of((f) -> f.append("cases.csv", "C9,申辦,臨櫃,證明,113/02/30,5,\n")));
		DEFECTS.put(RejectReason.DATE_OUTSIDE_YEAR, Defect.of((f) -> f.append("cases.csv", "C9,申辦,臨櫃,證明,112/12/30,5,\n")));
		DEFECTS.put(RejectReason.NUMBER_INVALID, Defect.of((f) -> f.append("cases.csv", "C9,申辦,臨櫃,證明,113/02/01,五,\n")));
		DEFECTS.put(RejectReason.NUMBER_NEGATIVE, Defect.of((f) -> f.append("cases.csv", "C9,申辦,臨櫃,證明,113/02/01,-3,\n")));
		DEFECTS.put(RejectReason.VALUE_INVALID, Defect.of((f) -> f.append("cases.csv", "C9,抱怨,臨櫃,證明,113/02/01,5,\n")));
		DEFECTS.put(RejectReason.TEXT_TOO_LONG, Defect.of((f) -> f.append("executions.csv",
				"1.1.1,113/03/16,研考," + "長".repeat(4001) + ",1,1,,已完成,\n")));
		DEFECTS.put(RejectReason.NUMBER_TOO_LARGE, Defect.of((f) -> f.append("cases.csv", "C9,申辦,臨櫃,證明,113/02/01,1e15,\n")));
		DEFECTS.put(RejectReason.CODE_INVALID, Defect.of((f) -> f.append("plan.csv", "2.1.1.1,第四層,二組,,,,,\n")));
		DEFECTS.put(RejectReason.CODE_DUPLICATE, Defect.of((f) -> f.append("plan.csv", "2.1.1,重複的項次,二組,,,,,\n")));
		DEFECTS.put(RejectReason.PARENT_MISSING, Defect.of((f) -> f.append("plan.csv", "3.1,沒有上層,二組,,,,,\n")));
		DEFECTS.put(RejectReason.INDICATOR_ON_BRANCH, Defect.of((f) -> f.text("plan.csv",
				Fixture.PLAN.replace("2.1,服務流程,二組,,,,,", "2.1,服務流程,二組,流程數,項,高,3,2"))));
		DEFECTS.put(RejectReason.INDICATOR_SOURCE_UNKNOWN,
				Defect.of((f) -> f.append("plan.csv", "2.1.2,電話禮貌,二組,電話禮貌分數,分,高,88,,phone.median\n")));
		DEFECTS.put(RejectReason.INDICATOR_SOURCE_WITHOUT_INDICATOR,
				Defect.of((f) -> f.append("plan.csv", "2.1.2,電話禮貌,二組,,,,,,phone.mean\n")));
		DEFECTS.put(RejectReason.ACTUAL_ON_BOUND_INDICATOR, Defect.of((f) -> f
			.append("plan.csv", "2.1.2,電話禮貌,二組,電話禮貌測試平均分數,分,高,88,,phone.mean\n")
			.append("executions.csv", "2.1.2,113/03/15,二組,自填分數,1,1,91.5,已完成,\n")));
		DEFECTS.put(RejectReason.MEASURE_UNKNOWN, Defect.of((f) -> f.append("executions.csv", "9.9.9,113/03/15,研考,不存在,1,1,,已完成,\n")));
		DEFECTS.put(RejectReason.MEASURE_NOT_LEAF, Defect.of((f) -> f.append("executions.csv", "1.1,113/03/15,研考,上層,1,1,,已完成,\n")));
		DEFECTS.put(RejectReason.ACTUAL_WITHOUT_INDICATOR,
				Defect.of((f) -> f.append("executions.csv", "1.1.1,113/03/15,研考,多填實績,1,1,5,已完成,\n")));
		DEFECTS.put(RejectReason.SCORE_OUT_OF_RANGE,
				Defect.of((f) -> f.append("phone_tests.csv", "T9,113/07/03,一組,王小明,26,20,15,25,15,,\n")));
		DEFECTS.put(RejectReason.PART_INCOMPLETE,
				Defect.of((f) -> f.append("phone_tests.csv", "T9,113/07/03,一組,王小明,20,,15,25,15,,\n")));
		DEFECTS.put(RejectReason.NOTHING_SCORED, Defect.of((f) -> f.append("phone_tests.csv", "T9,113/07/03,一組,王小明,,,,,,,\n")));
		DEFECTS.put(RejectReason.ID_DUPLICATE,
				Defect.of((f) -> f.append("phone_tests.csv", "T1,113/07/03,一組,王小明,25,20,15,25,15,,\n")));
		DEFECTS.put(RejectReason.SURVEY_UNKNOWN,
				Defect.of((f) -> f.append("survey_responses.csv", "XYZ,X1,113/07/05,預防接種,女,30-39歲,4,5,\n")));
		DEFECTS.put(RejectReason.QUESTION_DUPLICATE,
				Defect.of((f) -> f.append("survey_questions.csv", "PUB,113年度為民服務滿意度調查,民眾,,1,重複題號,洽公環境,\n")));
		DEFECTS.put(RejectReason.ANSWER_INVALID,
				Defect.of((f) -> f.append("survey_responses.csv", "PUB,P9,113/07/05,預防接種,女,30-39歲,7,5,\n")));
		DEFECTS.put(RejectReason.CLOSED_BEFORE_RECEIVED,
				Defect.of((f) -> f.append("cases.csv", "C9,申辦,臨櫃,證明,113/02/10,5,113/02/01\n")));
		DEFECTS.put(RejectReason.AGENCY_MISMATCH,
				Defect.of((f) -> f.append("agency.csv", "KHH-OTHER,別的衛生所,KHH-HB,高雄市政府衛生局,\n")));
	}

	@TempDir
	Path temp;

	@Test
	void everyRejectReasonHasADefectThatProducesIt() {
		assertThat(DEFECTS.keySet()).containsExactlyInAnyOrder(RejectReason.values());
	}

	@ParameterizedTest
	@EnumSource(RejectReason.class)
	void eachReasonIsWrittenToRejectsCsvByTheImport(RejectReason reason) throws Exception {
		String agency = "RC-" + reason.ordinal();
		Fixture fixture = Fixture.of(agency);
		Defect defect = DEFECTS.get(reason);
		defect.fixture().accept(fixture);
		Path input = fixture.writeTo(this.temp.resolve("in"));
		defect.folder().apply(input);
		Path out = this.temp.resolve("out");

		JobExecution execution = this.jobOperatorTestUtils.startJob(parameters(agency, input, out));

		assertThat(RejectsCsv.ofRun(out.resolve("113").resolve(agency), execution))
			.extracting(RejectsCsv.Line::code)
			.startsWith(reason.name());
		if (reason.wholeFile()) {
			assertThat(failureReason(execution)).contains(reason.text());
		}
	}

}
