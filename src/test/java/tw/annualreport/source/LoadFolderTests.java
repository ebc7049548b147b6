package tw.annualreport.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The chunk files' folder: private to this account, cleared of what a killed run left. */
class LoadFolderTests {

	private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");

	@TempDir
	Path temp;

	@Test
	void aMissingFolderIsCreatedForThisAccountAlone() throws IOException {
		Path path = this.temp.resolve("annual-report-load-officer");

		LoadFolder folder = LoadFolder.open(path, NOW);

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).isEqualTo("rwx------");
		Path chunk = folder.newChunkFile("survey_answer");
		assertThat(chunk.getParent()).isEqualTo(path);
		assertThat(chunk.getFileName().toString()).startsWith("survey_answer-").endsWith(".tsv");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(chunk))).isEqualTo("rw-------");
	}

	@Test
	void aFolderOthersMayReadIsRefusedAndLeftAsItIs() throws IOException {
		Path path = Files.createDirectory(this.temp.resolve("shared"),
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
		Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
		Path old = chunk(path, "cases-1.tsv", NOW.minus(Duration.ofDays(2)));

		assertThatThrownBy(() -> LoadFolder.open(path, NOW)).isInstanceOf(LoadFolder.NotPrivate.class)
			.hasMessageContaining(path.toString())
			.hasMessageContaining("不是本帳號專用")
			.hasMessageContaining("rwxr-xr-x");
		assertThat(old).exists();
	}

	@Test
	void chunkFilesAKilledRunLeftAreDeletedAndAnotherRunsAreKept() throws IOException {
		Path path = this.temp.resolve("load");
		LoadFolder.open(path, NOW);
		Path killed = chunk(path, "survey_answer-81.tsv", NOW.minus(Duration.ofHours(3)));
		Path loading = chunk(path, "survey_answer-82.tsv", NOW.minus(Duration.ofSeconds(5)));
		Path notOurs = chunk(path, "notes.txt", NOW.minus(Duration.ofDays(30)));

		LoadFolder.open(path, NOW);

		assertThat(killed).doesNotExist();
		assertThat(loading).exists();
		assertThat(notOurs).exists();
	}

	private static Path chunk(Path folder, String name, Instant modified) throws IOException {
		Path file = Files.writeString(folder.resolve(name), "1\tA\n");
		Files.setLastModifiedTime(file, FileTime.from(modified));
		return file;
	}

}
