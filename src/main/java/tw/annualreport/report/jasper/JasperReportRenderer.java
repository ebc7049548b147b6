package tw.annualreport.report.jasper;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;

import org.springframework.stereotype.Component;

import tw.annualreport.report.BureauReportData;
import tw.annualreport.report.ReportData;
import tw.annualreport.report.ReportFormats;
import tw.annualreport.report.ReportRenderer;
import tw.annualreport.report.document.Sheet;
import tw.annualreport.report.editable.EditableDocuments;
import tw.annualreport.report.editable.EditableReport;
import tw.annualreport.report.section.BureauSections;
import tw.annualreport.report.section.ReportSections;
import tw.annualreport.report.spreadsheet.OdsWriter;
import tw.annualreport.report.spreadsheet.XlsxWriter;
import tw.annualreport.system.AtomicFiles;
import tw.annualreport.system.OutputFormat;

/**
 * The report: the sections of {@link ReportSections} filled into {@code report.jasper} with
 * JasperReports 7 (the PDF), compiled at build time from {@code reports/report.jrxml} with the
 * sections' tables ({@link ReportCompiler}) and loaded once here (a missing or broken template
 * fails the start, not a run), and their sheets streamed to report.xlsx and report.ods
 * ({@link XlsxWriter}, {@link OdsWriter}); the same blocks as the PDF's written as report.odt and
 * report.docx ({@link EditableDocuments}). The PDF embeds Noto Sans TC; a final report is PDF/A-1b.
 */
@Component
public class JasperReportRenderer implements ReportRenderer {

	private final JasperReport report;

	private volatile Path iccProfile;

	public JasperReportRenderer() {
		this.report = load("report");
	}

	private static JasperReport load(String name) {
		String resource = "/reports/" + name + ".jasper";
		try (InputStream in = JasperReportRenderer.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("報表樣板 " + resource + " 不在 classpath（樣板於建置時由 reports/*.jrxml"
						+ " 編譯，請重新執行 mvn package）");
			}
			return (JasperReport) JRLoader.loadObject(in);
		}
		catch (IOException | JRException ex) {
			throw new IllegalStateException("無法載入報表樣板 " + resource + "：" + ex.getMessage(), ex);
		}
	}

	@Override
	public List<Path> render(ReportData data, Path folder, Set<OutputFormat> formats, boolean draft) {
		return writeFiles(folder, formats, () -> writePdf(data, folder, draft), () -> ReportSections.workbook(data, draft),
				() -> EditableReport.of(data, draft));
	}

	@Override
	public List<Path> renderConsolidated(BureauReportData data, Path folder, Set<OutputFormat> formats, boolean draft) {
		return writeFiles(folder, formats, () -> writeConsolidatedPdf(data, folder, draft),
				() -> BureauSections.workbook(data, draft), () -> EditableReport.of(data, draft));
	}

	/**
	 * Writes the files on two threads (filling and exporting are CPU-bound and independent), balanced as a
	 * city agency's report measures: the XLSX, then the editable documents (ODT, DOCX: {@code report/editable})
	 * on this one; the PDF then the ODS on the other. Each file whole or not at all; the files written, in
	 * {@link OutputFormat}'s order.
	 */
	private static List<Path> writeFiles(Path folder, Set<OutputFormat> formats, Supplier<Path> pdf,
			Supplier<List<Sheet>> workbook, Supplier<EditableReport> editable) {
		List<Sheet> sheets = (formats.contains(OutputFormat.XLSX) || formats.contains(OutputFormat.ODS)) ? workbook.get()
				: List.of();
		CompletableFuture<Map<OutputFormat, Path>> pdfAndOds = CompletableFuture.supplyAsync(() -> {
			Map<OutputFormat, Path> written = new EnumMap<>(OutputFormat.class);
			if (formats.contains(OutputFormat.PDF)) {
				written.put(OutputFormat.PDF, pdf.get());
			}
			if (formats.contains(OutputFormat.ODS)) {
				written.put(OutputFormat.ODS, writeSheets(sheets, folder, OutputFormat.ODS));
			}
			return written;
		});
		Map<OutputFormat, Path> written = new EnumMap<>(OutputFormat.class);
		if (formats.contains(OutputFormat.XLSX)) {
			written.put(OutputFormat.XLSX, writeSheets(sheets, folder, OutputFormat.XLSX));
		}
		for (Path file : EditableDocuments.write(editable, folder, formats)) {
			written.put(OutputFormat.ofFileName(file.getFileName().toString()).orElseThrow(), file);
		}
		try {
			written.putAll(pdfAndOds.join());
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : ex;
		}
		return List.copyOf(written.values());
	}

	private Path writeConsolidatedPdf(BureauReportData data, Path folder, boolean draft) {
		try {
			Map<String, Object> params = new HashMap<>();
			params.put("DRAFT", draft);
			params.put("AGENCY_NAME", data.bureauName());
			params.put("PARENT_NAME", null);
			params.put("REPORT_TITLE", data.title());
			params.put("REPORT_DATE", ReportFormats.rocDate(data.reportDate()));
			params.put("CONTACT", draft ? "草稿（各機關數字可能仍會變動）" : "正式報告");
			JasperPrint print = fill(this.report, params, BureauSections.pdf(data));
			return writePdf(print, folder, draft, data.bureauName() + " " + data.title());
		}
		catch (JRException ex) {
			throw new IllegalStateException("彙整報告產製失敗（PDF）：" + ex.getMessage(), ex);
		}
	}

	private Path writePdf(ReportData data, Path folder, boolean draft) {
		try {
			return writePdf(fillPdf(data, draft), folder, draft, data.agencyName() + " " + data.title());
		}
		catch (JRException ex) {
			throw new IllegalStateException("報表產製失敗（PDF）：" + ex.getMessage(), ex);
		}
	}

	/** Exports a filled PDF: a draft with its 「草稿」 stamped on every page, a final report as PDF/A-1b. */
	private Path writePdf(JasperPrint print, Path folder, boolean draft, String title) {
		Path target = folder.resolve(OutputFormat.PDF.fileName());
		AtomicFiles.write(target, (out) -> {
			if (draft) {
				DraftMark.export((pdf) -> exportPdf(print, pdf, false, title), out);
			}
			else {
				exportPdf(print, out, true, title);
			}
		});
		return target;
	}

	/** Writes the sheets as report.xlsx or report.ods. */
	private static Path writeSheets(List<Sheet> sheetList, Path folder, OutputFormat format) {
		if (format != OutputFormat.XLSX && format != OutputFormat.ODS) {
			throw new IllegalArgumentException("not a spreadsheet: " + format);
		}
		Path target = folder.resolve(format.fileName());
		AtomicFiles.write(target, (out) -> {
			if (format == OutputFormat.XLSX) {
				XlsxWriter.write(sheetList, out);
			}
			else {
				OdsWriter.write(sheetList, out);
			}
		});
		return target;
	}

	JasperPrint fillPdf(ReportData data, boolean draft) throws JRException {
		Map<String, Object> params = new HashMap<>();
		params.put("DRAFT", draft);
		params.put("AGENCY_NAME", data.agencyName());
		params.put("PARENT_NAME", data.parentName());
		params.put("REPORT_TITLE", data.title());
		params.put("REPORT_DATE", ReportFormats.rocDate(data.reportDate()));
		params.put("CONTACT", data.contact().isEmpty() ? null : "聯絡人：" + data.contact());
		return fill(this.report, params, ReportSections.pdf(data));
	}

	private static JasperPrint fill(JasperReport template, Map<String, Object> params, List<?> rows) throws JRException {
		return JasperFillManager.getInstance(DefaultJasperReportsContext.getInstance())
			.fill(template, new HashMap<>(params), new RecordDataSource(rows));
	}

	private void exportPdf(JasperPrint print, OutputStream out, boolean pdfa, String title) throws IOException {
		JRPdfExporter exporter = new JRPdfExporter();
		exporter.setExporterInput(new SimpleExporterInput(print));
		exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
		SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
		configuration.setMetadataTitle(title);
		configuration.setDisplayMetadataTitle(true);
		configuration.setTagLanguage("zh-TW");
		if (pdfa) {
			configuration.setPdfaConformance(PdfaConformanceEnum.PDFA_1B);
			configuration.setIccProfilePath(iccProfile().toString());
			configuration.setEmbedIccProfile(true);
		}
		exporter.setConfiguration(configuration);
		SimplePdfReportConfiguration reportConfiguration = new SimplePdfReportConfiguration();
		// keep the fill's line breaks: OpenPDF's own CJK splitting would put ，；。 at the start of a line
		reportConfiguration.setForceLineBreakPolicy(true);
		exporter.setConfiguration(reportConfiguration);
		export(exporter::exportReport);
	}

	@FunctionalInterface
	private interface Export {

		void run() throws JRException;

	}

	private static void export(Export export) throws IOException {
		try {
			export.run();
		}
		catch (JRException ex) {
			throw new IOException("報表匯出失敗：" + ex.getMessage(), ex);
		}
	}

	/** The sRGB profile PDF/A needs, from the JDK, written once to a temporary file (JasperReports wants a path). */
	private Path iccProfile() {
		Path path = this.iccProfile;
		if (path == null) {
			synchronized (this) {
				if (this.iccProfile == null) {
					try {
						Path temp = Files.createTempFile("annual-report-srgb", ".icc");
						temp.toFile().deleteOnExit();
						Files.write(temp, ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
						this.iccProfile = temp;
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}
				path = this.iccProfile;
			}
		}
		return path;
	}

}
