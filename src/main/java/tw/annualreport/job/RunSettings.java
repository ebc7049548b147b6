package tw.annualreport.job;

import java.nio.file.Path;
import java.util.Set;

import tw.annualreport.system.OutputFormat;
import tw.annualreport.system.ReportKind;
import tw.annualreport.system.RunOptions;

/**
 * What every agency report of a run is made with, whoever asked for it (the command line, a
 * schedule, the console, a bureau run's partition): the year, the kind, where and what to write,
 * whether to mail.
 *
 * @param rocYear the report year in ROC years (民國)
 * @param finalRun the final report (正式報告) rather than a draft
 * @param startedBy who started it ({@link RunStarter}): the history shows it
 */
public record RunSettings(int rocYear, Path out, Set<OutputFormat> formats, boolean finalRun, boolean mail,
		String startedBy) {

	/** A run started from the command line. */
	public RunSettings(int rocYear, Path out, Set<OutputFormat> formats, boolean finalRun, boolean mail) {
		this(rocYear, out, formats, finalRun, mail, RunStarter.COMMAND_LINE);
	}

	public static RunSettings of(RunOptions options) {
		return new RunSettings(options.rocYear(), options.out(), options.formats(), options.finalRun(), options.mail());
	}

	public RunSettings withStarter(String starter) {
		return new RunSettings(this.rocYear, this.out, this.formats, this.finalRun, this.mail, starter);
	}

	public ReportKind kind() {
		return ReportKind.of(this.finalRun);
	}

}
