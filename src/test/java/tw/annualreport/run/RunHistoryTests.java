package tw.annualreport.run;

import tw.annualreport.job.AgencyFolders;
import tw.annualreport.job.InProcessCommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "History: a command lists past runs (agency, year, kind, status, start/end, rows, output
 * paths, delivery outcome)." Three runs on the command line, in this JVM, on one in-memory
 * database: KHH-ZY 113 from a folder without plan.csv (fails), KHH-ZY 113 from the sample
 * (completes), KHH-MT 106 from the Big5 sample (completes); then {@code --history}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunHistoryTests {

	private static final Pattern TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");

	private static final Pattern ROWS = Pattern.compile("(\\d+)/(\\d+)/(\\d+)");

	private final String database = "--spring.datasource.url=jdbc:h2:mem:history-" + UUID.randomUUID()
			+ ";DB_CLOSE_DELAY=-1";

	@TempDir
	static Path temp;

	private Path failedOut;

	private Path completedOut;

	private Path otherOut;

	@BeforeAll
	void runThreeTimes() throws IOException {
		Path bad = AgencyFolders.copy(AgencyFolders.SAMPLE_KHH_ZY, temp.resolve("bad").resolve("KHH-ZY"));
		Files.delete(bad.resolve("plan.csv"));
		Path good = AgencyFolders.copy(AgencyFolders.SAMPLE_KHH_ZY, temp.resolve("good").resolve("KHH-ZY"));
		Path other = AgencyFolders.copy(Path.of("config", "sample", "106", "KHH-MT"),
				temp.resolve("other").resolve("KHH-MT"));
		this.failedOut = temp.resolve("out-failed");
		this.completedOut = temp.resolve("out-completed");
		this.otherOut = temp.resolve("out-other");

		InProcessCommandLine.Result failed = cli("--year=113", "--agency=KHH-ZY", "--input=" + bad,
				"--out=" + this.failedOut, "--formats=json");
		assertThat(failed.exitCode()).as(failed.toString()).isNotZero();
		assertThat(failed.lastErrorLine()).contains("plan");
		InProcessCommandLine.Result completed = cli("--year=113", "--agency=KHH-ZY", "--input=" + good,
				"--out=" + this.completedOut, "--formats=json");
		assertThat(completed.exitCode()).as(completed.toString()).isZero();
		InProcessCommandLine.Result otherRun = cli("--year=106", "--agency=KHH-MT", "--input=" + other,
				"--out=" + this.otherOut, "--formats=json");
		assertThat(otherRun.exitCode()).as(otherRun.toString()).isZero();
	}

	@Test
	void listsEveryRunWithItsStatusTimesRowsAndOutputFolder() {
		InProcessCommandLine.Result history = cli("--history");
		assertThat(history.exitCode()).as(history.toString()).isZero();
		List<Row> rows = rows(history);
		assertThat(rows).as(history.out()).hasSize(3);
		assertThat(rows).extracting(Row::agency, Row::year, Row::kind, Row::run, Row::status)
			.containsExactly(tuple("KHH-ZY", "113", "草稿", "1", "FAILED"), tuple("KHH-ZY", "113", "草稿", "1", "COMPLETED"),
					tuple("KHH-MT", "106", "草稿", "1", "COMPLETED"));
		// who started each run: these came from the command line
		assertThat(rows).extracting(Row::startedBy).containsOnly("命令列");

		Row failed = rows.get(0);
		Row completed = rows.get(1);
		for (Row row : rows) {
			assertThat(row.start()).as("start").matches(TIME);
			assertThat(row.end()).as("end").matches(TIME);
			assertThat(row.end().compareTo(row.start())).as("end not before start").isGreaterThanOrEqualTo(0);
			assertThat(row.delivery()).as("not mailed").isNotBlank();
			Matcher counts = ROWS.matcher(row.rows());
			assertThat(counts.matches()).as("rows read/accepted/rejected of " + row + ": " + row.rows()).isTrue();
			assertThat(Long.parseLong(counts.group(1)))
				.isEqualTo(Long.parseLong(counts.group(2)) + Long.parseLong(counts.group(3)));
		}
		assertThat(completed.rows()).isEqualTo(AgencyFolders.SAMPLE_READ + "/" + AgencyFolders.SAMPLE_ACCEPTED + "/"
				+ AgencyFolders.SAMPLE_REJECTED);
		assertThat(Long.parseLong(rowCount(failed, 1))).as("the failed run read less: no plan")
			.isLessThan(AgencyFolders.SAMPLE_READ);
		assertThat(failed.output()).isEqualTo(this.failedOut.resolve("113").resolve("KHH-ZY").toString());
		assertThat(completed.output()).isEqualTo(this.completedOut.resolve("113").resolve("KHH-ZY").toString());
		assertThat(Path.of(completed.output()).resolve("summary.json")).isRegularFile();
		assertThat(rows.get(2).output()).isEqualTo(this.otherOut.resolve("106").resolve("KHH-MT").toString());
	}

	@Test
	void listsOnlyTheYearAndAgencyAskedFor() {
		assertThat(rows(cli("--history", "--year=106"))).extracting(Row::agency, Row::year)
			.containsExactly(tuple("KHH-MT", "106"));
		assertThat(rows(cli("--history", "--year=2024"))).extracting(Row::agency, Row::status)
			.containsExactly(tuple("KHH-ZY", "FAILED"), tuple("KHH-ZY", "COMPLETED"));
		assertThat(rows(cli("--history", "--agency=KHH-MT"))).extracting(Row::agency).containsExactly("KHH-MT");
		assertThat(rows(cli("--history", "--agency=KHH-ZY", "--year=113"))).extracting(Row::status)
			.containsExactly("FAILED", "COMPLETED");

		InProcessCommandLine.Result none = cli("--history", "--agency=KHH-MT", "--year=113");
		assertThat(none.exitCode()).isZero();
		assertThat(rows(none)).isEmpty();
		assertThat(none.outLines()).contains("沒有執行紀錄。");
	}

	private InProcessCommandLine.Result cli(String... args) {
		String[] all = new String[args.length + 1];
		System.arraycopy(args, 0, all, 0, args.length);
		all[args.length] = this.database;
		return InProcessCommandLine.run(all);
	}

	private static org.assertj.core.groups.Tuple tuple(Object... values) {
		return org.assertj.core.groups.Tuple.tuple(values);
	}

	private static String rowCount(Row row, int group) {
		Matcher counts = ROWS.matcher(row.rows());
		assertThat(counts.matches()).isTrue();
		return counts.group(group);
	}

	/**
	 * The history table: a header, then per run a tab-separated line (編號 機關 年度 種類 次 狀態 開始
	 * 結束 讀取/接受/拒收 寄送 輸出 執行者), followed by a tab-indented line with the exit message if any.
	 */
	private static List<Row> rows(InProcessCommandLine.Result history) {
		List<String> lines = history.outLines();
		int header = lines.indexOf("編號\t機關\t年度\t種類\t次\t狀態\t開始\t結束\t讀取/接受/拒收\t寄送\t輸出\t執行者");
		if (header < 0) {
			return List.of();
		}
		List<Row> rows = new java.util.ArrayList<>();
		for (int i = header + 1; i < lines.size(); i++) {
			String[] cells = lines.get(i).split("\t", -1);
			if (cells.length != 12 || !cells[0].matches("\\d+")) {
				continue;
			}
			String next = (i + 1 < lines.size() && lines.get(i + 1).startsWith("\t")) ? lines.get(i + 1).strip() : "";
			rows.add(new Row(cells[1], cells[2], cells[3], cells[4], cells[5], cells[6], cells[7], cells[8], cells[9],
					cells[10], cells[11], next));
		}
		return rows;
	}

	record Row(String agency, String year, String kind, String run, String status, String start, String end, String rows,
			String delivery, String output, String startedBy, String message) {
	}

}
