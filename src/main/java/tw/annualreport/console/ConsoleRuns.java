package tw.annualreport.console;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import tw.annualreport.source.SourceFile;
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

	/** One past run, as {@code --history} lists it; {@code startedBy}: the officer, 排程 or 命令列. */
	record RunRow(long executionId, String kind, long run, String status, LocalDateTime start, LocalDateTime end,
			String rows, String delivery, String failure, String startedBy) {

		public boolean finalRun() {
			return ReportKind.of(this.kind).isFinal();
		}

	}

	/** The next time a schedule of {@code --serve} runs. */
	record Schedule(String label, ZonedDateTime next) {
	}

	/** One source file's row accounting (讀取 = 接受 + 拒收). */
	record FileCount(String file, String sourceName, long read, long accepted, long rejected) {

		/** What the officer calls the file (執行紀錄); an unknown key as it is. */
		public String label() {
			return SourceFile.ofFileName(this.file).map(SourceFile::label).orElse(this.file);
		}

	}

	/** One line of rejects.csv. */
	record Reject(String file, String sheet, int row, String column, String value, String reason) {
	}

	/** What the officer asked for: a check (檢查資料, publishes nothing), a draft, or the final report. */
	enum Purpose {

		CHECK("檢查資料"), DRAFT("草稿"), FINAL("正式報告");

		private final String label;

		Purpose(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

		public boolean check() {
			return this == CHECK;
		}

		public boolean finalRun() {
			return this == FINAL;
		}

	}

	/** One step of a run in the officer's words: 完成, 執行中, 失敗 or 未開始, and the rows it read. */
	record StepRow(String label, String state, long rows) {
	}

	/**
	 * A run started from the console, while it runs and once it has ended.
	 * @param refused it never ran (another run of the agency-year was busy …): nothing of another run shows
	 * @param lines the outcome in the officer's words (the headline, or the reason)
	 * @param clean a check that found nothing blocking: the data may be published
	 * @param files the report files the run made, once it completed
	 */
	record Progress(String id, String code, int rocYear, Purpose purpose, boolean done, boolean failed,
			boolean refused, String status, List<StepRow> steps, int stepsDone, int stepsTotal, List<String> lines,
			List<FileCount> counts, List<Reject> rejects, boolean clean, List<OutputFile> files) {

		public boolean finalRun() {
			return this.purpose.finalRun();
		}

		/** Steps done of steps to do, in whole percent. */
		public int percent() {
			return (this.stepsTotal == 0) ? 0 : (int) (100L * this.stepsDone / this.stepsTotal);
		}

	}

	/**
	 * A report file of an agency-year's output folder, labelled with the run that made it.
	 * @param made 「草稿・第 2 次執行・115/12/06 14:02」
	 */
	record OutputFile(ReportFileName file, String made) {
	}

	/** Whether the uploaded files may be published: checked clean, exactly as they are now. */
	enum CheckState {

		/** No uploaded files: a run works from the database. */
		NO_FILES,

		/** Uploaded, not checked as they are now. */
		UNCHECKED,

		/** The last check of these files found problems that stop a report. */
		BLOCKED,

		/** The last check of these files found nothing blocking. */
		CLEAN

	}

	/** The agencies under a bureau in the year: imported, or with files in the console's input folder. */
	List<AgencyEntry> agencies(String bureau, int rocYear);

	/** An agency of the year (its parent tells which bureau may see it). */
	Optional<AgencyEntry> agency(String code, int rocYear);

	/** The newest runs of an agency (or a bureau's runs under its code) in the year, newest first. */
	List<RunRow> history(String code, int rocYear);

	List<Schedule> schedules();

	/**
	 * Starts a check, a draft or a final run in the background, from the agency's uploaded files when
	 * it has any, else from the database; a bureau's code runs every agency under it and the
	 * consolidation.
	 * @param username the officer who asked, recorded with the run (執行者)
	 * @return the id its progress is asked by
	 */
	String start(String code, int rocYear, Purpose purpose, boolean bureau, String username);

	/** Whether the agency's uploaded files were checked clean as they are now. */
	CheckState checkState(String code, int rocYear);

	/** The report files of the agency-year (or the bureau's consolidation), labelled with the run that made them. */
	List<OutputFile> outputs(String code, int rocYear);

	Optional<Progress> progress(String id);

	/** The output folder of the runs ({@code --out}), under which each agency-year writes. */
	Path out();

}
