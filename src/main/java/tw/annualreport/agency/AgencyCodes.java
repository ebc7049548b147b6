package tw.annualreport.agency;

import java.util.regex.Pattern;

/** Agency codes name output folders, so only safe characters are allowed in them. */
public final class AgencyCodes {

	private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");

	private AgencyCodes() {
	}

	public static boolean isSafe(String code) {
		return code != null && SAFE.matcher(code).matches();
	}

}
