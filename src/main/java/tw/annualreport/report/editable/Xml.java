package tw.annualreport.report.editable;

import tw.annualreport.report.odf.OdfPackage;

/** Text for the XML of an ODF package. */
final class Xml {

	private Xml() {
	}

	/** The five entities escaped; characters XML 1.0 cannot hold left out. */
	static String escape(String text) {
		return OdfPackage.escape(text);
	}

	static boolean allowed(char c) {
		return OdfPackage.allowed(c);
	}

	/**
	 * The inside of an ODF paragraph: line breaks, tabs and runs of spaces as ODF elements (a
	 * reader collapses plain white space, ODF 1.3 §6.1.2), the rest escaped.
	 */
	static String odfText(String text) {
		StringBuilder s = new StringBuilder(text.length() + 16);
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '\n') {
				s.append("<text:line-break/>");
			}
			else if (c == '\r') {
				// \r\n is one break
			}
			else if (c == '\t') {
				s.append("<text:tab/>");
			}
			else if (c == ' ') {
				int j = i;
				while (j < text.length() && text.charAt(j) == ' ') {
					j++;
				}
				boolean lead = i == 0 || text.charAt(i - 1) == '\n';
				int extra = lead ? j - i : j - i - 1;
				if (!lead) {
					s.append(' ');
				}
				if (extra == 1) {
					s.append("<text:s/>");
				}
				else if (extra > 1) {
					s.append("<text:s text:c=\"").append(extra).append("\"/>");
				}
				i = j;
				continue;
			}
			else {
				s.append(escape(String.valueOf(c)));
			}
			i++;
		}
		return s.toString();
	}

}
