package tw.annualreport.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * After all files are read: writes rejects.csv, logs the row accounting, and refuses to go on
 * when a file was rejected whole, when the agency or plan is missing, or when the rejected share
 * of any file exceeds the limit, because a report from such data would mislead.
 */
@Component
public class ImportCheck {

	private static final Log logger = LogFactory.getLog(ImportCheck.class);

	private final ImportLedger ledger;

	private final ImportProperties properties;

	private final JdbcTemplate jdbc;

	public ImportCheck(ImportLedger ledger, ImportProperties properties, JdbcTemplate jdbc) {
		this.ledger = ledger;
		this.properties = properties;
		this.jdbc = jdbc;
	}

	/**
	 * @param outputFolder the agency-year's output folder, where the rejects go as
	 * {@link RejectsFile#PENDING} until the import is published; {@code null} for a check, which
	 * writes no file (the officer reads its rejects in the console)
	 * @param rowsRead the rows each file's import step read, as its job repository recorded them
	 * ({@code null} when the step never ran)
	 * @throws ImportRejectedException with every reason the import cannot be used
	 */
	public List<ImportLedger.FileCount> check(ImportContext context, Path outputFolder,
			Function<SourceFile, Long> rowsRead) {
		completeLedger(context, rowsRead);
		List<RowProblem> problems = this.ledger.problems(context.importId());
		if (outputFolder != null) {
			RejectsFile.writeTo(outputFolder.resolve(RejectsFile.PENDING), problems);
		}
		List<ImportLedger.FileCount> counts = this.ledger.counts(context.importId());
		for (ImportLedger.FileCount count : counts) {
			logger.info(String.format("%s（%s）：讀取 %d 筆，接受 %d 筆，拒收 %d 筆", count.file(),
					count.sourceName() == null ? "無此檔" : count.sourceName(), count.read(), count.accepted(),
					count.rejected()));
			if (count.sourceName() != null && count.read() == 0 && "IMPORTED".equals(count.status())) {
				logger.warn(count.sourceName() + " 只有標題列，沒有任何資料列；相關統計將為 0 或無法計算（報告的資料品質說明會註明）");
			}
		}
		List<String> reasons = new ArrayList<>();
		problems.stream().filter((p) -> p.reason().wholeFile())
			.forEach((p) -> reasons.add(p.file() + (p.sheet().isEmpty() ? "" : "［" + p.sheet() + "］") + "：" + p.message()));
		for (ImportLedger.FileCount count : counts) {
			if (count.rejectedShare() > this.properties.rejectLimit()) {
				reasons.add(String.format("%s 拒收 %d／%d 筆（%.1f%%），超過上限 %.1f%%", count.sourceName(), count.rejected(),
						count.read(), 100 * count.rejectedShare(), 100 * this.properties.rejectLimit())
						+ otherYear(this.ledger.problems(context.importId(), count.file()), context.rocYear()));
			}
		}
		if (reasons.isEmpty() && count("agency", context.importId()) == 0) {
			reasons.add("agency.csv 中沒有機關 " + context.agencyCode() + " 的資料");
		}
		if (reasons.isEmpty() && count("plan_node", context.importId()) == 0) {
			reasons.add("plan.csv 中沒有可用的工作計畫項目");
		}
		if (!reasons.isEmpty()) {
			String details = (outputFolder != null) ? "（明細見 " + outputFolder.resolve(RejectsFile.PENDING) + "）" : "";
			throw new ImportRejectedException("匯入資料有誤，未產製報告" + details + "：" + String.join("；", reasons));
		}
		return counts;
	}

	/**
	 * Records the counts of a file whose step completed without them: Spring Batch marks a step
	 * COMPLETED before its listeners run, so a process killed in between leaves a finished import
	 * step with no row accounting, which the resumed run would not redo. Its rows are all there;
	 * the counts are taken now, checked against the rows the step read as before.
	 */
	private void completeLedger(ImportContext context, Function<SourceFile, Long> rowsRead) {
		Set<String> recorded = new HashSet<>();
		this.ledger.counts(context.importId()).forEach((count) -> recorded.add(count.file()));
		SourceFolder folder = new SourceFolder(context.folder(), this.properties.maxFileSize().toBytes());
		for (SourceFile file : SourceFile.values()) {
			Long read = rowsRead.apply(file);
			if (recorded.contains(file.fileName()) || read == null) {
				continue;
			}
			String sourceName;
			try {
				sourceName = folder.locate(file).map(SourceFolder.Location::displayName).orElse(null);
			}
			catch (SourceFileException ex) {
				sourceName = null;
			}
			logger.warn(file.fileName() + "：匯入步驟已完成但未記錄筆數（前次執行在步驟結束時中斷），依已寫入的資料補記");
			this.ledger.recordFile(context.importId(), file, sourceName, read, file.mainTable());
		}
	}

	/**
	 * When every reject of a file is a date outside the report year, the likely cause: the data
	 * are of another year. Names the year most of them are from, for the officer to run again.
	 */
	private static String otherYear(List<RowProblem> ofFile, int rocYear) {
		if (ofFile.isEmpty() || ofFile.stream().anyMatch((p) -> p.reason() != RejectReason.DATE_OUTSIDE_YEAR)) {
			return "";
		}
		Map<Integer, Long> years = new TreeMap<>();
		for (RowProblem p : ofFile) {
			try {
				years.merge(SourceDates.rocYear(SourceDates.parse(Text.strict(p.value()))), 1L, Long::sum);
			}
			catch (RuntimeException ex) {
				// a date this message cannot read is counted nowhere
			}
		}
		return years.entrySet()
			.stream()
			.max(Map.Entry.comparingByValue())
			.map((e) -> "；被拒收的紀錄日期都不在 " + rocYear + " 年度內，多數是 " + e.getKey() + " 年度的資料，請確認 --year（例如 --year="
					+ e.getKey() + "）")
			.orElse("");
	}

	private long count(String table, long importId) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE import_id = ?", Long.class, importId);
	}

}
