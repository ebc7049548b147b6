package tw.annualreport.plan.document;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import tw.annualreport.source.SourceFile;
import tw.annualreport.system.AtomicFiles;

/**
 * Writes a plan read from a document as plan.csv (SPEC §3): the columns of the import, in UTF-8
 * with a BOM so that Excel opens it right, then 編號 (the numbering as the plan typed it) and
 * 完成期限. The indicator columns stay empty for the officer to fill in.
 */
public final class PlanCsvWriter {

	/** The numbering and deadline columns, written after the import's own when the import does not list them yet. */
	static final List<String> EXTRA = List.of("編號", "完成期限");

	private PlanCsvWriter() {
	}

	/** The header: the import's plan columns, then {@link #EXTRA}. */
	static List<String> header() {
		List<String> header = new ArrayList<>(SourceFile.PLAN.columns().stream().map(SourceFile.Column::chinese).toList());
		EXTRA.stream().filter((name) -> !header.contains(name)).forEach(header::add);
		return header;
	}

	public static void write(DocumentPlan plan, Path target) {
		List<String> header = header();
		AtomicFiles.write(target, (out) -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write('\uFEFF');
			CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
			printer.printRecord(header);
			for (DocumentPlan.Node node : plan.nodes()) {
				List<String> record = new ArrayList<>(Collections.nCopies(header.size(), ""));
				record.set(header.indexOf("項次"), node.code());
				record.set(header.indexOf("名稱"), node.title());
				record.set(header.indexOf("承辦單位"), String.join("、", node.units()));
				record.set(header.indexOf("編號"), node.label());
				record.set(header.indexOf("完成期限"), node.due());
				printer.printRecord(record);
			}
			printer.flush();
		});
	}

}
