package tw.annualreport.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tw.annualreport.figures.Rounding;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The samples' bound indicators (plan.csv 指標來源) say what the report's own figures say, read
 * from the recorded outputs that {@link SampleGoldenFilesTests} holds the job to: each bound actual
 * is the figure it names, shown with the same digits, and the indicator table of the PDF prints it.
 */
class SampleBoundIndicatorsTests {

	private static final Path GOLDEN = Path.of("src/test/resources/golden");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void khhSmd231ReadsTheSatisfactionRateOf肆() throws IOException {
		Path folder = GOLDEN.resolve("106").resolve("KHH-SMD");
		JsonNode summary = JSON.readTree(Files.readString(folder.resolve("summary.json")));
		JsonNode indicator = indicator(summary, "2.3.1");
		double rate = survey(summary, "PUB").get("satisfactionRate").doubleValue();
		assertThat(indicator.get("source").asString()).isEqualTo("survey.PUB.satisfactionRate");
		// was 99.5 from an execution record while 肆 said 80.8 %
		assertThat(Rounding.halfUp(indicator.get("actual").doubleValue(), 1)).isEqualByComparingTo("80.8");
		assertThat(Rounding.percent(rate, 1)).isEqualByComparingTo("80.8");
		String pdf = Files.readString(folder.resolve("report.pdf.txt"));
		assertThat(pdf).contains("二(三)1 ＊民眾服務滿意度 % 90 80.8 ");
		assertThat(pdf.replace("\n", "")).contains("整體滿意度（整體滿意度題）為 80.8%");
	}

	/**
	 * KHH-ZY 2.1.2 printed 場次 38 while its indicator 衛教宣導場次 said 實績 56 場 (the execution
	 * records' 指標實績): bound to measure.sessions, the indicator's actual is the measure's 場次, and
	 * 資料品質說明 names the measure and both numbers.
	 */
	@Test
	void khhZy212CountsItsSessionsAsTheMeasureLineDoesAndTheDataQualityNoteNamesTheTypedActual() throws IOException {
		Path folder = GOLDEN.resolve("113").resolve("KHH-ZY");
		JsonNode summary = JSON.readTree(Files.readString(folder.resolve("summary.json")));
		JsonNode indicator = indicator(summary, "2.1.2");
		long sessions = node(summary, "2.1.2").get("sessions").longValue();
		assertThat(indicator.get("source").asString()).isEqualTo("measure.sessions");
		assertThat(indicator.get("actual").doubleValue()).isEqualTo(sessions);
		double typed = indicator.get("recordedActual").doubleValue();
		assertThat(typed).isNotEqualTo(sessions);

		String pdf = Files.readString(folder.resolve("report.pdf.txt")).replace("\n", "");
		assertThat(pdf).contains("【指標】衛教宣導場次：目標 60 場，實績 " + sessions + " 場（場次合計）")
			.contains("二(一)2 ＊衛教宣導場次 場 60 " + sessions + " ")
			.contains("二(一)2 衛教宣導場次：執行紀錄填報指標實績 " + Math.round(typed) + " 場，該具體措施場次合計 " + sessions + " 場");
	}

	@Test
	void everyBoundIndicatorOfEverySampleIsTheFigureItNames() throws IOException {
		List<String> checked = new ArrayList<>();
		try (Stream<Path> files = Files.walk(GOLDEN)) {
			for (Path file : files.filter((p) -> p.getFileName().toString().equals("summary.json")).sorted().toList()) {
				JsonNode summary = JSON.readTree(Files.readString(file));
				for (JsonNode indicator : summary.get("indicators")) {
					if (indicator.get("source").isNull()) {
						continue;
					}
					String source = indicator.get("source").asString();
					double actual = indicator.get("actual").doubleValue();
					assertThat(Rounding.halfUp(actual, 1)).as("%s %s", file, source)
						.isEqualByComparingTo(shown(summary, source, indicator.get("code").asString()));
					assertThat(indicator.get("actualDate").isNull()).isTrue();
					checked.add(summary.get("agency").get("code").asString() + " " + indicator.get("code").asString());
				}
			}
		}
		assertThat(checked).containsExactlyInAnyOrder("HSZ-E 1.1.2", "HSZ-E 1.2.3", "HSZ-E 4.1.1", "HSZ-E 4.2.1",
				"KHH-MT 1.4.1", "KHH-MT 2.4.1", "KHH-MT 1.4.1", "KHH-MT 2.4.1", "KHH-SMD 1.4.1", "KHH-SMD 2.3.1", "KHH-SMD 2.4.1", "KHH-SM2 1.3.2",
				"KHH-SM2 2.3.1", "KHH-ZY 1.2.2", "KHH-ZY 1.3.3", "KHH-ZY 2.3.1",
				// the indicators counted in 場次 or 人次: the measure's own sum
				"KHH-MT 4.1.2", "KHH-MT 6.3.1", "KHH-MT 4.1.2", "KHH-MT 6.3.1", "KHH-SMD 4.3.1", "KHH-SMD 6.3.1",
				"KHH-SM2 5.2.2", "KHH-ZY 2.1.2", "KHH-ZY 4.1.1");
	}

	/** The figure a sample's 指標來源 names, as 貳、參、肆、伍 print it (one decimal; a rate in %). */
	private static java.math.BigDecimal shown(JsonNode summary, String source, String code) {
		if (source.startsWith("measure.")) {
			return java.math.BigDecimal.valueOf(node(summary, code).get(source.substring("measure.".length())).longValue());
		}
		if (source.equals("phone.mean")) {
			return Rounding.halfUp(summary.get("phoneTests").get("mean").doubleValue(), 1);
		}
		if (source.equals("survey.PUB.satisfactionRate")) {
			return Rounding.percent(survey(summary, "PUB").get("satisfactionRate").doubleValue(), 1);
		}
		String[] parts = source.split("\\.");
		JsonNode type = element(summary.get("cases").get("byType"), parts[1]);
		return parts[2].equals("meanDays") ? Rounding.halfUp(type.get("meanDays").doubleValue(), 1)
				: Rounding.percent(type.get("onTimeRate").doubleValue(), 1);
	}

	private static JsonNode indicator(JsonNode summary, String code) {
		for (JsonNode i : summary.get("indicators")) {
			if (i.get("code").asString().equals(code)) {
				return i;
			}
		}
		throw new AssertionError("no indicator " + code);
	}

	private static JsonNode node(JsonNode summary, String code) {
		for (JsonNode n : summary.get("tree")) {
			if (n.get("code").asString().equals(code)) {
				return n;
			}
		}
		throw new AssertionError("no plan node " + code);
	}

	private static JsonNode survey(JsonNode summary, String code) {
		for (JsonNode s : summary.get("surveys")) {
			if (s.get("code").asString().equals(code)) {
				return s;
			}
		}
		throw new AssertionError("no survey " + code);
	}

	private static JsonNode element(JsonNode groups, String name) {
		for (JsonNode g : groups) {
			if (g.get("name").asString().equals(name)) {
				return g;
			}
		}
		throw new AssertionError("no group " + name);
	}

}
