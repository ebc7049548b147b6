package tw.annualreport.plan.document;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The command {@code --plan-from=工作計畫.docx --plan-to=plan.csv}: reads the plan out of the
 * agency's document and writes it as plan.csv for the officer to check, saying what it read, what
 * it decided and every cell it could not place. Needs no database.
 */
public final class PlanFromDocument {

	private PlanFromDocument() {
	}

	/**
	 * Reads and writes, printing the account on {@code out}.
	 * @throws PlanDocumentException when the document yields no plan, when plan.csv cannot be
	 * written, or when cells were left unplaced (plan.csv is written all the same, to be completed)
	 */
	public static DocumentPlan run(Path from, Path to, PrintStream out) {
		DocumentPlan plan = PlanDocuments.read(from);
		out.println("已讀取「" + from.getFileName() + "」的工作計畫表：" + plan.summary());
		plan.notes().forEach((note) -> out.println("  說明：" + note));
		plan.unplaced().forEach((cell) -> out.println("  無法歸屬：" + cell));
		try {
			PlanCsvWriter.write(plan, to);
		}
		catch (UncheckedIOException ex) {
			throw new PlanDocumentException(ex.getMessage(), ex);
		}
		out.println("已寫出 " + to + "（" + plan.nodes().size() + " 列；指標欄請自行補上，匯入前請對照原文件檢查）");
		if (!plan.unplaced().isEmpty()) {
			throw new PlanDocumentException("有 " + plan.unplaced().size() + " 格無法歸屬（列於上方），" + to.getFileName()
					+ " 已寫出但缺少這些內容；請修正文件後重讀，或在 plan.csv 中補上");
		}
		return plan;
	}

}
