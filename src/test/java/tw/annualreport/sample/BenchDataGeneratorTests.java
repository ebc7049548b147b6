package tw.annualreport.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tw.annualreport.sample.SampleDataGenerator.Volume;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's generator writes the agencies and the row counts its volume asks for, the same twice. */
class BenchDataGeneratorTests {

	@TempDir
	Path temp;

	@Test
	void writesEachAgencyAtTheVolumeAsked() throws IOException {
		Volume volume = new Volume(3, 20, 50, 10, 40);
		List<Path> folders = BenchDataGenerator.generate(this.temp.resolve("a"), volume, 2);

		assertThat(folders).extracting((f) -> f.getFileName().toString()).containsExactly("BENCH-01", "BENCH-02");
		Path one = folders.get(0);
		assertThat(SampleDataGenerator.readCsv(one.resolve("agency.csv")).get(0).get("上級機關代碼")).isEqualTo("BENCH-HB");
		List<SampleDataGenerator.PlanRow> plan = SampleDataGenerator.readPlan(one.resolve("plan.csv"));
		assertThat(SampleDataGenerator.leaves(plan)).hasSize(60);
		// 8 % of the 60 measures (5) have no record; the other 55 have 3 each
		assertThat(SampleDataGenerator.readCsv(one.resolve("executions.csv"))).hasSize(55 * 3);
		assertThat(SampleDataGenerator.readCsv(one.resolve("phone_tests.csv"))).hasSize(20);
		assertThat(SampleDataGenerator.readCsv(one.resolve("survey_responses.csv"))).hasSize(50 + 10);
		assertThat(SampleDataGenerator.readCsv(one.resolve("cases.csv"))).hasSize(40);

		List<Path> again = BenchDataGenerator.generate(this.temp.resolve("b"), volume, 1);
		assertThat(Files.readAllBytes(again.get(0).resolve("survey_responses.csv")))
			.isEqualTo(Files.readAllBytes(one.resolve("survey_responses.csv")));
	}

}
