package tw.annualreport.plan.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads the plan out of the agency's own 提升服務工作計畫 document: the tables by the reader of its
 * format (.docx, .odt), the tree by the one format-free {@link PlanTableReader}.
 */
public final class PlanDocuments {

	private PlanDocuments() {
	}

	/**
	 * The plan of a document.
	 * @throws PlanDocumentException when the file cannot be opened, is of a format not read, or holds no plan table
	 */
	public static DocumentPlan read(Path document) {
		String name = document.getFileName().toString();
		return PlanTableReader.read(name, tables(document, name));
	}

	private static List<DocumentTable> tables(Path document, String name) {
		String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
		if (extension.equals("doc")) {
			throw new PlanDocumentException("「" + name + "」是舊版 Word 格式（.doc），無法讀取其中的表格：請用 Word 或 LibreOffice "
					+ "「另存新檔」為 .docx 或 .odt 後再試");
		}
		if (!extension.equals("docx") && !extension.equals("odt")) {
			throw new PlanDocumentException("只能讀取 .docx 或 .odt 格式的工作計畫，「" + name + "」不是");
		}
		try (InputStream in = Files.newInputStream(document)) {
			return extension.equals("docx") ? DocxTables.read(in) : OdtTables.read(in);
		}
		catch (NoSuchFileException ex) {
			throw new PlanDocumentException("找不到工作計畫檔「" + document + "」", ex);
		}
		catch (IOException | RuntimeException ex) {
			// POI reports a file that is not a Word document with its own runtime exceptions
			throw new PlanDocumentException("無法開啟「" + name + "」：檔案損毀，或不是 " + extension + " 格式的文件（"
					+ String.valueOf(ex.getMessage()).lines().findFirst().orElse("") + "）", ex);
		}
	}

}
