package tw.annualreport.report.jasper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.xml.JRXmlLoader;

import tw.annualreport.report.section.ReportSections;

/**
 * Build step (exec-maven-plugin, phase process-classes, with the compiled classes): compiles the
 * templates of {@code args[0]} (the repository's {@code reports/}) to {@code args[1]} on the
 * classpath, so that nothing is compiled at run time. {@code report.jrxml} gets the bands of
 * every PDF table of the sections ({@link ReportSections}) and becomes {@code report.jasper}
 * (the spreadsheets need no template: {@code report.spreadsheet}). A template or a table that does not compile fails the build, naming it.
 */
public final class ReportCompiler {

	private ReportCompiler() {
	}

	public static void main(String[] args) throws IOException {
		Path source = Path.of(args[0]);
		Path target = Path.of(args[1]);
		Files.createDirectories(target);
		int compiled = 0;
		JasperDesign report = load(source.resolve("report.jrxml"));
		TemplateBands.addPdfTables(report, ReportSections.pdfTables());
		TemplateBands.addKeepGroups(report);
		compile(report, target.resolve("report.jasper"));
		compiled++;
		System.out.println("[compile-reports] " + compiled + " template(s) compiled to " + target);
	}

	private static JasperDesign load(Path jrxml) throws IOException {
		try {
			return JRXmlLoader.load(jrxml.toFile());
		}
		catch (JRException ex) {
			throw new IOException("cannot read " + jrxml + ": " + ex.getMessage(), ex);
		}
	}

	private static void compile(JasperDesign design, Path jasper) throws IOException {
		try {
			JasperCompileManager.compileReportToFile(design, jasper.toString());
		}
		catch (Exception ex) {
			throw new IOException("cannot compile " + jasper.getFileName() + ": " + ex.getMessage(), ex);
		}
	}

}
