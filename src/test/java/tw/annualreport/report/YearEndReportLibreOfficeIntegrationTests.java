package tw.annualreport.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * LibreOffice opening the draft report's XLSX and ODS of {@link YearEndReportEndToEndTests}
 * (the same input, rendered the same way): an integration test, since it starts another
 * program (soffice, most of its time), run by Failsafe.
 */
@ReportJobTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YearEndReportLibreOfficeIntegrationTests {

	@TempDir
	static Path temp;

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job annualReportJob;

	private Path draft;

	@BeforeAll
	void renderTheDraft() {
		Path zy = ReportOutputs.copySample(113, "KHH-ZY", temp.resolve("in/KHH-ZY"));
		ReportOutputs.appendLine(zy.resolve("survey_responses.csv"), "PUB,P9901,113/07/05,預防接種,女,65歲以上,4,4,4,4,4,4,4,4,4,4,4,4,"
				+ YearEndReportEndToEndTests.FORMULA_LIKE);
		ReportOutputs.appendLine(zy.resolve("survey_responses.csv"), "PUB,P9902,113/07/06,預防接種,男,65歲以上,5,4,4,4,4,4,4,4,4,4,4,5,"
				+ YearEndReportEndToEndTests.MENTION_LIKE);
		ReportOutputs.run(this.jobOperator, this.annualReportJob, "KHH-ZY", 113, zy, temp.resolve("lo-draft"), "draft");
		this.draft = ReportOutputs.folder(temp.resolve("lo-draft"), 113, "KHH-ZY");
	}

	// LibreOffice

	@Test
	void libreOfficeOpensTheXlsxAndTheOds() throws Exception {
		boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
		boolean installed = Files.isExecutable(Path.of("/usr/bin/soffice"))
				|| Files.isExecutable(Path.of("/usr/local/bin/soffice"));
		if (!installed && !ci) {
			Assumptions.abort("LibreOffice (soffice) is not installed: conversion check skipped (CI=true fails instead)");
		}
		for (String file : List.of("report.xlsx", "report.ods")) {
			Path out = Files.createDirectories(temp.resolve("csv-" + file.replace('.', '-')));
			Process process = new ProcessBuilder("soffice", "-env:UserInstallation=file://" + temp.resolve("lo-profile"),
					"--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", out.toString(),
					this.draft.resolve(file).toString())
				.redirectErrorStream(true)
				.start();
			String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("soffice finished").isTrue();
			assertThat(process.exitValue()).as(log).isZero();
			Path csv = out.resolve("report.csv");
			assertThat(csv).as(log).exists();
			String text = Files.readString(csv, StandardCharsets.UTF_8);
			assertThat(text).contains("措施完成率", "78.8%", "高雄市左營區衛生所");
			// the third sheet (貳、執行紀錄) as LibreOffice shows it: the date cells in ROC form
			Path dates = Files.createDirectories(out.resolve("executions"));
			Process sheet = new ProcessBuilder("soffice", "-env:UserInstallation=file://" + temp.resolve("lo-profile"),
					"--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,3",
					"--outdir", dates.toString(), this.draft.resolve(file).toString())
				.redirectErrorStream(true)
				.start();
			String sheetLog = new String(sheet.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(sheet.waitFor(120, TimeUnit.SECONDS)).as("soffice finished").isTrue();
			try (var files = Files.list(dates)) {
				Path executions = files.findFirst().orElseThrow(() -> new AssertionError(sheetLog));
				assertThat(Files.readString(executions, StandardCharsets.UTF_8)).as(file).contains("\n1.1.1,113/05/21,");
			}
		}
	}

}
