package tw.annualreport.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

	private static final List<String> FORMATS = List.of("xlsx", "ods");

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
		// one soffice for both files and every sheet (its start is most of the time): the files
		// under names of their own, each sheet to <name>-<sheet>.csv (sheet option -1)
		Path in = Files.createDirectories(temp.resolve("lo-in"));
		Path out = Files.createDirectories(temp.resolve("lo-csv"));
		List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=file://" + temp.resolve("lo-profile"),
				"--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
				"--outdir", out.toString()));
		for (String format : FORMATS) {
			command.add(Files.copy(this.draft.resolve("report." + format), in.resolve("report-" + format + "." + format)).toString());
		}
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("soffice finished").isTrue();
		assertThat(process.exitValue()).as(log).isZero();
		for (String format : FORMATS) {
			String summary = Files.readString(sheet(out, format, "壹、執行成果摘要", log), StandardCharsets.UTF_8);
			assertThat(summary).as(format).contains("措施完成率", "78.8%", "高雄市左營區衛生所");
			// 貳、執行紀錄 as LibreOffice shows it: the date cells in ROC form
			String executions = Files.readString(sheet(out, format, "貳、執行紀錄", log), StandardCharsets.UTF_8);
			assertThat(executions).as(format).contains("\n1.1.1,113/05/21,");
		}
	}

	private static Path sheet(Path out, String format, String name, String log) {
		Path csv = out.resolve("report-" + format + "-" + name + ".csv");
		assertThat(csv).as("%s of report.%s (%s)", name, format, log).exists();
		return csv;
	}

}
