package tw.annualreport.plan.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tw.annualreport.source.Text;

/**
 * The two plan documents made from the samples' plans (fixtures/plan-documents) read back into the
 * tree of the plan.csv each came from: the same levels and titles in the same order, numbering
 * removed, and each measure's units (a units cell of a row of several measures gives each of them
 * all its units).
 */
class PlanDocumentRoundTripTests {

	@ParameterizedTest
	@CsvSource({ "KHH-ZY-113-工作計畫.docx, config/sample/113/KHH-ZY/plan.csv",
			"KHH-SMD-106-工作計畫.odt, config/sample/106/KHH-SMD/plan.csv" })
	void readsTheTreeOfThePlanTheDocumentWasMadeFrom(String document, String planCsv) throws IOException {
		DocumentPlan plan = PlanDocuments.read(Path.of("src/test/resources/plan-documents", document));
		List<CSVRecord> expected = planCsv(Path.of(planCsv));

		assertThat(plan.unplaced()).isEmpty();
		assertThat(plan.nodes()).hasSameSizeAs(expected);
		for (int i = 0; i < expected.size(); i++) {
			CSVRecord row = expected.get(i);
			DocumentPlan.Node node = plan.nodes().get(i);
			int level = row.get("項次").split("\\.").length;
			assertThat(node.level()).as("level of %s", row.get("項次")).isEqualTo(level);
			assertThat(node.title()).as("title of %s", row.get("項次")).isEqualTo(Text.normalize(row.get("名稱")));
			if (level == 3) {
				List<String> units = Arrays.stream(row.get("承辦單位").split("[、,;/]")).map(String::strip)
					.filter((u) -> !u.isEmpty()).toList();
				assertThat(node.units()).as("units of %s", row.get("項次")).containsAll(units);
			}
		}
	}

	static List<CSVRecord> planCsv(Path file) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
		try (Reader reader = new java.io.StringReader(text)) {
			return new ArrayList<>(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords());
		}
	}

}
