package tw.annualreport.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import tw.annualreport.source.ImportProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An input folder the console fills keeps each year's files in {@code <input>/<year>/<code>/}: a
 * run of the year reads an agency's folder of the year, and the folder of before
 * ({@code <input>/<code>/}) of an agency that has none for the year, so nothing uploaded is lost.
 */
class AgencyTargetsYearFolderTests {

	@TempDir
	Path input;

	private final AgencyTargets targets = new AgencyTargets(null,
			new ImportProperties(0.2, DataSize.ofMegabytes(50), null, 1));

	private void agency(Path folder, String code) throws IOException {
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("agency.csv"), "機關代碼,機關名稱,上級機關代碼\n" + code + ",機關 " + code + ",HB\n");
	}

	@Test
	void aRunOfTheYearReadsTheYearsFolderAndTheFolderOfBeforeOfAnAgencyWithoutOne() throws IOException {
		agency(this.input.resolve("113/A"), "A");
		agency(this.input.resolve("A"), "A");
		agency(this.input.resolve("B"), "B");
		agency(this.input.resolve("114/C"), "C");
		// a hidden folder is an upload being staged, never an agency
		agency(this.input.resolve("113/.A.upload-1"), "A");

		List<AgencyTargets.Target> of113 = this.targets.underParent("HB", 113, this.input);
		assertThat(of113).extracting(AgencyTargets.Target::code).containsExactly("A", "B");
		assertThat(of113.get(0).folder()).isEqualTo(this.input.resolve("113/A"));
		assertThat(of113.get(1).folder()).isEqualTo(this.input.resolve("B"));

		assertThat(this.targets.underParent("HB", 112, this.input)).extracting(AgencyTargets.Target::folder)
			.containsExactly(this.input.resolve("A"), this.input.resolve("B"));
	}

}
