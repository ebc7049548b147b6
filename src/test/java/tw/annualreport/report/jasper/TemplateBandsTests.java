package tw.annualreport.report.jasper;

import java.io.File;
import java.util.Arrays;
import java.util.List;

import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRFrame;
import net.sf.jasperreports.engine.JRStaticText;
import net.sf.jasperreports.engine.JRTextField;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.xml.JRXmlLoader;
import org.junit.jupiter.api.Test;

import tw.annualreport.report.document.Column;
import tw.annualreport.report.document.Table;
import tw.annualreport.report.section.ReportSections;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateBandsTests {

	@Test
	void everyPdfTableGetsItsColumnHeadersAndItsCellsFromItsDefinition() throws Exception {
		JasperDesign design = JRXmlLoader.load(new File("reports/report.jrxml"));
		TemplateBands.addPdfTables(design, ReportSections.pdfTables());

		List<JRBand> headers = Arrays.asList(design.getGroupsMap().get(TemplateBands.BLOCK_GROUP).getGroupHeaderSection().getBands());
		List<JRBand> details = Arrays.asList(design.getDetailSection().getBands());
		for (Table table : ReportSections.pdfTables()) {
			JRBand header = band(headers, "\"" + table.id() + "\".equals($F{layout})");
			List<JRElement> labels = Arrays.asList(header.getElements());
			List<JRElement> columnLabels = labels.subList((table.caption() == null) ? 0 : 1, labels.size());
			assertThat(columnLabels).extracting((e) -> ((JRStaticText) e).getText()).as(table.id()).isEqualTo(table.headers());
			assertThat(columnLabels).extracting(JRElement::getWidth)
				.isEqualTo(table.columns().stream().map(Column::pdfWidth).toList());

			JRBand row = details.stream()
				.filter((band) -> band.getPrintWhenExpression().getText().endsWith("\"" + table.id() + "\".equals($F{layout})"))
				.findFirst()
				.orElse(null);
			List<JRElement> cells = Arrays.asList((row != null) ? row.getElements() : planFrame(details).getElements());
			assertThat(cells).extracting((e) -> ((JRTextField) e).getExpression().getText())
				.as(table.id())
				.allSatisfy((text) -> assertThat(text).contains(".at($F{cells}, "))
				.hasSize(table.columns().size());
			assertThat(cells.get(cells.size() - 1).getX() + cells.get(cells.size() - 1).getWidth()).isEqualTo(515);
		}
	}

	private static JRBand band(List<JRBand> bands, String printWhen) {
		return bands.stream()
			.filter((band) -> band.getPrintWhenExpression() != null && band.getPrintWhenExpression().getText().equals(printWhen))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no band " + printWhen));
	}

	private static JRFrame planFrame(List<JRBand> bands) {
		return bands.stream()
			.flatMap((band) -> Arrays.stream(band.getElements()))
			.filter((element) -> element instanceof JRFrame)
			.map(JRFrame.class::cast)
			.findFirst()
			.orElseThrow();
	}

}
