package tw.annualreport.report.editable;

/** Text for the XML of an ODF package. */
final class Xml {

	private Xml() {
	}

	/** The five entities escaped; characters XML 1.0 cannot hold left out. */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '&' -> escaped.append("&amp;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&apos;");
				default -> {
					if (allowed(c)) {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}

	/** A character XML 1.0 can hold (control characters other than tab and line breaks cannot). */
	static boolean allowed(char c) {
		return (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') && c != 0xFFFE && c != 0xFFFF;
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
