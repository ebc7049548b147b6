package tw.annualreport.system;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A line the job wrote for the command line, reworded for the officer in the console and the
 * bureau reading a consolidated report: no step
 * name (「checkImportStep：」), no exception class, no command-line advice (「請確認 --year」,
 * 「--resend」), no setting's name (「spring.mail.host」), no header alias (「執行日期[date]」), no server path. The job's own sentences
 * stay; only what an officer cannot act on goes.
 */
public final class OfficerText {

	private record Rule(Pattern pattern, String replacement) {

		String apply(String text) {
			return this.pattern.matcher(text).replaceAll(this.replacement);
		}

	}

	private static final List<Rule> RULES = List.of(
			// the report year the data seem to be of: the officer picks the year on the page
			rule("，?請確認 --year（例如 --year=(\\d+)）", "，請確認報告年度是否應為 $1 年度"),
			rule("(可)?用 --resend 重新寄送", "可在機關頁面按「重新寄送」"),
			rule("請稍後以 --resend 重試", "請稍後在機關頁面按「重新寄送」"),
			rule("（--worker）", ""),
			rule("（明細見 [^）]*）", "（明細見拒收明細）"),
			rule("輸出資料夾：.*$", "報告檔案已更新，可在下方下載。"),
			// the settings an administrator sets (「（spring.mail.host、annual-report.mail.from）」)
			rule("（(?:spring|annual-report)\\.[\\w.-]+(?:=\\w+)?(?:、(?:spring|annual-report)\\.[\\w.-]+(?:=\\w+)?)*）",
					"（請洽系統管理者設定）"),
			// Spring Batch's step name a reason read back from the job repository starts with
			rule("\\b[a-z][A-Za-z]*Step(:[\\w.-]+)?：", ""),
			rule("\\b(?:[a-z]+\\.)*[A-Z][A-Za-z]*(?:Exception|Error)[：:] ?", ""),
			rule("\\[[A-Za-z][A-Za-z0-9.]*\\]", ""),
			// the last resort of a reason: Spring Batch's status, in the officer's words
			rule("狀態 FAILED", "執行失敗"), rule("狀態 (STOPPING|STOPPED)", "已中止"), rule("狀態 ABANDONED", "已放棄"),
			rule("狀態 [A-Z]+", "狀態不明"),
			// whatever else still names a path on the server
			rule("(?<![\\w/.])/(?:[\\w.-]+/)+[\\w.-]*", "（伺服器上的檔案）"),
			rule("[A-Za-z]:\\\\[^\\s，。；）]*", "（伺服器上的檔案）"),
			rule("--[a-z][\\w-]*(=\\S*)?", ""));

	private OfficerText() {
	}

	private static Rule rule(String regex, String replacement) {
		return new Rule(Pattern.compile(regex), replacement);
	}

	public static String of(String line) {
		if (line == null) {
			return "";
		}
		String text = line;
		for (Rule rule : RULES) {
			text = rule.apply(text);
		}
		return text.strip();
	}

	/** The agency code a line of the command line starts with (「KHH-ZY：」), which the page shows above it. */
	public static String withoutCode(String code, String line) {
		String text = of(line);
		String prefix = code + "：";
		return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
	}

}
