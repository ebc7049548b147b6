package tw.annualreport.bench;

import java.io.IOException;
import java.io.Reader;
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
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The benchmark's measurements beside a finished run (src/bench/bench.sh), in the same database:
 * what the job's steps took (from Spring Batch's log of the run), and the limits it is compared
 * with — the database's own bulk load of the same CSV rows (MariaDB {@code LOAD DATA LOCAL INFILE},
 * H2 {@code CSVREAD}) and plain SQL {@code GROUP BY}s over the imported rows that give the same sums
 * the figures step computes. Prints {@code key=value} lines.
 *
 * <p>Usage: {@code BenchLimits <jdbcUrl> <user> <password> <agencyFolder> <agencyCode> <runLog> [report.pdf]}.
 */
public final class BenchLimits {

	static final List<String> FILES = List.of("agency", "plan", "executions", "phone_tests", "survey_questions",
			"survey_responses", "cases", "history");

	private static final Pattern STEP = Pattern.compile("Step: \\[(\\w+)\\] executed in (\\S+)");

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
		Path folder = Paths.get(args[3]);
		String agency = args[4];
		steps(Paths.get(args[5]));
		try (Connection c = DriverManager.getConnection(url, args[1], args[2])) {
			importRows(c, agency);
			long rows = load(c, folder, mysql);
			System.out.println("source.rows=" + rows);
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
	 * lines (the job repository of MySQL keeps whole seconds only).
	 */
	static void steps(Path log) throws IOException {
		double importSeconds = 0;
		for (String text : Files.readAllLines(log, StandardCharsets.UTF_8)) {
			Matcher m = STEP.matcher(text);
			if (!m.find()) {
				continue;
			}
			double seconds = seconds(m.group(2));
			String name = m.group(1);
			if (name.startsWith("import") || name.equals("checkImportStep") || name.equals("publishImportStep")) {
				importSeconds += seconds;
			}
			System.out.println("step." + name + "=" + seconds);
		}
		System.out.println("import.seconds=" + importSeconds);
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
				System.out.println("import.rows=" + rs.getLong(1));
			}
		}
	}

	/** Bulk-loads every CSV file of the folder into a staging table of text columns; returns the rows. */
	static long load(Connection c, Path folder, boolean mysql) throws SQLException, IOException {
		long rows = 0;
		long start = System.nanoTime();
		try (Statement st = c.createStatement()) {
			for (String name : FILES) {
				Path file = folder.resolve(name + ".csv");
				if (!Files.exists(file)) {
					continue;
				}
				List<String> header = header(file);
				String table = "bench_" + name;
				st.execute("DROP TABLE IF EXISTS " + table);
				List<String> columns = new ArrayList<>();
				for (int i = 0; i < header.size(); i++) {
					columns.add("c" + i + (mysql ? " TEXT" : " VARCHAR(4000)"));
				}
				if (mysql) {
					st.execute("CREATE TABLE " + table + " (" + String.join(", ", columns)
							+ ") CHARACTER SET utf8mb4");
					rows += st.executeUpdate("LOAD DATA LOCAL INFILE '" + file.toAbsolutePath().toString().replace("'", "''")
							+ "' INTO TABLE " + table + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY ','"
							+ " OPTIONALLY ENCLOSED BY '\"' LINES TERMINATED BY '\\n' IGNORE 1 LINES");
				}
				else {
					st.execute("CREATE TABLE " + table + " (" + String.join(", ", columns) + ")");
					rows += st.executeUpdate("INSERT INTO " + table + " SELECT * FROM CSVREAD('"
							+ file.toAbsolutePath().toString().replace("'", "''") + "', NULL, 'charset=UTF-8')");
				}
			}
		}
		System.out.println("load.seconds=" + (System.nanoTime() - start) / 1e9);
		return rows;
	}

	private static List<String> header(Path file) throws IOException {
		try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser p = CSVFormat.DEFAULT.parse(r)) {
			return p.iterator().next().toList();
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
