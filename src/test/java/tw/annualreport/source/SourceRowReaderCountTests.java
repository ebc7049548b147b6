package tw.annualreport.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rows to do of the progress lines: counted only for a file still being read after a few
 * seconds, once, and then exactly (blank rows are not data); a file read sooner is never read twice.
 */
class SourceRowReaderCountTests {

	private static final long SECOND = 1_000_000_000L;

	private final AtomicLong clock = new AtomicLong();

	@TempDir
	Path folder;

	@Test
	void aFileReadWithinTheFirstSecondsIsNotCounted() throws IOException {
		SourceRowReader reader = readerOf("7.1.1,113/07/14\n7.1.1,113/08/01\n");
		ExecutionContext context = new ExecutionContext();
		reader.open(context);
		assertThat(reader.read()).isNotNull();
		this.clock.set(2 * SECOND);
		reader.update(context);
		reader.close();

		assertThat(context.containsKey(SourceRowReader.ROWS_TO_DO)).isFalse();
		assertThat(context.getString(SourceRowReader.PROGRESS_NAME)).isEqualTo("KHH-ZY 的 executions.csv");
	}

	@Test
	void aFileStillBeingReadIsCountedOnceWithoutItsBlankRows() throws IOException {
		SourceRowReader reader = readerOf("7.1.1,113/07/14\n,,,,\n7.1.1,113/08/01\n7.1.1,113/09/01\n");
		ExecutionContext context = new ExecutionContext();
		reader.open(context);
		assertThat(reader.read()).isNotNull();
		this.clock.set(4 * SECOND);
		reader.update(context);
		assertThat(context.getLong(SourceRowReader.ROWS_TO_DO)).isEqualTo(3);
		context.putLong(SourceRowReader.ROWS_TO_DO, 99);
		this.clock.set(9 * SECOND);
		reader.update(context);
		reader.close();

		assertThat(context.getLong(SourceRowReader.ROWS_TO_DO)).as("counted once").isEqualTo(99);
	}

	/** executions.csv with the given rows after its header (only the measure and date filled in: the reader checks nothing else). */
	private SourceRowReader readerOf(String rows) throws IOException {
		Files.writeString(this.folder.resolve("executions.csv"), "措施項次,執行日期,承辦單位,執行情形,場次,人次,指標實績,狀態,佐證\n" + rows);
		ImportContext context = new ImportContext(1, "KHH-ZY", 113, this.folder);
		return new SourceRowReader(SourceFile.EXECUTIONS, context, 1_000_000, null, this.clock::get);
	}

}
