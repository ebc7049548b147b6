package tw.annualreport.register;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import tw.annualreport.agency.AgencyCodes;
import tw.annualreport.source.HeaderHints;
import tw.annualreport.source.SourceDates;

/**
 * agencies.csv (SPEC §3, the register) read and written: columns 機關代碼, 機關名稱, 上級機關代碼,
 * 收件信箱 (optional), 繳交期限 (optional date, any form SPEC §3 allows). Headers may be Chinese or the
 * bracketed keys (code, name, parent, mailTo, due). A file with a bad row is refused whole, every
 * problem named by its line. One row may leave 上級機關代碼 blank: the file's own head (a city, 研考會,
 * or a bureau), which gives its name ({@link RegisteredAgency#head()}).
 */
public final class RegisterCsv {

	/** The header the console writes. */
	public static final String HEADER = "機關代碼,機關名稱,上級機關代碼,收件信箱,繳交期限";

	private static final Pattern MAIL = Pattern.compile("[^@\\s;]+@[^@\\s;]+\\.[^@\\s;]+");

	private static final String[][] COLUMNS = { { "機關代碼", "code" }, { "機關名稱", "name" }, { "上級機關代碼", "parent" },
			{ "收件信箱", "mailto" }, { "繳交期限", "due" } };

	/** The register's file could not be taken: every problem, one line each. */
	public static final class RegisterException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final List<String> problems;

		RegisterException(List<String> problems) {
			super(String.join("；", problems));
			this.problems = List.copyOf(problems);
		}

		public List<String> problems() {
			return this.problems;
		}

	}

	private RegisterCsv() {
	}

	public static List<RegisteredAgency> parse(byte[] bytes) {
		String text = new String(bytes, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		return parse(text);
	}

	/**
	 * @throws RegisterException naming each bad line (missing column, unsafe code, repeated code,
	 * bad date or address)
	 */
	public static List<RegisteredAgency> parse(String text) {
		List<String> lines = text.lines().toList();
		List<String> problems = new ArrayList<>();
		if (lines.isEmpty()) {
			throw new RegisterException(List.of("機關名冊是空的：第 1 列應為標題列（" + HEADER + "）"));
		}
		int[] index = header(split(lines.get(0)), problems);
		if (!problems.isEmpty()) {
			throw new RegisterException(problems);
		}
		List<RegisteredAgency> agencies = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		Integer head = null;
		for (int i = 1; i < lines.size(); i++) {
			if (lines.get(i).isBlank()) {
				continue;
			}
			List<String> cells = split(lines.get(i));
			String where = "第 " + (i + 1) + " 列：";
			String code = cell(cells, index[0]);
			String name = cell(cells, index[1]);
			String parent = cell(cells, index[2]);
			String mailTo = cell(cells, index[3]);
			String dueText = cell(cells, index[4]);
			if (!AgencyCodes.isSafe(code)) {
				problems.add(where + "機關代碼「" + code + "」空白或不合法（只能用英數字、- 與 _）");
			}
			else if (!seen.add(code)) {
				problems.add(where + "機關代碼 " + code + " 重複");
			}
			if (name.isEmpty()) {
				problems.add(where + "機關名稱空白");
			}
			if (parent.isEmpty() && head != null) {
				problems.add(where + "上級機關代碼空白：只有一列可以空白（名冊所屬機關本身，如第 " + head + " 列）");
			}
			else if (parent.isEmpty()) {
				head = i + 1;
			}
			else if (!AgencyCodes.isSafe(parent)) {
				problems.add(where + "上級機關代碼「" + parent + "」不合法");
			}
			for (String address : mailTo.split("[;；]")) {
				if (!address.isBlank() && !MAIL.matcher(address.strip()).matches()) {
					problems.add(where + "收件信箱「" + address.strip() + "」格式錯誤");
				}
			}
			LocalDate due = null;
			if (!dueText.isEmpty()) {
				try {
					due = SourceDates.parse(dueText);
				}
				catch (DateTimeException | IllegalArgumentException ex) {
					problems.add(where + "繳交期限「" + dueText + "」不是日期（例：114/01/31）");
				}
			}
			agencies.add(new RegisteredAgency(code, name, parent.isEmpty() ? null : parent, mailTo.isEmpty() ? null
					: String.join(";", mailTo.strip().split("\\s*[;；]\\s*")), due));
		}
		if (!problems.isEmpty()) {
			throw new RegisterException(problems);
		}
		return agencies;
	}

	/** The register as agencies.csv (UTF-8 with a BOM, so that Excel opens it in Chinese). */
	public static String write(List<RegisteredAgency> agencies) {
		StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
		for (RegisteredAgency a : agencies) {
			csv.append(String.join(",", quote(a.code()), quote(a.name()), quote(a.parentCode()),
					quote((a.mailTo() == null) ? "" : a.mailTo()),
					(a.due() == null) ? "" : (SourceDates.rocYear(a.due()) + "/" + two(a.due().getMonthValue()) + "/"
							+ two(a.due().getDayOfMonth()))))
				.append("\r\n");
		}
		return csv.toString();
	}

	private static String two(int n) {
		return (n < 10) ? "0" + n : String.valueOf(n);
	}

	private static int[] header(List<String> cells, List<String> problems) {
		int[] index = new int[COLUMNS.length];
		for (int c = 0; c < COLUMNS.length; c++) {
			index[c] = -1;
			for (int i = 0; i < cells.size(); i++) {
				String h = cells.get(i).replaceAll("\\[.*]", "").strip().toLowerCase(Locale.ROOT);
				String key = cells.get(i).replaceAll(".*\\[(.*)].*", "$1").strip().toLowerCase(Locale.ROOT);
				if (h.equals(COLUMNS[c][0]) || h.equals(COLUMNS[c][1]) || key.equals(COLUMNS[c][1])) {
					index[c] = i;
				}
			}
			if (index[c] < 0 && c < 3) {
				String[] names = COLUMNS[c];
				problems.add("標題列缺少欄位「" + names[0] + "」（應為：" + HEADER + "）" + HeaderHints.nearest(unknown(cells), names)
					.map((found) -> "；" + HeaderHints.hint(found, names[0]))
					.orElse(""));
			}
		}
		return index;
	}

	/** The header cells that name none of the columns: where a typo would be. */
	private static List<String> unknown(List<String> cells) {
		return cells.stream()
			.map(String::strip)
			.filter((cell) -> !cell.isEmpty())
			.filter((cell) -> Arrays.stream(COLUMNS).noneMatch((column) -> Arrays.asList(column)
				.contains(cell.replaceAll("\\[.*]", "").strip().toLowerCase(Locale.ROOT))))
			.toList();
	}

	private static String cell(List<String> cells, int index) {
		return (index < 0 || index >= cells.size()) ? "" : cells.get(index).strip();
	}

	/** One CSV line (quotes as RFC 4180, a field not spanning lines). */
	static List<String> split(String line) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char ch = line.charAt(i);
			if (quoted) {
				if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (ch == '"') {
					quoted = false;
				}
				else {
					cell.append(ch);
				}
			}
			else if (ch == '"') {
				quoted = true;
			}
			else if (ch == ',') {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else {
				cell.append(ch);
			}
		}
		cells.add(cell.toString());
		return cells;
	}

	private static String quote(String text) {
		return (text.contains(",") || text.contains("\"")) ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

}
