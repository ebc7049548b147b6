package tw.annualreport.system;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The files a run can write into an agency-year's folder: the one list of output formats, from
 * which the command line's choices, the parameter value, the file names, the mail's attachments
 * and the console's downloads are derived.
 */
public enum OutputFormat {

	PDF("report.pdf", "application/pdf", "報告 PDF"),
	XLSX("report.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "試算表 XLSX"),
	ODS("report.ods", "application/vnd.oasis.opendocument.spreadsheet", "試算表 ODS"),
	ODT("report.odt", "application/vnd.oasis.opendocument.text", "可編輯報告 ODT"),
	DOCX("report.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "可編輯報告 DOCX"),
	JSON("summary.json", "application/json", "統計數據 summary.json");

	private final String fileName;

	private final String contentType;

	private final String label;

	OutputFormat(String fileName, String contentType, String label) {
		this.fileName = fileName;
		this.contentType = contentType;
		this.label = label;
	}

	public String fileName() {
		return this.fileName;
	}

	/** Its media type, for a mail's attachment or a download. */
	public String contentType() {
		return this.contentType;
	}

	/** What the console calls the file: 報告 PDF. */
	public String label() {
		return this.label;
	}

	/** The format whose file is {@code fileName} ({@code report.pdf}), if any. */
	public static Optional<OutputFormat> ofFileName(String fileName) {
		return Arrays.stream(values()).filter((f) -> f.fileName.equals(fileName)).findFirst();
	}

	/** As the command line writes it: {@code pdf}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The report's renderings (the PDF, the spreadsheets, the editable documents), as opposed to summary.json. */
	public boolean isReport() {
		return this != JSON;
	}

	/** The report as an editable text document (ODT, DOCX), for the officer to add narrative to. */
	public boolean isEditable() {
		return this == ODT || this == DOCX;
	}

	/** {@code pdf,xlsx,ods,odt,docx,json}: the default and the choices. */
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
