package tw.annualreport.template;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import tw.annualreport.figures.PhoneTestScale;
import tw.annualreport.phonetest.PhoneTestSettings;
import tw.annualreport.source.SourceFile;
import tw.annualreport.survey.Likert;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The templates, read back with POI, are the import's definition: a sheet named as the import looks
 * for it, the definition's headers in its order, its example as row 2, its choices as drop-down lists.
 */
class SourceTemplatesTests {

	private static final PhoneTestScale SCALE = PhoneTestScale.municipalDefault();

	private final SourceTemplates templates = new SourceTemplates(new PhoneTestSettings(80, SCALE.items()));

	private XSSFWorkbook written(List<SourceFile> files, int rocYear) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		this.templates.write(files, rocYear, bytes);
		return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
	}

	private static List<String> row(XSSFSheet sheet, int index) {
		DataFormatter formatter = new DataFormatter();
		Row row = sheet.getRow(index);
		List<String> cells = new ArrayList<>();
		for (int i = 0; i < row.getLastCellNum(); i++) {
			cells.add(row.getCell(i) == null ? "" : formatter.formatCellValue(row.getCell(i)));
		}
		return cells;
	}

	/** The explicit lists of a sheet's validations by column. */
	private static Map<Integer, List<String>> lists(XSSFSheet sheet) {
		Map<Integer, List<String>> lists = new TreeMap<>();
		for (XSSFDataValidation validation : sheet.getDataValidations()) {
			if (validation.getValidationConstraint().getValidationType() == ValidationType.LIST) {
				lists.put(validation.getRegions().getCellRangeAddress(0).getFirstColumn(),
						Arrays.asList(validation.getValidationConstraint().getExplicitListValues()));
			}
		}
		return lists;
	}

	@ParameterizedTest
	@EnumSource(SourceFile.class)
	void aTemplateHasTheDefinitionsHeadersItsExampleAndItsChoicesAsLists(SourceFile file) throws IOException {
		try (XSSFWorkbook workbook = written(List.of(file), 113)) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
			XSSFSheet sheet = workbook.getSheet(file.fileName());
			List<String> headers = row(sheet, 0);
			// every column of the definition, in its order (the scale's and the answers' columns between)
			assertThat(headers).containsSubsequence(file.columns().stream().map(SourceFile.Column::chinese).toList());
			for (SourceFile.Column column : file.columns()) {
				int index = headers.indexOf(column.chinese());
				assertThat(row(sheet, 1).get(index)).as(column.chinese()).isEqualTo(column.example(113));
				if (!column.choices().isEmpty()) {
					assertThat(lists(sheet)).as(column.chinese())
						.containsEntry(index, column.choices().stream().map(SourceFile.Choice::label).toList());
				}
			}
			// every column prompts what it takes and refuses what the import would
			assertThat(sheet.getDataValidations()).hasSize(headers.size()).allSatisfy((validation) -> {
				assertThat(validation.getShowPromptBox()).isTrue();
				assertThat(validation.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
			});
			assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
		}
	}

	@Test
	void theStatusListIsTheImportsAndTheRequiredColumnsSaySo() throws IOException {
		try (XSSFWorkbook workbook = written(List.of(SourceFile.EXECUTIONS), 113)) {
			XSSFSheet sheet = workbook.getSheet("executions");
			assertThat(row(sheet, 0)).containsExactly("措施項次", "執行日期", "承辦單位", "執行情形", "場次", "人次", "指標實績", "狀態",
					"佐證");
			assertThat(row(sheet, 1)).containsExactly("1", "113/03/15", "一組", "於服務台張貼線上申辦說明", "2", "150", "82", "已完成",
					"活動照片 3 張");
			assertThat(lists(sheet)).containsExactly(Map.entry(7, List.of("已完成", "執行中", "未執行")));
			XSSFDataValidation status = sheet.getDataValidations().stream()
				.filter((v) -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == 7).findFirst().orElseThrow();
			assertThat(status.getPromptBoxText()).startsWith("必填。請由清單選擇：已完成、執行中、未執行");
			// the cells below are text, so 1.10 stays 1.10
			assertThat(sheet.getColumnStyle(0).getDataFormatString()).isEqualTo("@");
		}
	}

	@Test
	void thePhoneTestTemplateHasTheScalesItemsWithTheirRangeAndTheSurveyTheAnswerColumns() throws IOException {
		try (XSSFWorkbook workbook = written(List.of(SourceFile.PHONE_TESTS, SourceFile.SURVEY_RESPONSES), 113)) {
			XSSFSheet phone = workbook.getSheet("phone_tests");
			assertThat(row(phone, 0)).containsExactly("測試編號", "測試日期", "受測單位", "測試人員", "總機接聽速度", "總機電話禮貌",
					"業務單位接聽速度", "業務單位電話禮貌", "答話內容", "扣分事由", "備註");
			assertThat(row(phone, 1).subList(4, 9)).containsExactly("25", "20", "15", "25", "15");
			XSSFDataValidation speed = phone.getDataValidations().stream()
				.filter((v) -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == 4).findFirst().orElseThrow();
			assertThat(speed.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DECIMAL);
			assertThat(speed.getValidationConstraint().getFormula2()).isEqualTo("25");

			XSSFSheet responses = workbook.getSheet("survey_responses");
			assertThat(row(responses, 0)).containsSubsequence("年齡層", "Q1", "Q2", "Q3", "Q4", "Q5", "意見");
			List<String> answers = Likert.CHOICES.stream().map((c) -> c.label()).toList();
			assertThat(answers).containsExactly("1", "2", "3", "4", "5", "9");
			assertThat(lists(responses)).containsEntry(6, answers).containsEntry(10, answers);
		}
	}

	@Test
	void theWorkbookOfAllHasASheetPerFileInTheImportsOrderAndExamplesInTheYear() throws IOException {
		try (XSSFWorkbook workbook = written(List.of(SourceFile.values()), 114)) {
			List<String> sheets = new ArrayList<>();
			workbook.forEach((sheet) -> sheets.add(sheet.getSheetName()));
			assertThat(sheets).containsExactlyElementsOf(Arrays.stream(SourceFile.values()).map(SourceFile::fileName).toList());
			assertThat(row(workbook.getSheet("executions"), 1).get(1)).isEqualTo("114/03/15");
			assertThat(row(workbook.getSheet("history"), 1).get(0)).isEqualTo("113");
		}
	}

}
