package tw.annualreport.job;

/**
 * Who started a run, as its {@link JobParameterNames#STARTED_BY} parameter records it: the
 * command line, a schedule, or a console officer by account name; {@link #label} says it as the
 * history shows it (執行者).
 */
public final class RunStarter {

	public static final String COMMAND_LINE = "cli";

	public static final String SCHEDULE = "schedule";

	private static final String CONSOLE = "console:";

	private RunStarter() {
	}

	/** A run an officer started in the console. */
	public static String console(String username) {
		return CONSOLE + username;
	}

	/** 命令列, 排程, or the officer's account name; 命令列 for runs recorded before it was. */
	public static String label(String startedBy) {
		if (startedBy == null || COMMAND_LINE.equals(startedBy)) {
			return "命令列";
		}
		if (SCHEDULE.equals(startedBy)) {
			return "排程";
		}
		return startedBy.startsWith(CONSOLE) ? startedBy.substring(CONSOLE.length()) : startedBy;
	}

}
