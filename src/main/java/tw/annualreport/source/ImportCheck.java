package tw.annualreport.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
	 * @param outputFolder the agency-year's output folder, where rejects.csv goes
	 * @throws ImportRejectedException with every reason the import cannot be used
	 */
	public List<ImportLedger.FileCount> check(ImportContext context, Path outputFolder) {
		List<RowProblem> problems = this.ledger.problems(context.importId());
		RejectsFile.write(outputFolder, problems);
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
						count.read(), 100 * count.rejectedShare(), 100 * this.properties.rejectLimit()));
			}
		}
		if (reasons.isEmpty() && count("agency", context.importId()) == 0) {
			reasons.add("agency.csv 中沒有機關 " + context.agencyCode() + " 的資料");
		}
		if (reasons.isEmpty() && count("plan_node", context.importId()) == 0) {
			reasons.add("plan.csv 中沒有可用的工作計畫項目");
		}
		if (!reasons.isEmpty()) {
			throw new ImportRejectedException("匯入資料有誤，未產製報告（明細見 " + outputFolder.resolve(RejectsFile.NAME) + "）："
					+ String.join("；", reasons));
		}
		return counts;
	}

	private long count(String table, long importId) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE import_id = ?", Long.class, importId);
	}

}
