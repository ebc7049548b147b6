package tw.annualreport.report.jasper;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tw.annualreport.report.BureauReportData;
import tw.annualreport.report.BureauReportData.Status;
import tw.annualreport.report.BureauReportData.Submission;
import tw.annualreport.summary.BureauSummary;
import tw.annualreport.support.PdfA;
import tw.annualreport.support.PdfText;
import tw.annualreport.system.OutputFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** The bureau's report when no agency could be consolidated: still written, saying why, and PDF/A when final. */
class BureauReportRenderTests {

	@TempDir
	Path folder;

	@Test
	void aBureauWhoseEveryAgencyFailedStillGetsItsReportNamingThemAndAFinalOneIsPdfA() {
		BureauSummary bureau = BureauSummary.of("HB", "高雄市政府衛生局", 113, List.of(), List.of(),
				List.of(new BureauSummary.Failure("KHH-ZY", "plan.csv 缺少必要欄位「承辦單位」")));
		BureauReportData data = new BureauReportData(bureau, LocalDate.of(2025, 1, 15),
				List.of(new Submission("KHH-ZY", "高雄市左營區衛生所", Status.FAILED, null, null, null,
						"plan.csv 缺少必要欄位「承辦單位」")),
				List.of(), 80, 0.8);

		List<Path> written = new JasperReportRenderer().renderConsolidated(data, this.folder,
				EnumSet.of(OutputFormat.PDF, OutputFormat.XLSX), false);

		assertThat(written).containsExactly(this.folder.resolve("report.pdf"), this.folder.resolve("report.xlsx"));
		String text = String.join("\n", PdfText.pages(this.folder.resolve("report.pdf"))).replaceAll("\\s+", "");
		assertThat(text).contains("113年度提升服務成果彙整報告", "114年1月15日", "正式報告", "本年度彙整0個機關",
				"高雄市左營區衛生所（KHH-ZY）：plan.csv缺少必要欄位「承辦單位」", "本年度無可彙整之機關", "參、資料繳交狀況").doesNotContain("草稿");
		assertThat(PdfA.failures(this.folder.resolve("report.pdf"))).isEmpty();
	}

}
