package tw.annualreport.console.account;

import java.util.Locale;

/** What an officer of the console may see: their own agency, or every agency under their bureau. */
public enum ConsoleRole {

	/** 機關承辦人: one agency, its runs, reports and uploads. */
	AGENCY("機關承辦人"),
	/** 上級機關（衛生局、研考會）承辦人: every agency whose parent is the bureau, and the consolidated report. */
	BUREAU("上級機關承辦人");

	private final String label;

	ConsoleRole(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** {@code agency} or {@code bureau}, as {@code --role=} takes it. */
	public static ConsoleRole parse(String value) {
		try {
			return valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new IllegalArgumentException("--role 應為 agency（機關承辦人）或 bureau（上級機關承辦人），而不是「" + value + "」");
		}
	}

}
