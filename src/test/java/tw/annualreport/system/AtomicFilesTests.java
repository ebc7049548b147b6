package tw.annualreport.system;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Files written whole or not at all, and what a killed writer left removed on the next run. */
class AtomicFilesTests {

	@TempDir
	Path folder;

	@Test
	void aWrittenFileAppearsWholeAndNoTemporaryFileStays() throws Exception {
		AtomicFiles.write(this.folder.resolve("report.pdf"), (out) -> out.write("%PDF".getBytes(StandardCharsets.US_ASCII)));

		try (var files = Files.list(this.folder)) {
			assertThat(files).extracting((f) -> f.getFileName().toString()).containsExactly("report.pdf");
		}
	}

	@Test
	void theTemporaryFilesOfAKilledWriterAreRemovedAndNothingElse() throws Exception {
		Path partial = Files.writeString(this.folder.resolve(".report.pdf." + UUID.randomUUID() + ".tmp"), "%PDF-1.4 partial");
		Path partialSheet = Files.writeString(this.folder.resolve(".report.xlsx." + UUID.randomUUID() + ".tmp"), "PK");
		Path report = Files.writeString(this.folder.resolve("report.pdf"), "%PDF whole");
		Path hidden = Files.writeString(this.folder.resolve(".report.pdf.notes.tmp"), "someone's own file");
		Path rejects = Files.writeString(this.folder.resolve("rejects.csv"), "檔案");

		assertThat(AtomicFiles.removeLeftovers(this.folder)).containsExactlyInAnyOrder(partial, partialSheet);

		assertThat(partial).doesNotExist();
		assertThat(partialSheet).doesNotExist();
		assertThat(report).hasContent("%PDF whole");
		assertThat(hidden).exists();
		assertThat(rejects).exists();
		assertThat(AtomicFiles.removeLeftovers(this.folder.resolve("not-yet-written"))).isEmpty();
	}

}
