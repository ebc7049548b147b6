package tw.annualreport.report.jasper;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build step (exec-maven-plugin, phase process-classes): compiles every {@code *.jrxml} of
 * {@code args[0]} (the repository's {@code reports/}) to {@code args[1]/<name>.jasper} on the
 * classpath, so that nothing is compiled at run time. Skips a template whose {@code .jasper} is
 * newer; a template that does not compile fails the build, naming the file.
 */
public final class ReportCompiler {

	private ReportCompiler() {
	}

	public static void main(String[] args) throws IOException {
		Path source = Path.of(args[0]);
		Path target = Path.of(args[1]);
		Files.createDirectories(target);
		int compiled = 0;
		try (DirectoryStream<Path> templates = Files.newDirectoryStream(source, "*.jrxml")) {
			for (Path jrxml : templates) {
				String name = jrxml.getFileName().toString().replaceFirst("\\.jrxml$", "");
				Path jasper = target.resolve(name + ".jasper");
				if (Files.exists(jasper)
						&& Files.getLastModifiedTime(jasper).compareTo(Files.getLastModifiedTime(jrxml)) > 0) {
					continue;
				}
				try {
					JasperCompileManager.compileReportToFile(jrxml.toString(), jasper.toString());
				}
				catch (Exception ex) {
					throw new IOException("cannot compile " + jrxml + ": " + ex.getMessage(), ex);
				}
				compiled++;
			}
		}
		System.out.println("[compile-reports] " + compiled + " template(s) compiled to " + target);
	}

}
