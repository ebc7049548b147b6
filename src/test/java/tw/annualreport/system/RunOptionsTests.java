package tw.annualreport.system;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The command line (SPEC §6) is checked before anything runs; a mistake is one Chinese line. */
class RunOptionsTests {

	@TempDir
	Path temp;

	@Test
	void aFullCommandLineIsReadWithDefaults() {
		RunOptions options = RunOptions.parse(new String[] { "--year=2024", "--agency=KHH-ZY, KHH-MT",
				"--input=" + this.temp, "--spring.profiles.active=mysql", "--formats=PDF,json" });

		assertThat(options.rocYear()).isEqualTo(113);
		assertThat(options.agencies()).containsExactly("KHH-ZY", "KHH-MT");
		assertThat(options.input()).isEqualTo(this.temp.toAbsolutePath().normalize());
		assertThat(options.out()).isEqualTo(Path.of("out").toAbsolutePath().normalize());
		assertThat(options.formats()).containsExactly(OutputFormat.PDF, OutputFormat.JSON);
		assertThat(options.finalRun()).isFalse();
		assertThat(options.mail()).isFalse();
		assertThat(RunOptions.parse(new String[] { "--year=113", "--agency=all", "--parent=KHH-HB" }).allAgencies()).isTrue();
	}

	@Test
	void planFromNeedsNoYearNorAgencyAndWritesPlanCsvBesideTheDocumentByDefault() throws java.io.IOException {
		Path document = java.nio.file.Files.writeString(this.temp.resolve("工作計畫.docx"), "");

		RunOptions beside = RunOptions.parse(new String[] { "--plan-from=" + document });
		RunOptions chosen = RunOptions.parse(new String[] { "--plan-from=" + document, "--plan-to=" + this.temp.resolve("x/plan.csv") });

		assertThat(beside.command()).isEqualTo(RunOptions.Command.PLAN_FROM);
		assertThat(beside.planFrom()).isEqualTo(document.toAbsolutePath().normalize());
		assertThat(beside.planTo()).isEqualTo(document.toAbsolutePath().normalize().resolveSibling("plan.csv"));
		assertThat(chosen.planTo()).isEqualTo(this.temp.resolve("x/plan.csv").toAbsolutePath().normalize());
		assertThatExceptionOfType(RunOptionsException.class)
			.isThrownBy(() -> RunOptions.parse(new String[] { "--plan-from=" + this.temp.resolve("沒有這個.docx") }))
			.withMessageStartingWith("找不到工作計畫文件 --plan-from=");
		assertThatExceptionOfType(RunOptionsException.class)
			.isThrownBy(() -> RunOptions.parse(new String[] { "--plan-to=plan.csv" }))
			.withMessageStartingWith("必須以 --plan-from=檔名 指定工作計畫文件");
	}

	@Test
	void helpNeedsNothingElse() {
		assertThat(RunOptions.parse(new String[] { "--help" }).help()).isTrue();
		assertThat(RunOptions.USAGE).contains("--year=113").contains("--agency").contains("--formats");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "--year=0|不合理", "--year=abc|不是數字", "--year=|必須指定報告年度",
			"--year=3000|不合理", "--year=13|不合理，是否為 113 年度？", "--formats=doc|不支援的格式「doc」", "--agency=all|需要指定上級機關",
			"--bogus=1|未知的參數 --bogus", "--agency=../x|不合法", "--final=maybe|--final 應為 true 或 false",
			"--input=/no/such/folder|找不到來源資料夾", "year=113|無法辨識的參數", "--agency=all,KHH-ZY|不能與其他機關代碼並用" })
	void aMistakeEndsWithOneChineseLine(String argument, String message) {
		List<String> args = new java.util.ArrayList<>(List.of("--year=113", "--agency=KHH-ZY"));
		args.add(argument);

		assertThatExceptionOfType(RunOptionsException.class).isThrownBy(() -> RunOptions.parse(args.toArray(String[]::new)))
			.satisfies((ex) -> {
				assertThat(ex.getMessage()).contains(message);
				assertThat(ex.getMessage()).doesNotContain("\n");
			});
	}

	@Test
	void withoutAnAgencyTheRunIsRefused() {
		assertThatExceptionOfType(RunOptionsException.class).isThrownBy(() -> RunOptions.parse(new String[] { "--year=113" }))
			.withMessageContaining("必須指定機關");
	}

}
