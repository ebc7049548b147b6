package tw.annualreport.source;

import java.nio.file.Path;

import org.springframework.stereotype.Component;

/**
 * rejects.csv of the data a report is made from: the rows the agency-year's published import
 * rejected, from its ledger. A run that imports writes it when it checks the import; a run from
 * the database alone (no input, perhaps a new {@code --out}) writes it with its report, so the
 * report's 「列於同一輸出資料夾之 rejects.csv」 holds in every output folder.
 */
@Component
public class PublishedRejects {

	private final ImportRuns runs;

	private final ImportLedger ledger;

	public PublishedRejects(ImportRuns runs, ImportLedger ledger) {
		this.runs = runs;
		this.ledger = ledger;
	}

	/**
	 * Writes rejects.csv of the published import into {@code folder}, or removes a stale one when
	 * it rejected nothing; nothing happens when the agency-year has no published import.
	 */
	public void write(String agencyCode, int rocYear, Path folder) {
		this.runs.published(agencyCode, rocYear).ifPresent((importId) -> RejectsFile.write(folder, this.ledger.problems(importId)));
	}

	/**
	 * After a publish: rejects.csv becomes the published import's, and the pending copy the check
	 * wrote ({@link RejectsFile#PENDING}) goes. Idempotent, so a publish resumed after a crash ends
	 * the same.
	 */
	public void promote(String agencyCode, int rocYear, Path folder) {
		write(agencyCode, rocYear, folder);
		try {
			java.nio.file.Files.deleteIfExists(folder.resolve(RejectsFile.PENDING));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException("無法移除 " + folder.resolve(RejectsFile.PENDING), ex);
		}
	}

}
