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
			Column.required("機關代碼", "code", 32).example("KHH-GS"),
			Column.required("機關名稱", "name", 200).example("高雄市鼓山區衛生所"),
			Column.optional("上級機關代碼", "parent", 32).example("KHH-HB"),
			Column.optional("上級機關名稱", "parentName", 200).example("高雄市政府衛生局"),
			Column.optional("收件信箱", "mailTo", 1000).example("research@example.gov.tw"),
			Column.optional("聯絡人", "contactName", 100).example("王小明"),
			Column.optional("聯絡電話", "contactPhone", 50).example("07-5881234"),
			Column.optional("聯絡信箱", "contactMail", 200).example("officer@example.gov.tw"),
			Column.optional("層級名稱", "levelNames", 100).example("工作要項/工作重點/具體措施"))),

	PLAN("plan", "plan", "工作計畫", true, List.of("plan_node"), List.of(
			Column.required("項次", "code", 20).example("1"),
			Column.required("名稱", "title", 2000).example("推動線上申辦服務"),
			Column.optional("承辦單位", "units", 500).example("一組、二組"),
			Column.optional("指標名稱", "indicator", 300).example("線上申辦比率"),
			Column.optional("指標單位", "indicatorUnit", 40).example("%"),
			Column.optional("指標方向", "direction", 10).choices(Choice.of("高", "HIGHER", "越高越好", "higher", "high"),
					Choice.of("低", "LOWER", "越低越好", "lower", "low")),
			Column.optional("目標值", "target", 40).example("80"),
			Column.optional("前一年度實績", "previous", 40).example("75"),
			Column.optional("指標來源", "indicatorSource", 200), Column.optional("編號", "label", 20).example("一、"),
			Column.optional("完成期限", "due", 100).example("{year}年12月"))),

	EXECUTIONS("executions", "executions", "執行紀錄", true, List.of("execution_record"), List.of(
			Column.required("措施項次", "measure", 20).example("1"),
			Column.required("執行日期", "date", 40).example("{year}/03/15"),
			Column.optional("承辦單位", "unit", 200).example("一組"),
			Column.freeText("執行情形", "description", 4000).example("於服務台張貼線上申辦說明"),
			Column.optional("場次", "sessions", 40).example("2"), Column.optional("人次", "participants", 40).example("150"),
			Column.optional("指標實績", "actual", 40).example("82"),
			Column.required("狀態", "status", 20).choices(Choice.of("已完成", "COMPLETED", "完成"),
					Choice.of("執行中", "IN_PROGRESS", "進行中"), Choice.of("未執行", "NOT_STARTED")),
			Column.freeText("佐證", "evidence", 1000).example("活動照片 3 張"))),

	PHONE_TESTS("phone_tests", "phoneTests", "電話禮貌測試", true, List.of("phone_test_score", "phone_test"), List.of(
			Column.required("測試編號", "id", 60).example("T001"),
			Column.required("測試日期", "date", 40).example("{year}/04/10"),
			Column.required("受測單位", "unit", 200).example("一組"),
			Column.optional("測試人員", "tester", 100).example("研考 李小華"),
			Column.freeText("扣分事由", "deductions", 1000), Column.freeText("備註", "note", 1000))),

	SURVEY_QUESTIONS("survey_questions", "surveyQuestions", "問卷題目", true, List.of("survey_question"), List.of(
			Column.required("問卷代碼", "survey", 40).example("PUB"),
			Column.required("問卷名稱", "surveyTitle", 300).example("民眾洽公滿意度調查"),
			Column.required("對象", "audience", 20).choices(Choice.of("民眾", "PUBLIC"), Choice.of("內部同仁", "STAFF", "同仁")),
			Column.optional("母體數", "population", 40), Column.required("題號", "no", 40).example("1"),
			Column.required("題目", "text", 1000).example("整體而言，您對本所的服務是否滿意？"),
			Column.optional("構面", "dimension", 100).example("整體滿意度"),
			Column.optional("整體題", "overall", 10).choices(Choice.of("Y", "Y", "是"), Choice.of("N", "N", "否")))),

	SURVEY_RESPONSES("survey_responses", "surveyResponses", "問卷回覆", true, List.of("survey_answer", "survey_response"), List.of(
			Column.required("問卷代碼", "survey", 40).example("PUB"), Column.required("回覆編號", "id", 60).example("R001"),
			Column.optional("填答日期", "date", 40).example("{year}/05/20"),
			Column.optional("服務項目", "service", 200).example("預防接種"), Column.optional("性別", "gender", 20).example("女"),
			Column.optional("年齡層", "ageBand", 40).example("30-39歲"),
			Column.freeText("意見", "comment", 4000).example("服務親切"))),

	CASES("cases", "cases", "案件", false, List.of("case_record"), List.of(
			Column.required("案件編號", "id", 60).example("C001"),
			Column.required("類型", "type", 20).choices(Choice.of("申辦", "APPLICATION"), Choice.of("陳情", "PETITION")),
			Column.optional("來源管道", "channel", 100).example("臨櫃"),
			Column.optional("業務類別", "category", 200).example("預防接種"),
			Column.required("收件日期", "received", 40).example("{year}/03/15"),
			Column.required("處理期限日數", "limitDays", 40).example("3"),
			Column.optional("結案日期", "closed", 40).example("{year}/03/17"))),

	HISTORY("history", "history", "歷年資料", false, List.of("history_figure"), List.of(
			Column.required("年度", "year", 40).example("{year-1}"),
			Column.required("項目", "metric", 200).example("phone.mean"),
			Column.required("數值", "value", 40).example("86.5"))),

	IMPROVEMENTS("improvements", "improvements", "檢討與改進", false, List.of("improvement"), List.of(
			Column.required("項目", "item", 300).example("1"),
			Column.freeText("檢討", "finding", 2000).example("線上申辦比率仍可提升"),
			Column.required("改進措施", "action", 2000).example("增設線上申辦操作說明影片"),
			Column.optional("承辦單位", "units", 200).example("一組"),
			Column.optional("預定完成日期", "due", 40).example("{year+1}/06/30")));

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
		for (Column column : this.columns) {
			if (column.freeText() && column.matches(header)) {
				return true;
			}
		}
		return false;
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
	 * @param choices the values it allows, when they are fixed (狀態, 類型 …): the import's row check
	 * ({@link RowCheck#choice}) and the template's drop-down list both read them; empty for a free value
	 * @param example what the template's example row holds ({@link #example(int)})
	 */
	public record Column(String chinese, String alias, boolean required, int maxLength, boolean freeText,
			List<Choice> choices, String example) {

		public Column {
			choices = List.copyOf(choices);
		}

		static Column required(String chinese, String alias, int maxLength) {
			return new Column(chinese, alias, true, maxLength, false, List.of(), "");
		}

		static Column optional(String chinese, String alias, int maxLength) {
			return new Column(chinese, alias, false, maxLength, false, List.of(), "");
		}

		static Column freeText(String chinese, String alias, int maxLength) {
			return new Column(chinese, alias, false, maxLength, true, List.of(), "");
		}

		/** The column with fixed choices, the first the template's example unless one is given. */
		Column choices(Choice... choices) {
			return new Column(this.chinese, this.alias, this.required, this.maxLength, this.freeText, List.of(choices),
					this.example.isEmpty() ? choices[0].label() : this.example);
		}

		/**
		 * The column with the template's example; {@code {year}} stands for the report year (ROC),
		 * {@code {year-1}} for the year before it, {@code {year+1}} for the year after it.
		 */
		Column example(String example) {
			return new Column(this.chinese, this.alias, this.required, this.maxLength, this.freeText, this.choices,
					example);
		}

		/** The template's example for a report year (ROC): {@code 113/03/15} for {@code {year}/03/15}. */
		public String example(int rocYear) {
			return this.example.replace("{year}", String.valueOf(rocYear))
				.replace("{year-1}", String.valueOf(rocYear - 1))
				.replace("{year+1}", String.valueOf(rocYear + 1));
		}

		/** Whether a (normalised) header cell names this column. */
		public boolean matches(String header) {
			return this.chinese.equals(header) || this.alias.equalsIgnoreCase(header);
		}

		/** The choice a (fully normalised) value is, in any of its words, ignoring case. */
		public Optional<Choice> choice(String value) {
			for (Choice choice : this.choices) {
				if (choice.matches(value)) {
					return Optional.of(choice);
				}
			}
			return Optional.empty();
		}

	}

	/**
	 * One of a column's fixed choices.
	 *
	 * @param label what the officer types and the template's list offers: 已完成
	 * @param value what the import keeps of it: {@code COMPLETED}
	 * @param synonyms other words accepted for it: 完成
	 */
	public record Choice(String label, String value, List<String> synonyms) {

		public static Choice of(String label, String value, String... synonyms) {
			return new Choice(label, value, List.of(synonyms));
		}

		/** Whether a (fully normalised) value is this choice, ignoring case. */
		public boolean matches(String text) {
			if (this.label.equalsIgnoreCase(text)) {
				return true;
			}
			for (String synonym : this.synonyms) {
				if (synonym.equalsIgnoreCase(text)) {
					return true;
				}
			}
			return false;
		}

		/** The labels of choices as a message lists them: 「已完成、執行中 或 未執行」. */
		public static String listed(List<Choice> choices) {
			List<String> labels = choices.stream().map(Choice::label).toList();
			return (labels.size() == 1) ? labels.get(0)
					: String.join("、", labels.subList(0, labels.size() - 1)) + " 或 " + labels.get(labels.size() - 1);
		}

	}

}
