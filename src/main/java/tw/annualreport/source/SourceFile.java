package tw.annualreport.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The source files of an agency-year (SPEC §3), each read from {@code <name>.csv} or from an
 * XLSX sheet of the same name. Header names are the contract: the Chinese name or the English
 * alias, in any order. The one list of source files: the import steps (in this order), the tables
 * a re-import replaces and the labels in the report are derived from it.
 */
public enum SourceFile {

	AGENCY("agency", "agency", "機關資料", true, List.of("agency"), List.of(
			Column.required("機關代碼", "code", 32), Column.required("機關名稱", "name", 200),
			Column.optional("上級機關代碼", "parent", 32), Column.optional("上級機關名稱", "parentName", 200),
			Column.optional("收件信箱", "mailTo", 1000), Column.optional("聯絡人", "contactName", 100),
			Column.optional("聯絡電話", "contactPhone", 50), Column.optional("聯絡信箱", "contactMail", 200),
			Column.optional("層級名稱", "levelNames", 100))),

	PLAN("plan", "plan", "工作計畫", true, List.of("plan_node"), List.of(
			Column.required("項次", "code", 20), Column.required("名稱", "title", 2000),
			Column.optional("承辦單位", "units", 500), Column.optional("指標名稱", "indicator", 300),
			Column.optional("指標單位", "indicatorUnit", 40), Column.optional("指標方向", "direction", 10),
			Column.optional("目標值", "target", 40), Column.optional("前一年度實績", "previous", 40),
			Column.optional("指標來源", "indicatorSource", 200), Column.optional("編號", "label", 20),
			Column.optional("完成期限", "due", 100))),

	EXECUTIONS("executions", "executions", "執行紀錄", true, List.of("execution_record"), List.of(
			Column.required("措施項次", "measure", 20), Column.required("執行日期", "date", 40),
			Column.optional("承辦單位", "unit", 200), Column.freeText("執行情形", "description", 4000),
			Column.optional("場次", "sessions", 40), Column.optional("人次", "participants", 40),
			Column.optional("指標實績", "actual", 40), Column.required("狀態", "status", 20),
			Column.freeText("佐證", "evidence", 1000))),

	PHONE_TESTS("phone_tests", "phoneTests", "電話禮貌測試", true, List.of("phone_test_score", "phone_test"), List.of(
			Column.required("測試編號", "id", 60), Column.required("測試日期", "date", 40),
			Column.required("受測單位", "unit", 200), Column.optional("測試人員", "tester", 100),
			Column.freeText("扣分事由", "deductions", 1000), Column.freeText("備註", "note", 1000))),

	SURVEY_QUESTIONS("survey_questions", "surveyQuestions", "問卷題目", true, List.of("survey_question"), List.of(
			Column.required("問卷代碼", "survey", 40), Column.required("問卷名稱", "surveyTitle", 300),
			Column.required("對象", "audience", 20), Column.optional("母體數", "population", 40),
			Column.required("題號", "no", 40), Column.required("題目", "text", 1000),
			Column.optional("構面", "dimension", 100), Column.optional("整體題", "overall", 10))),

	SURVEY_RESPONSES("survey_responses", "surveyResponses", "問卷回覆", true, List.of("survey_answer", "survey_response"), List.of(
			Column.required("問卷代碼", "survey", 40), Column.required("回覆編號", "id", 60),
			Column.optional("填答日期", "date", 40), Column.optional("服務項目", "service", 200),
			Column.optional("性別", "gender", 20), Column.optional("年齡層", "ageBand", 40),
			Column.freeText("意見", "comment", 4000))),

	CASES("cases", "cases", "案件", false, List.of("case_record"), List.of(
			Column.required("案件編號", "id", 60), Column.required("類型", "type", 20),
			Column.optional("來源管道", "channel", 100), Column.optional("業務類別", "category", 200),
			Column.required("收件日期", "received", 40), Column.required("處理期限日數", "limitDays", 40),
			Column.optional("結案日期", "closed", 40))),

	HISTORY("history", "history", "歷年資料", false, List.of("history_figure"), List.of(
			Column.required("年度", "year", 40), Column.required("項目", "metric", 200),
			Column.required("數值", "value", 40))),

	IMPROVEMENTS("improvements", "improvements", "檢討與改進", false, List.of("improvement"), List.of(
			Column.required("項目", "item", 300), Column.freeText("檢討", "finding", 2000),
			Column.required("改進措施", "action", 2000), Column.optional("承辦單位", "units", 200),
			Column.optional("預定完成日期", "due", 40)));

	private final String fileName;

	private final String alias;

	/** What the officer calls it: 執行紀錄. */
	private final String label;

	private final boolean required;

	/** The tables its import step writes, children first, its main table last. */
	private final List<String> tables;

	private final List<Column> columns;

	/** The columns by English alias, looked up once per cell. */
	private final Map<String, Column> byAlias = new HashMap<>();

	SourceFile(String fileName, String alias, String label, boolean required, List<String> tables,
			List<Column> columns) {
		this.fileName = fileName;
		this.alias = alias;
		this.label = label;
		this.required = required;
		this.tables = tables;
		this.columns = columns;
		columns.forEach((c) -> this.byAlias.put(c.alias(), c));
	}

	/** The base name: {@code plan} for {@code plan.csv} or the sheet {@code plan}. */
	public String fileName() {
		return this.fileName;
	}

	/** The English sheet/file alias, e.g. {@code phoneTests}. */
	public String alias() {
		return this.alias;
	}

	/** What the officer calls it: 執行紀錄. */
	public String label() {
		return this.label;
	}

	/** The file with its base name, for messages: 「執行紀錄（executions）」. */
	public String displayName() {
		return this.label + "（" + this.fileName + "）";
	}

	/** The display name of a file known by its base name; an unknown name as it is. */
	public static String displayName(String fileName) {
		return ofFileName(fileName).map(SourceFile::displayName).orElse(fileName);
	}

	/** The file of a base name ({@code executions}), if it is one. */
	public static Optional<SourceFile> ofFileName(String fileName) {
		return Arrays.stream(values()).filter((file) -> file.fileName.equals(fileName)).findFirst();
	}

	/** Where a file known by its base name comes in this list; an unknown name last. */
	public static int order(String fileName) {
		return ofFileName(fileName).map(SourceFile::ordinal).orElse(Integer.MAX_VALUE);
	}

	/** Whether a run without this file must fail (cases, history and improvements are optional). */
	public boolean required() {
		return this.required;
	}

	/** The tables its import writes, children first: a restart of its step clears them in this order. */
	public List<String> tables() {
		return this.tables;
	}

	/** The table whose rows are the file's accepted rows. */
	public String mainTable() {
		return this.tables.get(this.tables.size() - 1);
	}

	/** Every table of imported rows, of all files: what publishing a new import replaces. */
	public static List<String> allTables() {
		return Arrays.stream(values()).flatMap((file) -> file.tables.stream()).toList();
	}

	/**
	 * The file whose imported rows this file's rows are checked against, so imported before it:
	 * execution records name the plan's measures, answers the survey's questions. Null for a file
	 * that reads no other; such files are imported side by side ({@link #lanes()}).
	 */
	public SourceFile reads() {
		return switch (this) {
			case EXECUTIONS -> PLAN;
			case SURVEY_RESPONSES -> SURVEY_QUESTIONS;
			default -> null;
		};
	}

	/**
	 * The files in import lanes: each lane a file that reads no other and, after it, the files
	 * that read it, in this list's order. Lanes are independent of each other.
	 */
	public static List<List<SourceFile>> lanes() {
		Map<SourceFile, List<SourceFile>> lanes = new LinkedHashMap<>();
		for (SourceFile file : values()) {
			SourceFile first = file;
			while (first.reads() != null) {
				first = first.reads();
			}
			lanes.computeIfAbsent(first, (k) -> new ArrayList<>()).add(file);
		}
		return lanes.values().stream().map(List::copyOf).toList();
	}

	/** The name of its import step: {@code importPhoneTestsStep}. */
	public String stepName() {
		return "import" + Character.toUpperCase(this.alias.charAt(0)) + this.alias.substring(1) + "Step";
	}

	/** The file an import step imports, by the step's name ({@link #stepName()}). */
	public static SourceFile ofStepName(String stepName) {
		return Arrays.stream(values())
			.filter((file) -> file.stepName().equals(stepName))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("沒有來源檔由步驟 " + stepName + " 匯入"));
	}

	public List<Column> columns() {
		return this.columns;
	}

	/** A contract column by its English alias, e.g. {@code PLAN.column("code")}. */
	public Column column(String alias) {
		Column column = this.byAlias.get(alias);
		if (column == null) {
			throw new IllegalArgumentException(this + " has no column " + alias);
		}
		return column;
	}

	/**
	 * Whether a (normalised) header names one of this file's free-text columns (意見, 備註 …):
	 * prose no figure reads, so an Excel error value there empties the text and keeps the row.
	 */
	public boolean freeText(String header) {
		return this.columns.stream().anyMatch((column) -> column.freeText() && column.matches(header));
	}

	/**
	 * The problems of a row whose cells are longer than their columns allow (the database's
	 * column sizes, which a test keeps these limits within), one per cell.
	 */
	public List<RowProblem> tooLong(SourceRow row) {
		List<RowProblem> problems = new ArrayList<>();
		for (Column column : this.columns) {
			String value = row.get(column);
			if (value.length() > column.maxLength()) {
				problems.add(row.problem(column.chinese(), value, RejectReason.TEXT_TOO_LONG,
						String.format("最多 %,d 字，此格 %,d 字", column.maxLength(), value.length())));
			}
		}
		return problems;
	}

	/**
	 * One contract column: its Chinese header and English alias, both accepted.
	 *
	 * @param maxLength the most characters a cell may hold (docs/import.md lists them)
	 * @param freeText whether it is prose that no figure reads (意見, 備註, 執行情形 …): an Excel error
	 * value there leaves the text empty and keeps the row, with a warning (SPEC §3)
	 */
	public record Column(String chinese, String alias, boolean required, int maxLength, boolean freeText) {

		static Column required(String chinese, String alias, int maxLength) {
			return new Column(chinese, alias, true, maxLength, false);
		}

		static Column optional(String chinese, String alias, int maxLength) {
			return new Column(chinese, alias, false, maxLength, false);
		}

		static Column freeText(String chinese, String alias, int maxLength) {
			return new Column(chinese, alias, false, maxLength, true);
		}

		/** Whether a (normalised) header cell names this column. */
		public boolean matches(String header) {
			return this.chinese.equals(header) || this.alias.equalsIgnoreCase(header);
		}

	}

}
