package tw.annualreport.delivery;

import java.util.Locale;

/**
 * The Chinese file names an agency's reports go by outside the output folder: as mail
 * attachments and as the console's downloads, 「高雄市左營區衛生所_113年度提升服務成果報告.pdf」.
 */
public final class AttachmentNames {

	/** The title of rejects.csv under its Chinese name. */
	public static final String REJECTS = "拒收明細";

	private AttachmentNames() {
	}

	/**
	 * @param title {@link ReportMail#AGENCY_REPORT}, {@link ReportMail#BUREAU_REPORT} or {@link #REJECTS}
	 * @param fileName the file's name in the output folder (report.pdf …): its extension is kept
	 */
	public static String of(String agencyName, int rocYear, String title, String fileName) {
		String agency = agencyName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
		return agency + "_" + rocYear + "年度" + title + "." + extension(fileName);
	}

	private static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return (dot < 0) ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

}
