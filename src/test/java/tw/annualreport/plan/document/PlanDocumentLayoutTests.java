package tw.annualreport.plan.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plan layouts of the seeds, each read from the documents {@link PlanDocumentFixtures} wrote
 * (Word and OpenDocument alike), and the messages for documents the reader cannot take.
 */
class PlanDocumentLayoutTests {

	private static DocumentPlan read(String name) {
		return PlanDocuments.read(PlanDocumentFixtures.FOLDER.resolve(name));
	}

	@ParameterizedTest
	@ValueSource(strings = { "national-004-評核構面.docx", "national-004-評核構面.odt" })
	void readsTheNationalTableWithItsDeadlinesAcrossARepeatedHeaderAndARowCutByAPageBreak(String document) {
		DocumentPlan plan = read(document);

		assertThat(plan.levelNames()).containsExactly("個別評核構面", "評核項目", "評核重點");
		assertThat(plan.summary()).isEqualTo("個別評核構面 3、評核項目 6、評核重點 11");
		assertThat(plan.nodes()).extracting(DocumentPlan.Node::code, DocumentPlan.Node::label, DocumentPlan.Node::title)
			.startsWith(tuple("1", "一、", "基礎服務"), tuple("1.1", "(一)", "服務一致及正確"),
					tuple("1.1.1", "1.", "申辦業務標準作業流程訂定情形：申辦業務標準作業流程訂定比率及持續檢討情形。"))
			.contains(tuple("1.2.2", "2.", "服務資訊透明度： (1) 資訊公開：主動公開服務相關資訊，供民眾查閱或運用。 (2) 資料開放：盤點業務資料，採開放格式對外開放。"),
					tuple("1.2.3", "3.", "除上述 2 項外，機關可自行提供其他數據。"), tuple("2", "二、", "服務遞送"),
					tuple("2.2.1", "", "深化服務量能關鍵在於組織內部建立常態性運作機制。"),
					// the second table, the 整體評核構面, goes on as the plan's next level-1 node
					tuple("3", "", "開放創新"), tuple("3.2", "(二)", "創新性"));
		DocumentPlan.Node first = plan.nodes().get(2);
		assertThat(first.due()).isEqualTo("106 年 12 月 31 日");
		assertThat(first.units()).containsExactly("東區衛生所");
		DocumentPlan.Node afterTheBreak = node(plan, "1.2.3");
		assertThat(afterTheBreak.due()).as("the cut row's deadline").isEqualTo("106 年 12 月 31 日");
		assertThat(afterTheBreak.units()).containsExactly("東區衛生所");
		assertThat(plan.unplaced()).isEmpty();
		assertThat(plan.notes()).anyMatch((n) -> n.contains("跳過重複的表頭列 1 列"))
			.anyMatch((n) -> n.contains("「用。」沒有編號") && n.contains("跨頁分開的列"))
			.anyMatch((n) -> n.contains("「深化服務量能") && n.contains("沒有編號，當作一項評核重點"))
			.anyMatch((n) -> n.contains("評核項目「(二)創新性」下沒有任何評核重點"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "one-row-per-measure-000.docx", "one-row-per-measure-000.odt" })
	void readsOneRowPerMeasureUnderMergedUpperLevelsWithUnnumberedMeasures(String document) {
		DocumentPlan plan = read(document);

		assertThat(plan.summary()).isEqualTo("工作要項 2、工作重點 3、具體措施 6");
		assertThat(plan.nodes()).extracting(DocumentPlan.Node::code, DocumentPlan.Node::title, DocumentPlan.Node::units)
			.containsExactly(tuple("1", "完備基礎服務項目，注重服務特性差異化", List.of()),
					tuple("1.1", "訂定機關年度提升服務品質計畫，具體規劃為民服務工作。", List.of()),
					tuple("1.1.1", "依據「高雄市政府106年度提升服務實施計畫」研訂提升服務執行計畫。", List.of("研考")),
					tuple("1.2", "建立業務標準作業流程，維持服務措施處理一致性。", List.of()),
					tuple("1.2.1", "服務人員專業能力的培養 1.辦理各類專業知能之服務訓練，提升人員專業能力。 2.培養服務親切主動性，強化服務深度。",
							List.of("各組室")),
					// a line wrapped by hand runs on without a space
					tuple("1.2.2", "申辦表單及作業流程檢討 1. 依各項服務，建置標準作業流程，不定期檢討表單與各項作業流程。", List.of("各組室")),
					tuple("1.2.3", "提供外國人士服務", List.of("一組", "二組")), tuple("2", "重視全程意見回饋及參與", List.of()),
					tuple("2.1", "善用各類意見調查工具與機制。", List.of()), tuple("2.1.1", "常見諮詢問題系統化服務", List.of("研考")),
					tuple("2.1.2", "服務流程透明化 1. 本所網頁不定期公開各項業務。", List.of("各組室")));
		assertThat(plan.nodes()).extracting(DocumentPlan.Node::label).startsWith("一、", "(一)", "");
		assertThat(plan.unplaced()).isEmpty();
	}

	@Test
	void givesEachMeasureItsOwnUnitsWhenTheUnitsCellListsThemOneParagraphEach() {
		DocumentPlan plan = read("units-per-cell.docx");

		assertThat(plan.nodes()).filteredOn((node) -> node.level() == 3)
			.extracting(DocumentPlan.Node::title, DocumentPlan.Node::units)
			.containsExactly(tuple("建立申辦業務之標準作業程序。", List.of("各組室")), tuple("提升服務人員專業能力。", List.of("人事")),
					tuple("推動長照服務線上申辦服務。", List.of("一組", "二組")),
					// its own 1、 2、 inside one paragraph stay in its title
					tuple("申辦服務資訊公開透明：1、置放服務台。2、置於網站。", List.of("秘書室")));
	}

	@Test
	void keepsAFirstRowWithoutNumberAsANodeWithAnEmptyLabel() {
		DocumentPlan plan = read("KHH-ZY-113-工作計畫.docx");

		assertThat(plan.nodes().get(0)).extracting(DocumentPlan.Node::label, DocumentPlan.Node::title)
			.containsExactly("", "訂定「提升服務工作計畫」");
		assertThat(plan.nodes().get(3)).extracting(DocumentPlan.Node::code, DocumentPlan.Node::label)
			.containsExactly("2", "二、");
		assertThat(plan.summary()).isEqualTo("工作要項 7、工作重點 23、具體措施 33");
	}

	@Test
	void listsEveryCellItCannotPlace() {
		DocumentPlan plan = read("unplaced-cells.docx");

		assertThat(plan.unplaced()).containsExactly("第 2 列「具體措施」欄「1、沒有工作重點的措施。」：上方沒有工作重點可以歸屬",
				"第 3 列「工作重點」欄「(二)提供易讀的服務申辦資訊」：一格中有第二個工作重點，無法判斷其下的項目屬於哪一個；請拆成兩列",
				"第 4 列「承辦單位」欄「人事」：這一列沒有可以歸屬的項目");
	}

	@Test
	void writesPlanCsvWithTheNumberingAndDeadlineAndFailsWhenCellsWereLeftOut(@TempDir Path folder) throws IOException {
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		Path csv = folder.resolve("plan.csv");

		assertThatExceptionOfType(PlanDocumentException.class)
			.isThrownBy(() -> PlanFromDocument.run(PlanDocumentFixtures.FOLDER.resolve("unplaced-cells.docx"), csv,
					new PrintStream(printed, true, StandardCharsets.UTF_8)))
			.withMessage("有 3 格無法歸屬（列於上方），plan.csv 已寫出但缺少這些內容；請修正文件後重讀，或在 plan.csv 中補上");
		assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("已讀取「unplaced-cells.docx」的工作計畫表：工作要項 1、工作重點 1、具體措施 1")
			.contains("  無法歸屬：第 4 列「承辦單位」欄「人事」");
		assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).containsExactly(
				"\uFEFF項次,名稱,承辦單位,指標名稱,指標單位,指標方向,目標值,前一年度實績,指標來源,編號,完成期限",
				"1,完備基礎服務項目,研考,,,,,,,一、,", "1.1,建立業務標準作業流程,,,,,,,,(一),",
				"1.1.1,建立申辦業務之標準作業程序。,各組室,,,,,,,1、,");
	}

	@Test
	void writesTheDeadlineOfTheNationalTable(@TempDir Path folder) throws IOException {
		Path csv = folder.resolve("plan.csv");
		PlanFromDocument.run(PlanDocumentFixtures.FOLDER.resolve("national-004-評核構面.docx"), csv,
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

		assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).contains(
				"1.1.2,服務及時性：申辦案件於處理時限內完成之案件比率。,東區衛生所,,,,,,,2.,106 年 12 月 31 日");
	}

	@Test
	void saysSoForADocumentWithoutAPlanTable() {
		assertThatExceptionOfType(PlanDocumentException.class).isThrownBy(() -> read("no-plan-table.docx"))
			.withMessage("「no-plan-table.docx」唯一的表格不是工作計畫表：表頭要有至少兩個層級的欄，例如「工作要項／工作重點／具體措施」"
					+ "或「評核構面／評核項目／評核重點」；文件中表格的第一列是 表格 1「姓名｜職稱｜電話」");
		assertThatExceptionOfType(PlanDocumentException.class).isThrownBy(() -> read("no-table.odt"))
			.withMessageStartingWith("「no-table.odt」裡沒有表格，找不到工作計畫表：");
		assertThatExceptionOfType(PlanDocumentException.class).isThrownBy(() -> read("header-only.docx"))
			.withMessage("「header-only.docx」的工作計畫表只有表頭，沒有任何工作要項：請確認表格內容是否完整");
	}

	@Test
	void refusesFormatsItCannotRead(@TempDir Path folder) throws IOException {
		Path doc = Files.write(folder.resolve("工作計畫.doc"), new byte[] { 1, 2, 3 });
		Path broken = Files.writeString(folder.resolve("工作計畫.docx"), "not a zip");
		Path pdf = Files.writeString(folder.resolve("工作計畫.pdf"), "%PDF");

		assertThatExceptionOfType(PlanDocumentException.class).isThrownBy(() -> PlanDocuments.read(doc))
			.withMessageStartingWith("「工作計畫.doc」是舊版 Word 格式（.doc），無法讀取其中的表格：請用 Word 或 LibreOffice");
		assertThatExceptionOfType(PlanDocumentException.class).isThrownBy(() -> PlanDocuments.read(broken))
			.withMessageStartingWith("無法開啟「工作計畫.docx」：檔案損毀，或不是 docx 格式的文件");
		assertThatExceptionOfType(PlanDocumentException.class).isThrownBy(() -> PlanDocuments.read(pdf))
			.withMessage("只能讀取 .docx 或 .odt 格式的工作計畫，「工作計畫.pdf」不是");
	}

	private static DocumentPlan.Node node(DocumentPlan plan, String code) {
		return plan.nodes().stream().filter((n) -> n.code().equals(code)).findFirst().orElseThrow();
	}

}
