package tw.annualreport.system;

import java.nio.file.Path;

/**
 * Where the sources of a year are under an input folder the console fills: {@code <input>/<ROC
 * year>/}, one sub-folder per agency, built here only. Before files were kept per year they sat
 * straight under {@code <input>/}, one sub-folder per agency: such a folder is still read for an
 * agency that has none of its own for the year, so nothing uploaded then is lost.
 */
public final class InputFolder {

	private InputFolder() {
	}

	/** The year's own folder, whether or not it exists yet. */
	public static Path ofYear(Path input, int rocYear) {
		return input.resolve(Integer.toString(rocYear));
	}

}
