package tw.annualreport.report.editable;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import tw.annualreport.system.AtomicFiles;
import tw.annualreport.system.OutputFormat;

/**
 * Writes report.odt and report.docx (those of {@code formats} that are {@link OutputFormat#isEditable()
 * editable}) beside the PDF, each whole or not at all.
 */
public final class EditableDocuments {

	private EditableDocuments() {
	}

	/**
	 * @param report the report, made only when a format asks for it
	 * @return the files written, in the order of {@link OutputFormat}
	 */
	public static List<Path> write(Supplier<EditableReport> report, Path folder, Set<OutputFormat> formats) {
		List<OutputFormat> editable = formats.stream().filter(OutputFormat::isEditable).sorted().toList();
		if (editable.isEmpty()) {
			return List.of();
		}
		EditableReport document = report.get();
		Charts charts = new Charts();
		return editable.stream().map((format) -> {
			Path target = folder.resolve(format.fileName());
			AtomicFiles.write(target, (out) -> {
				if (format == OutputFormat.ODT) {
					OdtWriter.write(document, charts, out);
				}
				else {
					DocxWriter.write(document, charts, out);
				}
			});
			return target;
		}).toList();
	}

}
