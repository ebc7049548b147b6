package tw.annualreport.console;

import java.util.List;

import tw.annualreport.source.SourceFile;

/**
 * The year's data set of an agency as its page shows it: every source file of the contract (the
 * one the import uses, or none yet), the tables that match none or that the import passes over,
 * and whether these are the files uploaded before files were kept per year (shown, not changed).
 *
 * @param legacy the files are those of before: read-only, used while the year has no folder
 * @param earlierFiles when the year has its own folder, the files of before (no longer used)
 */
record DataSet(int rocYear, boolean legacy, List<Source> sources, List<Other> others, List<String> earlierFiles) {

	/** A source file of the contract; {@code file} null when it is not uploaded. */
	record Source(SourceFile kind, String file, String sheet, String size, Long rows, String problem, String uploadedAt,
			String uploadedBy) {

		public boolean present() {
			return this.file != null;
		}

		/** 「必要」 or 「選填」. */
		public String need() {
			return this.kind.required() ? "必要" : "選填";
		}

	}

	/** A table no source file is read from, and what the officer might do about it. */
	record Other(String file, String sheet, String size, String note, String uploadedAt, String uploadedBy) {
	}

	/** The required files not uploaded yet, by the names the officer knows them. */
	public List<String> missing() {
		return this.sources.stream().filter((s) -> !s.present() && s.kind().required()).map((s) -> s.kind().displayName()).toList();
	}

	public boolean empty() {
		return this.sources.stream().noneMatch(Source::present) && this.others.isEmpty();
	}

}
