package tw.annualreport.source;

import java.text.Normalizer;

import tw.annualreport.system.Printable;

/**
 * Cell text as the import sees it. Full-width digits, letters and spaces (common in Excel files
 * typed with a Chinese input method) are NFKC-normalised; the full-width punctuation of Chinese
 * prose (，；：（）！？ …) and circled numbers (①) are kept as typed, because NFKC would turn a
 * report's 「計畫，具體規劃」 into 「計畫,具體規劃」. Codes, numbers and dates go through
 * {@link #strict} (full NFKC) before they are parsed.
 */
public final class Text {

	private Text() {
	}

	/** Free text: NFKC except Chinese punctuation, trimmed, without control or direction marks. */
	public static String normalize(String raw) {
		if (raw == null) {
			return "";
		}
		if (isAsNormalised(raw)) {
			return raw.strip();
		}
		return normalizeEachRun(raw);
	}

	/** {@link #normalize} without its shortcut: each run between the marks kept as typed NFKC-normalised. */
	static String normalizeEachRun(String raw) {
		raw = Printable.cell(raw.replace("\r\n", "\n").replace('\r', '\n'));
		StringBuilder result = new StringBuilder(raw.length());
		int runStart = 0;
		for (int i = 0; i < raw.length(); i++) {
			if (keep(raw.charAt(i))) {
				result.append(Normalizer.normalize(raw.substring(runStart, i), Normalizer.Form.NFKC));
				result.append(raw.charAt(i));
				runStart = i + 1;
			}
		}
		result.append(Normalizer.normalize(raw.substring(runStart), Normalizer.Form.NFKC));
		return trim(result.toString());
	}

	/** Codes, numbers, dates and choices: full NFKC, trimmed. */
	public static String strict(String raw) {
		if (raw == null) {
			return "";
		}
		if (isPrintableAscii(raw)) {
			return raw.strip();
		}
		return trim(Normalizer.normalize(Printable.cell(raw), Normalizer.Form.NFKC));
	}

	/**
	 * Space to tilde only: NFKC leaves such text as it is and nothing in it is a control, a line
	 * break or a mark to keep, so stripping it is all the normalising it needs. Most cells (codes,
	 * numbers, dates) are; normalising them anyway was a sixth of an import's time.
	 */
	private static boolean isPrintableAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < ' ' || c > '~') {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether {@link #normalizeEachRun} would only strip the text: plain ASCII, the common CJK
	 * ideographs and the CJK punctuation 、。「」 (NFKC leaves each as it is, and none combines with
	 * its neighbour), and the marks kept as typed. The Chinese cells of an import (names, units,
	 * descriptions, comments) are; normalising them anyway was a tenth of a city agency's import.
	 */
	private static boolean isAsNormalised(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean plain = (c >= ' ' && c <= '~') || (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF')
					|| (c >= '\u3001' && c <= '\u3029');
			if (!plain && (!keep(c) || Printable.isUnsafe(c))) {
				return false;
			}
		}
		return true;
	}

	private static String trim(String text) {
		// NFKC turns U+3000 into a plain space; strip() also removes the other Unicode blanks.
		return text.replace('\u00A0', ' ').replace("\uFEFF", "").strip();
	}

	/**
	 * Marks that stay as typed: full-width punctuation (not digits or letters), the general
	 * punctuation of prose (…, ‧, —, “”), letterlike symbols and number forms (℃, №, Ⅳ), enclosed
	 * numbers and CJK (①, ㈱) and the CJK units (㎡, ㎏). NFKC would print 「…」 as 「...」 and
	 * 30㎡ as 30m2.
	 */
	private static boolean keep(char c) {
		boolean fullWidthPunctuation = (c >= '\uFF01' && c <= '\uFF0F') || (c >= '\uFF1A' && c <= '\uFF20')
				|| (c >= '\uFF3B' && c <= '\uFF40') || (c >= '\uFF5B' && c <= '\uFF65');
		boolean prose = (c >= '\u2010' && c <= '\u205E') || (c >= '\u2100' && c <= '\u218F');
		boolean enclosed = (c >= '\u2460' && c <= '\u24FF') || (c >= '\u3200' && c <= '\u33FF');
		return fullWidthPunctuation || prose || enclosed;
	}

}
