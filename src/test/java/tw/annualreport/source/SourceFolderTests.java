package tw.annualreport.source;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** An input folder cannot make the job read outside it. */
class SourceFolderTests {

	@TempDir
	Path temp;

	@Test
	void aLinkToAFileOutsideTheInputFolderIsNotReadAsASourceFile() throws Exception {
		Path outside = Files.writeString(this.temp.resolve("secret.csv"), "項次,名稱\n1,機密\n", StandardCharsets.UTF_8);
		Path input = Files.createDirectories(this.temp.resolve("in"));
		Files.createSymbolicLink(input.resolve("plan.csv"), outside);

		assertThat(new SourceFolder(input, 1_000_000).locate(SourceFile.PLAN)).isEmpty();
	}

	@Test
	void onlyFilesDirectlyInTheFolderCountNotThoseOfSubFolders() throws Exception {
		Path input = Files.createDirectories(this.temp.resolve("in"));
		Files.createDirectories(input.resolve("old"));
		Files.writeString(input.resolve("old").resolve("plan.csv"), "項次,名稱\n1,舊計畫\n", StandardCharsets.UTF_8);

		assertThat(new SourceFolder(input, 1_000_000).locate(SourceFile.PLAN)).isEmpty();
	}

	@Test
	void aFileIsFoundByItsNameOrItsEnglishAliasInAnyCase() throws Exception {
		Path input = Files.createDirectories(this.temp.resolve("in"));
		Files.writeString(input.resolve("PhoneTests.CSV"), "測試編號\n", StandardCharsets.UTF_8);

		assertThat(new SourceFolder(input, 1_000_000).locate(SourceFile.PHONE_TESTS))
			.hasValueSatisfying((location) -> assertThat(location.file().getFileName().toString()).isEqualTo("PhoneTests.CSV"));
	}

}
