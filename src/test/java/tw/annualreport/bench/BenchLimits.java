package tw.annualreport.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import tw.annualreport.source.LoadDataFormat;

/**
 * The benchmark's measurements beside a finished run (src/bench/bench.sh), in the same database:
 * what the job's steps took (from Spring Batch's log of the run), and the limits it is compared
 * with — the database's own bulk load of the rows the job stored, as it stores them (MariaDB
 * {@code LOAD DATA LOCAL INFILE}, H2 {@code CSVREAD}; see {@link #load}), and plain SQL
 * {@code GROUP BY}s over the imported rows that give the same sums the figures step computes.
 * Prints {@code key=value} lines.
 *
 * <p>Usage: {@code BenchLimits <jdbcUrl> <user> <password> <agencyFolder (unused)> <agencyCode> <runLog> [report.pdf]}.
 */
public final class BenchLimits {

	private static final Pattern STEP = Pattern.compile("Step: \\[(\\w+)\\] executed in (\\S+)");

	/** The time of a log line, with milliseconds where bench.sh asks for them. */
	private static final Pattern TIME = Pattern.compile("^(\\d\\d):(\\d\\d):(\\d\\d)(?:\\.(\\d{3}))?");

	private static final Pattern PART = Pattern.compile("(\\d+)(ms|h|m|s)");

	private BenchLimits() {
	}

	public static void main(String[] args) throws Exception {
		if (args[0].equals("--renders")) {
			System.out.println(renders(Paths.get(args[1])));
			return;
		}
		String url = args[0];
		boolean mysql = url.startsWith("jdbc:mysql:");
		String agency = args[4];
		steps(Paths.get(args[5]));
		try (Connection c = DriverManager.getConnection(url, args[1], args[2])) {
			importRows(c, agency);
			load(c, agency, mysql, Paths.get(args[5]).resolveSibling("bulk-load"));
			groupBy(c, agency, mysql);
		}
		if (args.length > 6) {
			try (PDDocument pdf = Loader.loadPDF(Paths.get(args[6]).toFile())) {
				System.out.println("pdf.pages=" + pdf.getNumberOfPages());
			}
		}
	}

	/**
	 * Seconds of each step of the run, from Spring Batch's 「Step: [name] executed in 1s234ms」 log
	 * lines (the job repository of MySQL keeps whole seconds only); of a step logged more than
	 * once, the last. The import's seconds are its wall time, from the start of its first step to
	 * the end of publishImportStep (the files' steps run side by side), taken from the lines'
	 * times in milliseconds; a log without milliseconds gives the sum of the steps instead.
	 */
	static void steps(Path log) throws IOException {
		// a step run twice (two agencies in one JVM) counts as its last, warm run
		Map<String, Double> steps = new LinkedHashMap<>();
		Map<String, Double> ends = new LinkedHashMap<>();
		boolean millis = true;
		for (String text : Files.readAllLines(log, StandardCharsets.UTF_8)) {
			Matcher m = STEP.matcher(text);
			if (m.find()) {
				steps.remove(m.group(1));
				steps.put(m.group(1), seconds(m.group(2)));
				Matcher t = TIME.matcher(text);
				millis &= t.find() && t.group(4) != null;
				ends.put(m.group(1), millis ? Integer.parseInt(t.group(1)) * 3600 + Integer.parseInt(t.group(2)) * 60
						+ Integer.parseInt(t.group(3)) + Integer.parseInt(t.group(4)) / 1000.0 : 0);
			}
		}
		double importSum = 0;
		double importStart = Double.MAX_VALUE;
		double importEnd = 0;
		for (Map.Entry<String, Double> step : steps.entrySet()) {
			String name = step.getKey();
			if (name.startsWith("import") || name.equals("checkImportStep") || name.equals("publishImportStep")) {
				importSum += step.getValue();
				importStart = Math.min(importStart, ends.get(name) - step.getValue());
				importEnd = Math.max(importEnd, ends.get(name));
			}
			System.out.println("step." + name + "=" + step.getValue());
		}
		System.out.println("import.seconds=" + (millis ? importEnd - importStart : importSum));
		System.out.println("import.steps.seconds=" + importSum);
	}

	/** The render steps of a bureau run's log: 「fastest–slowest s, median m s」. */
	static String renders(Path log) throws IOException {
		List<Double> seconds = new ArrayList<>();
		for (String text : Files.readAllLines(log, StandardCharsets.UTF_8)) {
			Matcher m = STEP.matcher(text);
			if (m.find() && m.group(1).equals("renderReportStep")) {
				seconds.add(seconds(m.group(2)));
			}
		}
		if (seconds.isEmpty()) {
			return "none";
		}
		seconds.sort(null);
		return String.format(Locale.ROOT, "%.2f–%.2f s, median %.2f s", seconds.get(0), seconds.get(seconds.size() - 1),
				seconds.get(seconds.size() / 2));
	}

	/** 1m2s345ms as seconds. */
	static double seconds(String duration) {
		double seconds = 0;
		Matcher p = PART.matcher(duration);
		while (p.find()) {
			long n = Long.parseLong(p.group(1));
			seconds += switch (p.group(2)) {
				case "h" -> n * 3600.0;
				case "m" -> n * 60.0;
				case "s" -> n;
				default -> n / 1000.0;
			};
		}
		return seconds;
	}

	/** The rows the published import of the agency read. */
	static void importRows(Connection c, String agency) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("""
				SELECT SUM(f.rows_read) FROM import_file f
				JOIN agency_year y ON y.import_id = f.import_id WHERE y.agency_code = ?
				""")) {
			ps.setString(1, agency);
			try (ResultSet rs = ps.executeQuery()) {
				rs.next();
				System.out.println("source.rows=" + rs.getLong(1));
			}
		}
	}

	/**
	 * The tables an import writes its accepted rows to, as the job stores them (a survey
	 * respondent is one response row and one answer row per question; a phone test one test row
	 * and one row per scored item).
	 */
	static final List<String> STORED_TABLES = List.of("agency", "plan_node", "execution_record", "phone_test",
			"phone_test_score", "survey_question", "survey_response", "survey_answer", "case_record", "history_figure");

	/**
	 * The limit of the import: the rows the job stored for the agency's import, written out as
	 * files and bulk-loaded by the database itself into empty copies of the same tables (MariaDB
	 * {@code LOAD DATA LOCAL INFILE} into {@code CREATE TABLE … LIKE}, with its indexes; H2
	 * {@code CSVREAD}). Only the loads are timed. Prints the stored rows and the seconds.
	 */
	static void load(Connection c, String agency, boolean mysql, Path scratch) throws SQLException, IOException {
		long importId;
		try (PreparedStatement ps = c.prepareStatement(
				"SELECT import_id FROM agency_year WHERE agency_code = ? AND roc_year = 113")) {
			ps.setString(1, agency);
			try (ResultSet rs = ps.executeQuery()) {
				rs.next();
				importId = rs.getLong(1);
			}
		}
		Files.createDirectories(scratch);
		long rows = 0;
		long nanos = 0;
		try (Statement st = c.createStatement()) {
			for (String table : STORED_TABLES) {
				Path file = scratch.resolve(table + (mysql ? ".tsv" : ".csv")).toAbsolutePath();
				String copy = "bench_" + table;
				st.execute("DROP TABLE IF EXISTS " + copy);
				String path = file.toString().replace("'", "''");
				long start;
				if (mysql) {
					writeTsv(c, table, importId, file);
					st.execute("CREATE TABLE " + copy + " LIKE " + table);
					start = System.nanoTime();
					rows += st.executeUpdate("LOAD DATA LOCAL INFILE '" + path + "' INTO TABLE " + copy
							+ " CHARACTER SET utf8mb4");
				}
				else {
					st.execute("CALL CSVWRITE('" + path + "', 'SELECT * FROM " + table + " WHERE import_id = "
							+ importId + "', 'charset=UTF-8')");
					st.execute("CREATE TABLE " + copy + " AS SELECT * FROM " + table + " WITH NO DATA");
					start = System.nanoTime();
					rows += st.executeUpdate("INSERT INTO " + copy + " SELECT * FROM CSVREAD('" + path
							+ "', NULL, 'charset=UTF-8')");
				}
				nanos += System.nanoTime() - start;
				st.execute("DROP TABLE " + copy);
			}
		}
		System.out.println("stored.rows=" + rows);
		System.out.println("load.seconds=" + nanos / 1e9);
	}

	/** The import's rows of a table in LOAD DATA's default format: tab-separated, backslash escapes, \N for NULL. */
	private static void writeTsv(Connection c, String table, long importId, Path file) throws SQLException, IOException {
		try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table + " WHERE import_id = ?");
				Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			ps.setLong(1, importId);
			try (ResultSet rs = ps.executeQuery()) {
				int columns = rs.getMetaData().getColumnCount();
				StringBuilder line = new StringBuilder();
				while (rs.next()) {
					line.setLength(0);
					for (int i = 1; i <= columns; i++) {
						if (i > 1) {
							line.append('\t');
						}
						Object value = rs.getObject(i);
						LoadDataFormat.append((value instanceof java.sql.Date day) ? day.toLocalDate() : value, line);
					}
					out.write(line.append('\n').toString());
				}
			}
		}
	}

	/**
	 * The sums behind the figures, as plain GROUP BYs: measures by status, phone tests by unit and
	 * item, answers by survey, question, value and each breakdown, cases by type and category.
	 */
	static void groupBy(Connection c, String agency, boolean mysql) throws SQLException {
		String days = mysql ? "DATEDIFF(closed_date, received_date)" : "DATEDIFF('DAY', received_date, closed_date)";
		String imp = "(SELECT import_id FROM agency_year WHERE agency_code = '" + agency + "' AND roc_year = 113)";
		List<String> queries = List.of(
				"SELECT measure_code, status, COUNT(*), SUM(sessions), SUM(participants), MAX(exec_date) FROM execution_record WHERE import_id = "
						+ imp + " GROUP BY measure_code, status",
				"SELECT unit, COUNT(*), SUM(total), SUM(CASE WHEN total >= 80 THEN 1 ELSE 0 END), MIN(total), MAX(total) FROM phone_test WHERE import_id = "
						+ imp + " GROUP BY unit",
				"SELECT item_code, COUNT(*), SUM(score), SUM(CASE WHEN score < max_score THEN 1 ELSE 0 END) FROM phone_test_score WHERE import_id = "
						+ imp + " GROUP BY item_code",
				"SELECT survey_code, question_no, answer, COUNT(*) FROM survey_answer WHERE import_id = " + imp
						+ " GROUP BY survey_code, question_no, answer",
				groupAnswersBy("service", imp), groupAnswersBy("gender", imp), groupAnswersBy("age_band", imp),
				"SELECT case_type, category, COUNT(*), COUNT(closed_date), SUM(CASE WHEN " + days
						+ " <= limit_days THEN 1 ELSE 0 END), SUM(" + days + ") FROM case_record WHERE import_id = " + imp
						+ " GROUP BY case_type, category");
		long start = System.nanoTime();
		long groups = 0;
		try (Statement st = c.createStatement()) {
			for (String q : queries) {
				try (ResultSet rs = st.executeQuery(q)) {
					while (rs.next()) {
						groups++;
					}
				}
			}
		}
		System.out.println("groupby.seconds=" + (System.nanoTime() - start) / 1e9);
		System.out.println("groupby.groups=" + groups);
	}

	private static String groupAnswersBy(String column, String imp) {
		return String.format(Locale.ROOT, """
				SELECT r.survey_code, r.%1$s, a.question_no, a.answer, COUNT(*) FROM survey_response r
				JOIN survey_answer a ON a.import_id = r.import_id AND a.survey_code = r.survey_code AND a.response_id = r.response_id
				WHERE r.import_id = %2$s GROUP BY r.survey_code, r.%1$s, a.question_no, a.answer
				""", column, imp);
	}

}
