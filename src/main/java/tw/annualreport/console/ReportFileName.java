package tw.annualreport.console;

import java.util.List;
import java.util.Optional;

/** The files of an output folder the console serves, and nothing else: a name not in the list is 404. */
enum ReportFileName {

	PDF("report.pdf", "application/pdf", "報告 PDF"),
	XLSX("report.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "試算表 XLSX"),
	ODS("report.ods", "application/vnd.oasis.opendocument.spreadsheet", "試算表 ODS"),
	SUMMARY("summary.json", "application/json", "統計數據 summary.json"),
	REJECTS("rejects.csv", "text/csv; charset=UTF-8", "拒收明細 rejects.csv");

	private final String fileName;

	private final String contentType;

	private final String label;

	ReportFileName(String fileName, String contentType, String label) {
		this.fileName = fileName;
		this.contentType = contentType;
		this.label = label;
	}

	public String fileName() {
		return this.fileName;
	}

	public String contentType() {
		return this.contentType;
	}

	public String label() {
		return this.label;
	}

	static Optional<ReportFileName> of(String name) {
		return List.of(values()).stream().filter((f) -> f.fileName.equals(name)).findFirst();
	}

}
