package tw.annualreport.bureau;

import java.nio.file.Path;

import tw.annualreport.job.RunSettings;
import tw.annualreport.system.RunOptions;

/**
 * A bureau run (彙整): every agency under {@code parent}, each made with {@code settings}, then the
 * consolidated report. What the bureau job's steps receive, bound from its job parameters.
 *
 * @param input the folder with one sub-folder per agency; null to report from the database
 */
public record BureauRun(String parent, Path input, RunSettings settings) {

	/** The bureau run a command line ({@code --agency=all --parent=…}) asks for. */
	public static BureauRun of(RunOptions options) {
		return new BureauRun(options.parent(), options.input(), RunSettings.of(options));
	}

	public int rocYear() {
		return this.settings.rocYear();
	}

}
