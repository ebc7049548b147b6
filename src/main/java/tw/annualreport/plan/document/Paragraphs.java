package tw.annualreport.plan.document;

import java.util.List;

import tw.annualreport.source.Text;

/** Cell text as the plan reader takes it: each line a paragraph, normalised as the import does, blanks dropped. */
final class Paragraphs {

	private Paragraphs() {
	}

	/** Adds the lines of one paragraph (a line break typed inside it separates items as a new paragraph does). */
	static void add(List<String> paragraphs, String text) {
		if (text == null) {
			return;
		}
		for (String line : text.split("[\\r\\n\\u000B\\u2028\\u2029]+")) {
			String normal = Text.normalize(line.replace('\t', ' ')).replaceAll("\\s+", " ").strip();
			if (!normal.isEmpty()) {
				paragraphs.add(normal);
			}
		}
	}

	/**
	 * Two pieces of one title: Chinese text runs on without a space (a line wrapped by hand), other
	 * text keeps one.
	 */
	static String join(String left, String right) {
		if (left.isEmpty()) {
			return right;
		}
		if (right.isEmpty()) {
			return left;
		}
		boolean tight = wide(left.codePointBefore(left.length())) && wide(right.codePointAt(0));
		return tight ? left + right : left + " " + right;
	}

	private static boolean wide(int codePoint) {
		return codePoint >= 0x2E80 && !Character.isWhitespace(codePoint);
	}

}
