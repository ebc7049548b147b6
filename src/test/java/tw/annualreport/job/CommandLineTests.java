package tw.annualreport.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import tw.annualreport.AnnualReportApplication;
import tw.annualreport.support.Fixture;
import tw.annualreport.support.SampleFolders;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line in-process: exit code and the one line the officer reads (SPEC §6). */
@ExtendWith(OutputCaptureExtension.class)
class CommandLineTests {

	@TempDir
	Path temp;

	private int run(String... args) {
		return runOn("jdbc:h2:mem:cli-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", args);
	}

	/** The command on a database of the caller's, so that a second command finds what the first imported. */
	private int runOn(String database, String... args) {
		String[] all = new String[args.length + 2];
		System.arraycopy(args, 0, all, 0, args.length);
		all[args.length] = "--spring.datasource.url=" + database;
		all[args.length + 1] = "--logging.level.tw.annualreport=WARN";
		ConfigurableApplicationContext context = SpringApplication.run(AnnualReportApplication.class, all);
		return SpringApplication.exit(context);
	}

	@Test
	void aGoodRunImportsAndPrintsTheOutputFolder(CapturedOutput output) {
		Fixture.of("CLI-OK").append("cases.csv", "C9,申辦,臨櫃,證明,113/02/30,5,\n").writeTo(this.temp.resolve("in/CLI-OK"));
		Path out = this.temp.resolve("out");

		int exit = run("--year=113", "--agency=CLI-OK", "--input=" + this.temp.resolve("in"), "--out=" + out);

		assertThat(exit).as(output.getAll()).isZero();
		assertThat(output.getOut()).contains("CLI-OK：完成。").contains("輸出資料夾：" + out.resolve("113/CLI-OK"));
		assertThat(out.resolve("113/CLI-OK/rejects.csv")).exists();
	}

	/**
	 * The report says the rejected rows are in rejects.csv of its folder: a run from the database
	 * alone into a new --out writes there the rejects of the import it reports on (113/02/30 is
	 * no date), the same file the importing run wrote.
	 */
	@Test
	void aRunFromTheDatabaseAloneWritesTheRejectsOfThePublishedImportIntoItsNewFolder(CapturedOutput output)
			throws Exception {
		Fixture.of("CLI-DB").append("cases.csv", "C9,申辦,臨櫃,證明,113/02/30,5,\n").writeTo(this.temp.resolve("in/CLI-DB"));
		String database = "jdbc:h2:mem:cli-db-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		Path first = this.temp.resolve("first");
		Path again = this.temp.resolve("again");
		assertThat(runOn(database, "--year=113", "--agency=CLI-DB", "--input=" + this.temp.resolve("in"), "--out=" + first))
			.as(output.getAll()).isZero();

		int exit = runOn(database, "--year=113", "--agency=CLI-DB", "--out=" + again);

		assertThat(exit).as(output.getAll()).isZero();
		Path rejects = again.resolve("113/CLI-DB/rejects.csv");
		assertThat(rejects).exists();
		String text = Files.readString(rejects);
		assertThat(text).contains("cases.csv", "113/02/30", "DATE_INVALID");
		assertThat(text).isEqualTo(Files.readString(first.resolve("113/CLI-DB/rejects.csv")));
		assertThat(output.getOut()).contains("輸出資料夾：" + again.resolve("113/CLI-DB") + "（rejects.csv、");
	}

	@Test
	void anUnknownAgencyEndsNonZeroWithOneChineseLine(CapturedOutput output) {
		SampleFolders.copy("113/KHH-ZY", this.temp.resolve("in/KHH-ZY"));

		int exit = run("--year=113", "--agency=KHH-XX", "--input=" + this.temp.resolve("in"), "--out=" + this.temp.resolve("out"));

		assertThat(exit).isNotZero();
		assertThat(output.getErr()).contains("錯誤：找不到機關 KHH-XX").contains("KHH-ZY");
		assertThat(output.getErr().lines().filter((l) -> l.startsWith("錯誤："))).hasSize(1);
	}

	@Test
	void anAgencyFolderWhoseWorkbookCannotBeReadFailsItsPartitionByNameInsteadOfDroppingOut(CapturedOutput output)
			throws Exception {
		SampleFolders.copy("113/KHH-ZY", this.temp.resolve("in/KHH-ZY"));
		Path broken = Files.createDirectories(this.temp.resolve("in/KHH-BROKEN"));
		Files.writeString(broken.resolve("資料.xlsx"), "PK but not a workbook");

		int exit = run("--year=113", "--agency=all", "--parent=KHH-HB", "--input=" + this.temp.resolve("in"),
				"--out=" + this.temp.resolve("out"), "--formats=json");

		assertThat(exit).isNotZero();
		assertThat(output.getOut()).contains("KHH-BROKEN：失敗。" + broken + " 的資料無法讀取").contains("資料.xlsx")
			.contains("KHH-ZY：完成。").contains("失敗：KHH-BROKEN");
		assertThat(output.getErr()).contains("錯誤：KHH-BROKEN：" + broken + " 的資料無法讀取");
		assertThat(this.temp.resolve("out/113/KHH-ZY/summary.json")).as("the others still run").isRegularFile();
	}

	@Test
	void aSingleAgencyRunStillRefusesAnUnreadableFolderAtOnce(CapturedOutput output) throws Exception {
		SampleFolders.copy("113/KHH-ZY", this.temp.resolve("in/KHH-ZY"));
		Path broken = Files.createDirectories(this.temp.resolve("in/KHH-BROKEN"));
		Files.writeString(broken.resolve("資料.xlsx"), "PK but not a workbook");

		int exit = run("--year=113", "--agency=KHH-ZY", "--input=" + this.temp.resolve("in"),
				"--out=" + this.temp.resolve("out"));

		assertThat(exit).isNotZero();
		assertThat(output.getErr()).contains("錯誤：" + broken + " 的資料無法讀取").contains("資料.xlsx");
		assertThat(this.temp.resolve("out/113/KHH-ZY")).as("nothing run").doesNotExist();
	}

	@Test
	void aBadYearEndsNonZeroBeforeAnyImport(CapturedOutput output) {
		int exit = run("--year=abc", "--agency=KHH-ZY", "--out=" + this.temp.resolve("out"));

		assertThat(exit).isNotZero();
		assertThat(output.getErr()).contains("錯誤：年度「abc」不是數字");
		assertThat(this.temp.resolve("out")).doesNotExist();
	}

	@Test
	void dataOfAnotherYearSayWhichYearTheyAreFrom(CapturedOutput output) {
		Fixture.of("CLI-YEAR").writeTo(this.temp.resolve("in/CLI-YEAR"));

		int exit = run("--year=114", "--agency=CLI-YEAR", "--input=" + this.temp.resolve("in"),
				"--out=" + this.temp.resolve("out"));

		assertThat(exit).isNotZero();
		assertThat(output.getErr()).contains("executions.csv 拒收 5／5 筆")
			.contains("日期都不在 114 年度內，多數是 113 年度的資料，請確認 --year（例如 --year=113）");
	}

	@Test
	void helpPrintsTheUsage(CapturedOutput output) {
		AnnualReportApplication.main(new String[] { "--help" });

		assertThat(output.getOut()).contains("用法：java -jar annual-report.jar").contains("--input=DIR").contains("--formats");
	}

}
