package tw.annualreport.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One listener serves every run of its (singleton) step: a bureau run's agencies run the same
 * import step at once, and each must see only its own rows.
 */
class ProgressListenerTests {

	private static final long SECOND = 1_000_000_000L;

	private final AtomicLong clock = new AtomicLong();

	private final List<String> lines = new ArrayList<>();

	private final ProgressListener listener = new ProgressListener(this.clock::get, this.lines::add);

	@Test
	void twoRunsOfTheStepAtOnceEachReportTheirOwnProgressAndRows() {
		StepExecution large = stepExecution(1, "KHH-ZY 的 cases.csv", 1_000);
		StepExecution small = stepExecution(2, "KHH-SM2 的 cases.csv", 10);
		this.listener.beforeStep(large);
		this.listener.beforeStep(small);

		this.clock.set(6 * SECOND);
		chunk(large, 500);
		this.clock.set(7 * SECOND);
		chunk(small, 10);
		small.setReadCount(10);
		this.listener.afterStep(small);
		this.clock.set(12 * SECOND);
		chunk(large, 500);
		large.setReadCount(1_000);
		this.listener.afterStep(large);

		assertThat(this.lines).containsExactly("KHH-ZY 的 cases.csv：已處理 500／1,000 筆",
				"KHH-SM2 的 cases.csv：已處理 10／10 筆", "KHH-SM2 的 cases.csv：已讀完 10 筆",
				"KHH-ZY 的 cases.csv：已處理 1,000／1,000 筆", "KHH-ZY 的 cases.csv：已讀完 1,000 筆");
		assertThat(String.join("\n", this.lines)).as("the officer's words, not the step's").doesNotContain("Step");
	}

	@Test
	void aRunStartsCountingFromNothingAndLogsAtMostEveryFiveSeconds() {
		StepExecution first = stepExecution(1, "KHH-ZY 的 資料.xlsx［cases］", 300);
		this.listener.beforeStep(first);
		this.clock.set(6 * SECOND);
		chunk(first, 100);
		first.setReadCount(100);
		this.listener.afterStep(first);
		StepExecution again = stepExecution(2, "KHH-ZY 的 資料.xlsx［cases］", 300);
		this.listener.beforeStep(again);
		this.clock.set(8 * SECOND);
		chunk(again, 100);
		this.clock.set(12 * SECOND);
		chunk(again, 100);

		assertThat(this.lines).containsExactly("KHH-ZY 的 資料.xlsx［cases］：已處理 100／300 筆",
				"KHH-ZY 的 資料.xlsx［cases］：已讀完 100 筆", "KHH-ZY 的 資料.xlsx［cases］：已處理 200／300 筆");
	}

	@Test
	void aFileNotYetCountedSaysTheRowsDoneAlone() {
		StepExecution uncounted = stepExecution(1, "KHH-ZY 的 cases.csv", 0);
		uncounted.getExecutionContext().remove(SourceRowReader.ROWS_TO_DO);
		this.listener.beforeStep(uncounted);
		this.clock.set(6 * SECOND);
		chunk(uncounted, 500);

		assertThat(this.lines).containsExactly("KHH-ZY 的 cases.csv：已處理 500 筆");
	}

	@Test
	void aFileReadWithinFiveSecondsSaysNothing() {
		StepExecution quick = stepExecution(1, "KHH-ZY 的 plan.csv", 63);
		this.listener.beforeStep(quick);
		this.clock.set(2 * SECOND);
		chunk(quick, 63);
		quick.setReadCount(63);
		this.listener.afterStep(quick);

		assertThat(this.lines).isEmpty();
	}

	/** Like a chunk-oriented step: the chunk is done on the thread its step execution is registered on. */
	private void chunk(StepExecution stepExecution, int rows) {
		StepSynchronizationManager.register(stepExecution);
		try {
			this.listener.afterChunk(new Chunk<>(new ArrayList<Object>(Collections.nCopies(rows, "row"))));
		}
		finally {
			StepSynchronizationManager.close();
		}
	}

	/** An agency's run of the step, its file named and counted as {@link SourceRowReader} does. */
	private static StepExecution stepExecution(long id, String name, long rowsToDo) {
		JobExecution job = new JobExecution(id, new JobInstance(id, "annualReportJob"), new JobParameters());
		StepExecution step = new StepExecution(id, "importAgencyStep", job);
		step.getExecutionContext().putLong(SourceRowReader.ROWS_TO_DO, rowsToDo);
		step.getExecutionContext().putString(SourceRowReader.PROGRESS_NAME, name);
		return step;
	}

}
