package tw.annualreport.system;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The files a run can write into an agency-year's folder: the one list of output formats, from
 * which the command line's choices, the parameter value and the file names are derived.
 */
public enum OutputFormat {

	PDF("report.pdf"), XLSX("report.xlsx"), ODS("report.ods"), JSON("summary.json");

	private final String fileName;

	OutputFormat(String fileName) {
		this.fileName = fileName;
	}

	public String fileName() {
		return this.fileName;
	}

	/** As the command line writes it: {@code pdf}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The report's renderings (the PDF and the spreadsheets), as opposed to summary.json. */
	public boolean isReport() {
		return this != JSON;
	}

	/** {@code pdf,xlsx,ods,json}: the default and the choices. */
	public static String allCodes() {
		return codes(EnumSet.allOf(OutputFormat.class));
	}

	public static String codes(Set<OutputFormat> formats) {
		return formats.stream().sorted().map(OutputFormat::code).collect(Collectors.joining(","));
	}

	/**
	 * A comma list such as {@code pdf,json}, blanks ignored.
	 * @throws IllegalArgumentException naming the first unknown format
	 */
	public static Set<OutputFormat> parse(String codes) {
		Set<OutputFormat> formats = EnumSet.noneOf(OutputFormat.class);
		for (String code : codes.toLowerCase(Locale.ROOT).split(",")) {
			String c = code.strip();
			if (c.isEmpty()) {
				continue;
			}
			try {
				formats.add(valueOf(c.toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(c, ex);
			}
		}
		return formats;
	}

}
