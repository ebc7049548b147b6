package tw.annualreport.report.editable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tw.annualreport.report.BureauReportData;
import tw.annualreport.report.ReportData;
import tw.annualreport.report.ReportFormats;
import tw.annualreport.report.document.Block;
import tw.annualreport.report.document.Table;
import tw.annualreport.report.section.BureauSections;
import tw.annualreport.report.section.ReportSections;

/**
 * The report as an editable text document: the very blocks the PDF is printed from
 * ({@link ReportSections#pdf}, {@link BureauSections#pdf}), so its wording and numbering are the
 * PDF's, with the cover's texts (the PDF template's parameters) and the tables the blocks name.
 *
 * @param cover the cover page's texts
 * @param blocks the report in reading order
 * @param tables every table a block may name ({@link Block#layout()}), by id
 * @param draft a draft carries 「草稿」 on every page; a final report does not
 */
public record EditableReport(Cover cover, List<Block> blocks, Map<String, Table> tables, boolean draft) {

	private static final Map<String, Table> TABLES = allTables();

	public EditableReport {
		blocks = List.copyOf(blocks);
		tables = Map.copyOf(tables);
	}

	/**
	 * The cover's texts, as the PDF's cover prints them.
	 * @param parent the parent agency ({@code null}: none)
	 * @param agency the agency (or bureau) whose report it is
	 * @param title 「113年度提升服務成果報告」
	 * @param date the report date, ROC
	 * @param contact the contact line ({@code null}: none)
	 */
	public record Cover(String parent, String agency, String title, String date, String contact) {

		/** The running head of every page after the cover, as the PDF's. */
		public String runningHead() {
			return this.agency + "　" + this.title;
		}

	}

	/** An agency's year-end report. */
	public static EditableReport of(ReportData data, boolean draft) {
		Cover cover = new Cover(data.parentName(), data.agencyName(), data.title(), ReportFormats.rocDate(data.reportDate()),
				data.contact().isEmpty() ? null : "聯絡人：" + data.contact());
		return new EditableReport(cover, ReportSections.pdf(data), TABLES, draft);
	}

	/** A bureau's consolidated report (彙整報告). */
	public static EditableReport of(BureauReportData data, boolean draft) {
		Cover cover = new Cover(null, data.bureauName(), data.title(), ReportFormats.rocDate(data.reportDate()),
				draft ? "草稿（各機關數字可能仍會變動）" : "正式報告");
		return new EditableReport(cover, BureauSections.pdf(data), TABLES, draft);
	}

	/** The table a ROW or PLAN block is a row of. */
	public Table table(Block block) {
		Table table = this.tables.get(block.layout());
		if (table == null) {
			throw new IllegalArgumentException("no table " + block.layout());
		}
		return table;
	}

	/** The document's title (its metadata): the running head. */
	public String title() {
		return this.cover.runningHead();
	}

	private static Map<String, Table> allTables() {
		Map<String, Table> tables = new LinkedHashMap<>();
		ReportSections.pdfTables().forEach((table) -> tables.put(table.id(), table));
		return tables;
	}

}
