package tw.annualreport.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The command line of a run (SPEC §6), checked before anything starts so that a mistyped
 * option ends the run with one clear line. Spring Boot's own {@code --spring.*} and
 * {@code --annual-report.*} properties pass through.
 *
 * @param rocYear the report year in ROC years (民國), e.g. 113
 * @param agencies agency codes, or {@code ["all"]}
 * @param planFrom the agency's plan document to read ({@link Command#PLAN_FROM}), else null
 * @param planTo the plan.csv it is written to, else null
 */
public record RunOptions(Command command, int rocYear, List<String> agencies, String parent, Path input, Path out,
		Set<OutputFormat> formats, boolean finalRun, boolean mail, Path planFrom, Path planTo) {

	/** What the command line asks for. */
	public enum Command {

		/** Import (with --input), compute and write the reports: the default. */
		RUN,
		/** Print the usage. */
		HELP,
		/** List past runs (--history), optionally of one year and agency. */
		HISTORY,
		/** Mail the existing report files again without recomputing (--resend). */
		RESEND,
		/** Stay up and run the scheduled draft and final runs (--serve). */
		SERVE,
		/** Stay up and run the agencies of remote bureau runs, taken from RabbitMQ (--worker). */
		WORKER,
		/** Create an officer's account of the web console (--add-user=NAME --role=… --agency=…). */
		ADD_USER,
		/** Read the plan out of the agency's plan document into plan.csv (--plan-from=… --plan-to=…); no database. */
		PLAN_FROM

	}

	public static final String USAGE = """
			提升服務成果報告 annual-report

			用法：java -jar annual-report.jar --year=113 --agency=KHH-ZY [選項]

			  --year=113              報告年度，民國（113）或西元（2024），民國 85 年至明年
			  --agency=KHH-ZY         機關代碼；多個以逗號分隔；all 表示 --parent 下的所有機關
			  --parent=KHH-HB         上級機關代碼（--agency=all 時必填），並產製彙整報告
			  --input=DIR             來源資料夾：單一機關的檔案，或每個機關一個子資料夾；
			                          省略時直接使用資料庫中已匯入的資料
			  --out=DIR               輸出資料夾（預設 ./out）
			  --formats=%s
			                          要產製的格式（預設全部）
			  --final=true|false      正式報告（預設 false：草稿）
			  --mail=true|false       寄送報告（預設 false）
			  --history               列出歷次執行紀錄（可加 --year、--agency 篩選）
			  --resend                重新寄送已產製的報告（需 --year、--agency），不重新計算
			  --serve                 常駐執行：依設定的排程產製每日草稿與年度正式報告
			  --worker                常駐執行：為分散式彙整執行（annual-report.bureau.remote=true）
			                          處理各機關，工作由 RabbitMQ 分派
			  --add-user=NAME --role=agency|bureau --agency=CODE
			                          新增網頁主控台帳號（密碼在終端機輸入時不顯示，或由環境變數
			                          ANNUAL_REPORT_PASSWORD、標準輸入提供，不可放在命令列）
			  --plan-from=工作計畫.docx --plan-to=plan.csv
			                          從機關的提升服務工作計畫文件（.docx、.odt）讀出計畫表，
			                          寫成 plan.csv（--plan-to 省略時寫在文件旁），不需資料庫
			  --help                  顯示本說明

			資料庫等設定可用 Spring Boot 參數，例如 --spring.profiles.active=mysql。
			""".formatted(OutputFormat.allCodes());

	private static final List<String> PASS_THROUGH = List.of("spring.", "logging.", "annual-report.", "server.", "debug", "trace");

	public static RunOptions parse(String[] args) {
		String year = null;
		String agency = null;
		String parent = null;
		String input = null;
		String out = "out";
		String formats = OutputFormat.allCodes();
		String finalRun = "false";
		String mail = "false";
		String planFrom = null;
		String planTo = null;
		Command command = Command.RUN;
		for (String arg : args) {
			if (arg.equals("--help") || arg.equals("-h")) {
				return new RunOptions(Command.HELP, 0, List.of(), null, null, null, Set.of(), false, false, null, null);
			}
			if (!arg.startsWith("--")) {
				throw new RunOptionsException("無法辨識的參數「" + arg + "」，參數格式為 --名稱=值（--help 看說明）");
			}
			int eq = arg.indexOf('=');
			String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
			String value = eq < 0 ? "true" : arg.substring(eq + 1).strip();
			switch (name) {
				case "year" -> year = value;
				case "agency" -> agency = value;
				case "parent" -> parent = value;
				case "input" -> input = value;
				case "out" -> out = value;
				case "formats" -> formats = value;
				case "final" -> finalRun = value;
				case "mail" -> mail = value;
				case "history" -> command = Command.HISTORY;
				case "resend" -> command = Command.RESEND;
				case "serve" -> command = Command.SERVE;
				case "worker" -> command = Command.WORKER;
				case "add-user" -> command = Command.ADD_USER;
				case "plan-from" -> {
					command = Command.PLAN_FROM;
					planFrom = value;
				}
				case "plan-to" -> planTo = value;
				case "role" -> {
					// --add-user's role, read by the console's NewAccount
				}
				default -> {
					if (PASS_THROUGH.stream().noneMatch(name::startsWith)) {
						throw new RunOptionsException("未知的參數 --" + name + "（--help 看可用的參數）");
					}
				}
			}
		}
		if (command == Command.PLAN_FROM || planTo != null) {
			return planFrom(planFrom, planTo);
		}
		boolean filtersOptional = command == Command.HISTORY || command == Command.SERVE || command == Command.WORKER
				|| command == Command.ADD_USER;
		int rocYear = (filtersOptional && year == null) ? 0 : rocYear(year);
		List<String> agencies = (filtersOptional && agency == null) ? List.of() : agencies(agency, parent);
		Path inputPath = null;
		if (input != null) {
			inputPath = Path.of(input).toAbsolutePath().normalize();
			if (!Files.isDirectory(inputPath)) {
				throw new RunOptionsException("找不到來源資料夾 --input=" + input);
			}
		}
		if (out.isEmpty()) {
			throw new RunOptionsException("--out 不可為空白");
		}
		return new RunOptions(command, rocYear, agencies, parent, inputPath, Path.of(out).toAbsolutePath().normalize(),
				formats(formats), bool("final", finalRun), bool("mail", mail), null, null);
	}

	/** --plan-from: the document must exist; plan.csv goes beside it unless --plan-to says where. */
	private static RunOptions planFrom(String from, String to) {
		if (from == null || from.isEmpty() || from.equals("true")) {
			throw new RunOptionsException("必須以 --plan-from=檔名 指定工作計畫文件（.docx 或 .odt），例如 --plan-from=工作計畫.docx");
		}
		Path document = Path.of(from).toAbsolutePath().normalize();
		if (!Files.isRegularFile(document)) {
			throw new RunOptionsException("找不到工作計畫文件 --plan-from=" + from);
		}
		if (to != null && (to.isEmpty() || to.equals("true"))) {
			throw new RunOptionsException("--plan-to 要指定 plan.csv 的路徑，例如 --plan-to=plan.csv");
		}
		Path csv = (to == null) ? document.resolveSibling("plan.csv") : Path.of(to).toAbsolutePath().normalize();
		if (csv.equals(document)) {
			throw new RunOptionsException("--plan-to 不可與 --plan-from 是同一個檔案");
		}
		return new RunOptions(Command.PLAN_FROM, 0, List.of(), null, null, null, Set.of(), false, false, document, csv);
	}

	/** ROC {@code 113} or Gregorian {@code 2024}, within {@link ReportYear}'s plausible years. */
	static int rocYear(String year) {
		try {
			return ReportYear.parse(year);
		}
		catch (IllegalArgumentException ex) {
			throw new RunOptionsException(ex.getMessage());
		}
	}

	private static List<String> agencies(String agency, String parent) {
		if (agency == null || agency.isEmpty()) {
			throw new RunOptionsException("必須指定機關，例如 --agency=KHH-ZY，或 --agency=all --parent=KHH-HB");
		}
		List<String> codes = Arrays.stream(agency.split(",")).map(String::strip).filter((s) -> !s.isEmpty()).distinct()
			.toList();
		for (String code : codes) {
			if (!code.equals("all") && !code.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,31}")) {
				throw new RunOptionsException("機關代碼「" + code + "」不合法（只能用英數字、- 與 _）");
			}
		}
		if (codes.contains("all") && codes.size() > 1) {
			throw new RunOptionsException("--agency=all 不能與其他機關代碼並用");
		}
		if (codes.contains("all") && (parent == null || parent.isEmpty())) {
			throw new RunOptionsException("--agency=all 需要指定上級機關，例如 --parent=KHH-HB");
		}
		if (parent != null && !parent.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,31}")) {
			throw new RunOptionsException("上級機關代碼「" + parent + "」不合法");
		}
		return codes;
	}

	private static Set<OutputFormat> formats(String formats) {
		Set<OutputFormat> result;
		try {
			result = OutputFormat.parse(formats);
		}
		catch (IllegalArgumentException ex) {
			throw new RunOptionsException("不支援的格式「" + ex.getMessage() + "」，可用 " + OutputFormat.allCodes().replace(",", "、"));
		}
		if (result.isEmpty()) {
			throw new RunOptionsException("--formats 至少要有一種格式");
		}
		return result;
	}

	private static boolean bool(String name, String value) {
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "true", "yes", "1" -> true;
			case "false", "no", "0" -> false;
			default -> throw new RunOptionsException("--" + name + " 應為 true 或 false，而不是「" + value + "」");
		};
	}

	/** Whether the command serves the web console ({@code --serve}), the one command with a web server. */
	public static boolean serves(String[] args) {
		return java.util.Arrays.asList(args).contains("--serve");
	}

	public boolean help() {
		return this.command == Command.HELP;
	}

	/** The same options for another year, agency selection and kind (used by the schedules). */
	public RunOptions with(int rocYear, List<String> agencies, String parent, boolean finalRun, boolean mail) {
		return new RunOptions(Command.RUN, rocYear, agencies, parent, this.input, this.out, this.formats, finalRun, mail,
				null, null);
	}

	/** The same options reading another input folder (null: the database as it stands). */
	public RunOptions withInput(Path input) {
		return new RunOptions(this.command, this.rocYear, this.agencies, this.parent,
				input == null ? null : input.toAbsolutePath().normalize(), this.out, this.formats, this.finalRun, this.mail,
				this.planFrom, this.planTo);
	}

	/**
	 * The command line that runs these options again for the given agencies (an alert's
	 * 「重新執行」 line): the folders absolute, other options only where they differ from the default.
	 */
	public String commandLine(List<String> agencyCodes) {
		StringBuilder line = new StringBuilder("java -jar annual-report.jar --year=").append(this.rocYear);
		if (allAgencies()) {
			line.append(" --agency=all --parent=").append(this.parent);
		}
		else {
			line.append(" --agency=").append(String.join(",", agencyCodes));
		}
		if (this.input != null) {
			line.append(" --input=").append(this.input);
		}
		line.append(" --out=").append(this.out);
		if (!this.formats.equals(OutputFormat.parse(OutputFormat.allCodes()))) {
			line.append(" --formats=").append(String.join(",", this.formats.stream().map(OutputFormat::code).toList()));
		}
		if (this.finalRun) {
			line.append(" --final=true");
		}
		if (this.mail) {
			line.append(" --mail=true");
		}
		return line.toString();
	}

	/** Every agency available (the schedules), as opposed to a chosen list or all under a parent. */
	public boolean everyAgency() {
		return this.agencies.isEmpty();
	}

	public boolean allAgencies() {
		return this.agencies.equals(List.of("all"));
	}

}
