package tw.annualreport.report.glyphs;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignStaticText;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The font set through JasperReports itself: a text in the set's name, regular and bold, filled and exported to
 * PDF/A-1b as the report is, comes back whole from the PDF, with every family embedded.
 */
class ReportFontSetPdfTests {

	/** Traditional, Simplified-only (办), Extension B (𠀋 is in no Noto Sans TC), ①, ㎡ and punctuation. */
	static final String TYPED = "藉以簡化办理流程，𠀋𡘙，①②，30㎡「完成」";

	@TempDir
	static Path temp;

	static Path pdf;

	@BeforeAll
	static void render() throws Exception {
		String fontSet = ReportFontSet.fromClasspath().name();
		JasperDesign design = new JasperDesign();
		design.setName("glyphs");
		design.setPageWidth(595);
		design.setPageHeight(842);
		design.setColumnWidth(515);
		design.setLeftMargin(40);
		design.setRightMargin(40);
		JRDesignBand title = new JRDesignBand();
		title.setHeight(60);
		title.addElement(text(fontSet, false, 0));
		title.addElement(text(fontSet, true, 30));
		design.setTitle(title);
		JasperPrint print = JasperFillManager.fillReport(JasperCompileManager.compileReport(design), new HashMap<>(),
				new JREmptyDataSource(1));

		Path icc = temp.resolve("sRGB.icc");
		Files.write(icc, ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
		pdf = temp.resolve("glyphs.pdf");
		JRPdfExporter exporter = new JRPdfExporter();
		exporter.setExporterInput(new SimpleExporterInput(print));
		exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf.toFile()));
		SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
		configuration.setPdfaConformance(PdfaConformanceEnum.PDFA_1B);
		configuration.setIccProfilePath(icc.toString());
		configuration.setEmbedIccProfile(true);
		exporter.setConfiguration(configuration);
		exporter.exportReport();
	}

	private static JRDesignStaticText text(String fontName, boolean bold, int y) {
		JRDesignStaticText text = new JRDesignStaticText();
		text.setX(0);
		text.setY(y);
		text.setWidth(515);
		text.setHeight(24);
		text.setFontName(fontName);
		text.setFontSize(12f);
		text.setBold(bold);
		text.setText(TYPED);
		return text;
	}

	@Test
	void everyTypedCharacterComesBackRegularAndBold() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text.lines().map(String::strip)).containsExactly(TYPED, TYPED);
		}
	}

	@Test
	void everyFamilyOfTheSetIsEmbeddedAndNothingElse() throws IOException {
		List<String> fonts = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
					fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
				}
			}
		}
		assertThat(fonts).containsExactlyInAnyOrder("NotoSansTC-Regular", "NotoSansTC-Bold", "NotoSansSC-Regular",
				"TW-Sung-Ext-B-98_1");
	}

	@Test
	void thePdfIsStillPdfA1b() throws Exception {
		VeraGreenfieldFoundryProvider.initialise();
		try (InputStream in = Files.newInputStream(pdf); PDFAParser parser = Foundries.defaultInstance().createParser(in)) {
			ValidationResult result = Foundries.defaultInstance()
				.createValidator(PDFAFlavour.PDFA_1_B, false)
				.validate(parser);
			assertThat(result.isCompliant()).as(result.getTestAssertions().toString()).isTrue();
		}
	}

}
