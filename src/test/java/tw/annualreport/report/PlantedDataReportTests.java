package tw.annualreport.report;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;

import tw.annualreport.support.Fixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Small agency folders with one planted feature, run through the whole job and read back from
 * the PDF: every character of the data prints or is listed, a header-only file is named, and the
 * cover carries each agency's own contact.
 */
@ReportJobTest
class PlantedDataReportTests {

	private static final String TYPED = "藉以簡化办理流程，𠀋𡘙，①②，30㎡…";

	@TempDir
	Path temp;

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job annualReportJob;

	@Test
	void aPlantedLineOfRareCharactersComesBackFromThePdfCharacterForCharacter() {
		Fixture fixture = Fixture.of("CHARS").append("executions.csv", "1.1.1,113/03/16,研考," + TYPED + ",1,1,,已完成,\n");

		assertThat(flat(report("CHARS", fixture))).contains(TYPED);
	}

	@Test
	void aCharacterNoReportFontHasIsListedWithItsFileRowAndCodeNotDroppedSilently() {
		Fixture fixture = Fixture.of("NOGLYPH")
			.append("executions.csv", "1.1.1,113/03/16,研考,自造字\uE000的人名,1,1,,已完成,\n");

		// the executions file's 7th row (header = row 1): the fixture's five records, then this one
		assertThat(flat(report("NOGLYPH", fixture))).contains("報告字型無法顯示的字元")
			.contains("執行紀錄7")
			.contains("U+E000");
	}

	@Test
	void aHeaderOnlyPhoneTestFileIsNamedInTheDataQualityNote() {
		Fixture fixture = Fixture.of("EMPTY-PT")
			.text("phone_tests.csv", Fixture.PHONE_TESTS.lines().findFirst().orElseThrow() + "\n");

		assertThat(flat(report("EMPTY-PT", fixture))).contains("請確認是否漏填：電話禮貌測試。")
			.doesNotContain("（phone_tests）").doesNotContain("（agency）");
	}

	@Test
	void eachAgencyPrintsItsOwnContactAndOneWithoutPrintsTheConfiguredLine() {
		Fixture own = Fixture.of("CONTACT-A")
			.text("agency.csv", Fixture.AGENCY_HEADER + ",聯絡人,聯絡電話,聯絡信箱\n"
					+ "CONTACT-A,甲衛生所,KHH-HB,高雄市政府衛生局,research@khh-hb.example.org,林小姐,(07)581-9999,lin@a.example.gov.tw\n");

		assertThat(report("CONTACT-A", own).split("=== page")[0]).contains("聯絡人：林小姐　(07)581-9999　lin@a.example.gov.tw");
		assertThat(report("CONTACT-B", Fixture.of("CONTACT-B")).split("=== page")[0])
			.contains("聯絡人：研考承辦人 林志明（07）581-1234");
	}

	@Test
	void aMeasureWithManyRecordsPrintsItsNewestFiveAndTheSheetKeepsThemAll() throws IOException {
		// 1.1.1 has the fixture's 03/15 and 12/01 records and these five: seven in all
		Fixture fixture = Fixture.of("MANY").append("executions.csv", """
				1.1.1,113/04/01,研考,第一次追蹤會議,1,5,,執行中,
				1.1.1,113/05/01,研考,第二次追蹤會議,1,5,,執行中,
				1.1.1,113/06/01,研考,第三次追蹤會議,1,5,,執行中,
				1.1.1,113/07/01,研考,第四次追蹤會議,1,5,,執行中,
				1.1.1,113/08/01,研考,第五次追蹤會議,1,5,,執行中,
				2.1.1,113/12/20,二組,%s,,,,執行中,
				""".formatted(LONG_RECORD));

		String pdf = flat(report("MANY", fixture));

		// a summary line first, then the newest five records' own text
		assertThat(pdf).contains("1、訂定年度計畫研考、一組已完成637辦理7次，計6場次、37人次（113/03/15～113/12/01）；"
				+ "列出最近5次，較早2次詳見試算表「貳、執行紀錄」：113/05/01（研考）第二次追蹤會議")
			.contains("第五次追蹤會議").contains("期末檢討")
			.doesNotContain("第一次追蹤會議").doesNotContain("訂定年度計畫並簽核");
		// a long text ends at the end of a sentence, never inside a word; the sheet keeps it whole
		assertThat(pdf).contains("辦理3次，計4場次、20人次（113/09/30～113/12/20）：")
			.contains("113/12/20（二組）召開跨單位協調會議，確認年度分工與期程。邀集轄區里長及社區關懷據點志工參與規劃，彙整民眾建議共十二項。"
					+ "會後依建議修訂服務流程並公告於本所網站及服務台，方便民眾查詢。…")
			.doesNotContain("另辦理同仁教育訓練兩場次");
		Path xlsx = ReportOutputs.folder(this.temp.resolve("out"), 113, "MANY").resolve("report.xlsx");
		try (Workbook workbook = WorkbookFactory.create(xlsx.toFile(), null, true)) {
			long rows = 0;
			for (Row row : workbook.getSheet("貳、執行紀錄")) {
				rows += "1.1.1".equals(new DataFormatter().formatCellValue(row.getCell(0))) ? 1 : 0;
			}
			assertThat(rows).isEqualTo(7);
			boolean whole = false;
			for (Row row : workbook.getSheet("貳、執行紀錄")) {
				whole |= LONG_RECORD.equals(new DataFormatter().formatCellValue(row.getCell(2)));
			}
			assertThat(whole).as("the sheet holds the record's whole text").isTrue();
		}
	}

	@Test
	void manyOverdueCasesPrintTheTwentyMostOverdueAndTheSheetKeepsThemAll() throws IOException {
		// 23 open cases received 1-23 January with 3 days each: due 4-26 January, the fixture's C2 (due 10 May) too
		StringBuilder cases = new StringBuilder();
		for (int day = 1; day <= 23; day++) {
			cases.append(String.format("OD%02d,申辦,臨櫃,證明文件,113/01/%02d,3,%n", day, day));
		}
		Fixture fixture = Fixture.of("OVERDUE").append("cases.csv", cases.toString());

		String pdf = flat(report("OVERDUE", fixture));

		assertThat(pdf).contains("OD01").contains("OD20").doesNotContain("OD21").doesNotContain("OD23")
			.contains("逾期未結案件共24件，上表列出逾期最久之20件；另有4件，詳見試算表「伍、案件處理情形」");
		Path xlsx = ReportOutputs.folder(this.temp.resolve("out"), 113, "OVERDUE").resolve("report.xlsx");
		try (Workbook workbook = WorkbookFactory.create(xlsx.toFile(), null, true)) {
			long listed = 0;
			for (Row row : workbook.getSheet("伍、案件處理情形")) {
				String id = new DataFormatter().formatCellValue(row.getCell(1));
				listed += (id.startsWith("OD") || id.equals("C2")) ? 1 : 0;
			}
			assertThat(listed).isEqualTo(24);
		}
	}

	@Test
	void improvementsJoinTheirFlagsOthersPrintAfterAndAFlagWithoutOneIsCountedAndLeftEmpty() throws IOException {
		// flags: 2.1.2 not executed, 1.1.2's indicator (150 of 300), PUB's question 1 (2 of 3 satisfied)
		Fixture fixture = Fixture.of("IMPROVE").append("plan.csv", "2.1.2,線上預約服務,二組,,,,,\n").text("improvements.csv", """
				項目,檢討,改進措施,承辦單位,預定完成日期
				1.1.2,問卷發放時段過短,延長調查期間並增加線上問卷,一組,114/06/30
				PUB.Q1,,加強洽公場所清潔巡檢,總務,114/03/31
				候診動線,尖峰時段等候較久,增設叫號系統,二組,114年9月30日
				網站無障礙,,取得無障礙標章,研考,
				志工培訓,,辦理志工服務訓練,一組,114/04/30
				,沒有項目的列,補填項目,,
				""");

		String text = report("IMPROVE", fixture);
		int quality = text.lastIndexOf("資料品質說明");
		String review = flat(text.substring(text.lastIndexOf("陸、檢討與改進", quality), quality));

		assertThat(review).contains("改進措施欄空白者（1項）尚未填寫")
			.contains("二(一)2線上預約服務全年無執行紀錄（承辦單位：二組）")
			.contains("一(一)2調查份數目標300份，實績150份，達成率50.0%檢討：問卷發放時段過短延長調查期間並增加線上問卷一組114/06/30")
			.contains("第1題洽公場所整潔舒適滿意度66.7%，低於目標80.0%（有效3份）加強洽公場所清潔巡檢總務114/03/31")
			.containsSubsequence("滿意度未達目標之題目", "其他檢討事項（3項）", "候診動線尖峰時段等候較久增設叫號系統二組114/09/30",
					"網站無障礙取得無障礙標章研考")
			.doesNotContain("沒有項目的列");
		assertThat(flat(text.substring(quality)))
			.contains("有1項未在「檢討與改進」資料檔填寫改進措施").contains("rejects.csv（共1筆）");
		Path folder = ReportOutputs.folder(this.temp.resolve("out"), 113, "IMPROVE");
		assertThat(java.nio.file.Files.readString(folder.resolve("rejects.csv"))).contains("improvements")
			.contains("REQUIRED_BLANK");
		try (Workbook workbook = WorkbookFactory.create(folder.resolve("report.xlsx").toFile(), null, true)) {
			DataFormatter cells = new DataFormatter();
			java.util.Map<String, java.util.List<String>> rows = new java.util.LinkedHashMap<>();
			for (Row row : workbook.getSheet("陸、檢討與改進")) {
				java.util.List<String> values = new java.util.ArrayList<>();
				for (int c = 0; c < 6; c++) {
					values.add(cells.formatCellValue(row.getCell(c)));
				}
				// 預定完成日期 is a date cell (shown 114/06/30 by its ROC format)
				var due = row.getCell(6);
				values.add((due != null && due.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC)
						? due.getLocalDateTimeCellValue().toLocalDate().toString() : cells.formatCellValue(due));
				rows.put(values.get(1).split(" ")[0], values);
			}
			assertThat(rows.get("一(一)2")).containsExactly("未達目標之指標", "一(一)2 調查份數", "目標 300 份，實績 150 份，達成率 50.0%",
					"問卷發放時段過短", "延長調查期間並增加線上問卷", "一組", "2025-06-30");
			assertThat(rows.get("二(一)2")).endsWith("全年無執行紀錄（承辦單位：二組）", "", "", "", "");
			assertThat(rows.get("候診動線")).containsExactly("其他檢討事項", "候診動線", "", "尖峰時段等候較久", "增設叫號系統", "二組",
					"2025-09-30");
		}
	}

	/** 95 characters in four sentences: longer than a record's text the PDF prints. */
	private static final String LONG_RECORD = "召開跨單位協調會議，確認年度分工與期程。邀集轄區里長及社區關懷據點志工參與規劃，彙整民眾建議共十二項。"
			+ "會後依建議修訂服務流程並公告於本所網站及服務台，方便民眾查詢。另辦理同仁教育訓練兩場次。";

	/** Runs the job on the agency's folder; the PDF's text, pages separated by 「=== page」. */
	private String report(String agency, Fixture fixture) {
		Path input = fixture.writeTo(this.temp.resolve("in").resolve(agency));
		Path out = this.temp.resolve("out");
		ReportOutputs.run(this.jobOperator, this.annualReportJob, agency, 113, input, out, "draft");
		return String.join("=== page", ReportOutputs.pages(ReportOutputs.folder(out, 113, agency).resolve("report.pdf")));
	}

	private static String flat(String text) {
		return text.replaceAll("\\s+", "");
	}

}
