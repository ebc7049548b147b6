package tw.annualreport.console;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import tw.annualreport.system.ReportKind;

/**
 * What the console needs of the job: the agencies, the run history, the schedules, and starting a
 * run through the same launcher as the command line. Implemented in the job package (which the
 * console must not know), so the console stays a client of the job, not a second way to run it.
 */
public interface ConsoleRuns {

	/** An agency (or a bureau) as the console lists it. */
	record AgencyEntry(String code, String name, String parentCode) {
	}

	/** One past run, as {@code --history} lists it. */
	record RunRow(long executionId, String kind, long run, String status, LocalDateTime start, LocalDateTime end,
			String rows, String delivery, String failure) {

		public boolean finalRun() {
			return ReportKind.of(this.kind).isFinal();
		}

	}

	/** The next time a schedule of {@code --serve} runs. */
	record Schedule(String label, ZonedDateTime next) {
	}

	/** One source file's row accounting (讀取 = 接受 + 拒收). */
	record FileCount(String file, String sourceName, long read, long accepted, long rejected) {
	}

	/** One line of rejects.csv. */
	record Reject(String file, String sheet, int row, String column, String value, String reason) {
	}

	/**
	 * A run started from the console, while it runs and once it has ended.
	 * @param lines what the command line would have printed (the headline, or the one-line reason)
	 */
	record Progress(String id, String code, int rocYear, boolean finalRun, boolean done, boolean failed, String status,
			List<String> stepsDone, List<String> lines, List<FileCount> counts, List<Reject> rejects) {
	}

	/** The agencies under a bureau in the year: imported, or with files in the console's input folder. */
	List<AgencyEntry> agencies(String bureau, int rocYear);

	/** An agency of the year (its parent tells which bureau may see it). */
	Optional<AgencyEntry> agency(String code, int rocYear);

	/** The newest runs of an agency (or a bureau's runs under its code) in the year, newest first. */
	List<RunRow> history(String code, int rocYear);

	List<Schedule> schedules();

	/**
	 * Starts a draft or final run in the background, from the agency's uploaded files when it has any,
	 * else from the database; a bureau's code runs every agency under it and the consolidation.
	 * @return the id its progress is asked by
	 */
	String start(String code, int rocYear, boolean finalRun, boolean bureau);

	Optional<Progress> progress(String id);

	/** The output folder of the runs ({@code --out}), under which each agency-year writes. */
	Path out();

}
