package tw.annualreport.system;

import java.nio.file.Path;

/** Where a run writes: {@code <out>/<ROC year>/<agency or bureau code>/}, built here only. */
public final class OutputFolder {

	private OutputFolder() {
	}

	public static Path of(Path out, int rocYear, String code) {
		return out.resolve(Integer.toString(rocYear)).resolve(code);
	}

}
