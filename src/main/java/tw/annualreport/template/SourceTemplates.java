package tw.annualreport.template;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import tw.annualreport.figures.PhoneTestScale;
import tw.annualreport.phonetest.PhoneTestSettings;
import tw.annualreport.source.SourceFile;
import tw.annualreport.survey.Likert;

/**
 * The Excel templates (範本) of the source files, made from the import's own definition
 * ({@link SourceFile}): its headers, its choices as drop-down lists, its examples as the second row;
 * the phone test's score columns from the configured scale, the survey's answer columns Q1 … with
 * the answers the import takes. A template filled in (or left with its example row) imports as it is.
 */
@Component
public class SourceTemplates {

	/** The answer columns a survey_responses template offers: Q1 … Q5 (more are added as Q6 …). */
	static final int ANSWER_COLUMNS = 5;

	private static final List<String> ANSWER_EXAMPLES = List.of("5", "4", "4", "5", "3");

	private final PhoneTestScale scale;

	public SourceTemplates(PhoneTestSettings settings) {
		this.scale = settings.scale();
	}

	/**
	 * The columns of a file's template, in the order the sheet has them: the file's own, with the
	 * columns of the scale (phone tests) or of the answers (survey responses) before its first
	 * free-text column (扣分事由, 意見), as the officers' sheets have them.
	 */
	public List<TemplateColumn> columns(SourceFile file, int rocYear) {
		List<TemplateColumn> extra = switch (file) {
			case PHONE_TESTS -> this.scale.items().stream().map(SourceTemplates::score).toList();
			case SURVEY_RESPONSES -> answers();
			default -> List.of();
		};
		List<TemplateColumn> columns = new ArrayList<>();
		boolean placed = extra.isEmpty();
		for (SourceFile.Column column : file.columns()) {
			if (!placed && column.freeText()) {
				columns.addAll(extra);
				placed = true;
			}
			columns.add(TemplateColumn.of(column, rocYear));
		}
		if (!placed) {
			columns.addAll(extra);
		}
		return columns;
	}

	private static List<TemplateColumn> answers() {
		List<TemplateColumn> answers = new ArrayList<>();
		for (int no = 1; no <= ANSWER_COLUMNS; no++) {
			answers.add(new TemplateColumn("Q" + no, false, Likert.CHOICES, null, 0, Likert.MEANING,
					ANSWER_EXAMPLES.get(no - 1)));
		}
		return answers;
	}

	private static TemplateColumn score(PhoneTestScale.Item item) {
		String header = (item.label() == null || item.label().isBlank()) ? item.code() : item.label();
		return new TemplateColumn(header, false, List.of(), item.max(), 0, "",
				item.max().stripTrailingZeros().toPlainString());
	}

	/** Writes one workbook with a sheet per file, each named as the import looks for it ({@code executions}). */
	public void write(List<SourceFile> files, int rocYear, OutputStream out) throws IOException {
		TemplateWorkbook workbook = new TemplateWorkbook();
		for (SourceFile file : files) {
			workbook.sheet(file.fileName(), columns(file, rocYear));
		}
		workbook.write(out);
	}

}
