package tw.annualreport.report.editable;

/**
 * The fonts an editable report names. A text document does not embed its fonts: it names the
 * report's font, Noto Sans TC, and after it the fonts Taiwanese Windows (Microsoft JhengHei) and
 * Mac (PingFang TC) users have, for Latin and East Asian text alike (ODF's {@code
 * style:font-name-asian}, Word's {@code w:eastAsia}), so LibreOffice and Word show the Chinese
 * in a Traditional Chinese font, and mark the text as zh-TW.
 */
final class Fonts {

	/** The font named. */
	static final String FONT = "Noto Sans TC";

	/** For Word, which takes one name: the one Windows has when Noto Sans TC is not installed. */
	static final String WINDOWS = "Microsoft JhengHei";

	/** ODF's {@code svg:font-family}: LibreOffice takes the first of these it has. */
	static final String ODF_FAMILIES = "&apos;Noto Sans TC&apos;, &apos;Microsoft JhengHei&apos;, &apos;PingFang TC&apos;";

	private Fonts() {
	}

	/** ODF text properties: the font for every script, its size, the language. */
	static String odfFont(double size) {
		return "style:font-name=\"" + FONT + "\" style:font-name-asian=\"" + FONT + "\" style:font-name-complex=\"" + FONT + "\" "
				+ odfSize(size) + " fo:language=\"zh\" fo:country=\"TW\" style:language-asian=\"zh\" style:country-asian=\"TW\"";
	}

	static String odfSize(double size) {
		String pt = ((size == Math.rint(size)) ? Integer.toString((int) size) : Double.toString(size)) + "pt";
		return "fo:font-size=\"" + pt + "\" style:font-size-asian=\"" + pt + "\" style:font-size-complex=\"" + pt + "\"";
	}

	static String odfBold() {
		return "fo:font-weight=\"bold\" style:font-weight-asian=\"bold\" style:font-weight-complex=\"bold\"";
	}

}
