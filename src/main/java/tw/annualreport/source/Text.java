package tw.annualreport.source;

import java.text.Normalizer;

/** Cell text as the import sees it: NFKC-normalised (full-width digits and spaces) and trimmed. */
public final class Text {

	private Text() {
	}

	public static String normalize(String raw) {
		if (raw == null) {
			return "";
		}
		String text = Normalizer.normalize(raw, Normalizer.Form.NFKC);
		// NFKC turns U+3000 into a plain space; strip() also removes the other Unicode blanks.
		return text.replace('\u00A0', ' ').replace("\uFEFF", "").strip();
	}

}
