package tw.annualreport.phonetest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import tw.annualreport.figures.PhoneTestScale;
import tw.annualreport.figures.PhoneTestTotal;
import tw.annualreport.source.ImportedRow;
import tw.annualreport.source.RejectReason;
import tw.annualreport.source.RowCheck;
import tw.annualreport.source.SourceFile;
import tw.annualreport.source.SourceRow;

/**
 * Checks a row of phone_tests.csv against the scale: every score within [0, max], each part
 * scored in full or left blank, at least one part scored; computes the test total.
 */
public class PhoneTestRowProcessor implements ItemProcessor<SourceRow, ImportedRow<PhoneTest>> {

	private static final SourceFile.Column ID = SourceFile.PHONE_TESTS.column("id");

	private final int rocYear;

	private final PhoneTestScale scale;

	private static final Map<PhoneTestTotal.Problem, RejectReason> REASONS = Map.of(
			PhoneTestTotal.Problem.OUT_OF_RANGE, RejectReason.SCORE_OUT_OF_RANGE,
			PhoneTestTotal.Problem.PART_INCOMPLETE, RejectReason.PART_INCOMPLETE,
			PhoneTestTotal.Problem.NOTHING_SCORED, RejectReason.NOTHING_SCORED);

	private final Set<String> seen = new HashSet<>();

	public PhoneTestRowProcessor(int rocYear, PhoneTestScale scale) {
		this.rocYear = rocYear;
		this.scale = scale;
	}

	@Override
	public ImportedRow<PhoneTest> process(SourceRow row) {
		RowCheck check = new RowCheck(row, this.rocYear);
		String id = check.code(ID);
		if (!id.isEmpty() && !this.seen.add(id)) {
			check.reject(ID.chinese(), id, RejectReason.ID_DUPLICATE);
		}
		LocalDate date = check.dateInYear(SourceFile.PHONE_TESTS.column("date"));
		String unit = check.code(SourceFile.PHONE_TESTS.column("unit"));
		Map<String, BigDecimal> scores = new LinkedHashMap<>();
		for (PhoneTestScale.Item item : this.scale.items()) {
			String value = row.getAny(List.of(item.code(), item.label()));
			if (!value.isEmpty()) {
				scores.put(item.code(), check.number(item.label(), value));
			}
		}
		PhoneTestTotal total = null;
		if (check.ok()) {
			total = PhoneTestTotal.of(this.scale, scores);
			if (!total.isValid()) {
				String value = (total.problem() == PhoneTestTotal.Problem.OUT_OF_RANGE)
						? scores.get(total.subject()).toPlainString() : "";
				check.reject(column(total), value, REASONS.get(total.problem()), total.message());
			}
		}
		String deductions = Arrays.stream(check.code(SourceFile.PHONE_TESTS.column("deductions")).split("[;、]"))
			.map(String::strip).filter((d) -> !d.isEmpty()).collect(Collectors.joining("；"));
		PhoneTestTotal valid = total;
		return ImportedRow.of(check, () -> new PhoneTest(id, row.rowNumber(), date, unit,
				blankToNull(row.get(SourceFile.PHONE_TESTS.column("tester"))), valid.total(), blankToNull(deductions),
				blankToNull(row.get(SourceFile.PHONE_TESTS.column("note"))), scores(id, valid)));
	}

	private List<PhoneTest.Score> scores(String id, PhoneTestTotal total) {
		return total.scoredItems().entrySet().stream()
			.map((e) -> new PhoneTest.Score(id, e.getKey(), e.getValue(), this.scale.item(e.getKey()).max()))
			.toList();
	}

	/** The column a rejected total points at: the item's label, or the part's items. */
	private String column(PhoneTestTotal total) {
		return switch (total.problem()) {
			case OUT_OF_RANGE -> this.scale.item(total.subject()).label();
			case PART_INCOMPLETE -> this.scale.parts().get(total.subject()).stream().map(PhoneTestScale.Item::label)
				.collect(Collectors.joining("、"));
			case NOTHING_SCORED -> "";
		};
	}

	private static String blankToNull(String text) {
		return text.isEmpty() ? null : text;
	}

}
