package tw.annualreport.plan;

import java.util.Arrays;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Dotted plan codes (項次) of one to three levels: {@code 1}, {@code 1.2}, {@code 1.2.3}. */
public final class PlanCodes {

	private static final Pattern CODE = Pattern.compile("\\d{1,4}(\\.\\d{1,4}){0,2}");

	/** Orders codes as a reader expects: 1.2 before 1.10. */
	public static final Comparator<String> ORDER = (a, b) -> {
		int[] x = parts(a);
		int[] y = parts(b);
		for (int i = 0; i < Math.min(x.length, y.length); i++) {
			if (x[i] != y[i]) {
				return Integer.compare(x[i], y[i]);
			}
		}
		return Integer.compare(x.length, y.length);
	};

	private PlanCodes() {
	}

	/** The code in canonical form ({@code 01.2} → {@code 1.2}), or null when it is not a plan code. */
	public static String canonical(String text) {
		String code = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
		if (!CODE.matcher(code).matches()) {
			return null;
		}
		String canonical = Arrays.stream(parts(code)).mapToObj(Integer::toString).collect(Collectors.joining("."));
		return canonical.startsWith("0") ? null : canonical;
	}

	public static int level(String code) {
		return parts(code).length;
	}

	/** The parent's code, or null for a first-level item. */
	public static String parent(String code) {
		int dot = code.lastIndexOf('.');
		return dot < 0 ? null : code.substring(0, dot);
	}

	private static int[] parts(String code) {
		return Arrays.stream(code.split("\\.")).mapToInt(Integer::parseInt).toArray();
	}

}
