package tw.annualreport.template;

import java.math.BigDecimal;
import java.util.List;

import tw.annualreport.source.SourceFile;
import tw.annualreport.source.SourceFile.Choice;

/**
 * One column of a source file's template (範本): the header the import looks for, whether it must be
 * filled, what Excel lets the officer type in it, and the example row's value.
 *
 * @param choices the drop-down list, when the column has fixed choices (the import accepts these)
 * @param maxScore the highest score of a phone-test item (0 to it), null for any other column
 * @param maxLength the most characters the import takes, 0 for a score or an answer
 * @param meaning what the choices mean, when the list does not say it (1 非常不滿意 …), or ""
 */
public record TemplateColumn(String header, boolean required, List<Choice> choices, BigDecimal maxScore,
		int maxLength, String meaning, String example) {

	public TemplateColumn {
		choices = List.copyOf(choices);
	}

	/** A contract column of the file, for a report year. */
	static TemplateColumn of(SourceFile.Column column, int rocYear) {
		return new TemplateColumn(column.chinese(), column.required(), column.choices(), null, column.maxLength(), "",
				column.example(rocYear));
	}

	/** What the cell says when the officer selects it: required or not, what it takes. */
	public String prompt() {
		StringBuilder prompt = new StringBuilder(this.required ? "必填" : "選填，可空白");
		if (!this.choices.isEmpty()) {
			prompt.append("。請由清單選擇：").append(String.join("、", this.choices.stream().map(Choice::label).toList()));
		}
		if (!this.meaning.isEmpty()) {
			prompt.append("（").append(this.meaning).append("）");
		}
		if (this.maxScore != null) {
			prompt.append("。0 到 ").append(this.maxScore.toPlainString()).append(" 分；同一部分的各項須全填或全空");
		}
		if (this.choices.isEmpty() && this.maxScore == null) {
			prompt.append(String.format("。最多 %,d 字", this.maxLength));
		}
		if (!this.example.isEmpty()) {
			prompt.append("。例：").append(this.example);
		}
		return prompt.toString();
	}

	/** What Excel says when a typed value is refused. */
	public String refusal() {
		if (!this.choices.isEmpty()) {
			return "請由清單選擇：" + String.join("、", this.choices.stream().map(Choice::label).toList());
		}
		if (this.maxScore != null) {
			return "應為 0 到 " + this.maxScore.toPlainString() + " 的分數";
		}
		return String.format("最多 %,d 字", this.maxLength);
	}

}
