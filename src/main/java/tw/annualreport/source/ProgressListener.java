package tw.annualreport.source;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Logs the rows done of the rows to do of an import step every few seconds, named by its agency
 * and file (the officer's words, never the step's name), and once more at its end if it did: a
 * file imported within seconds says nothing here, its counts come with the import's check
 * ({@link ImportCheck}).
 * <p>
 * One listener serves every execution of its (singleton) step, and a bureau run's agencies run
 * the same step at once: so it keeps each execution's progress apart, by step execution id, and
 * finds the execution of a chunk from the thread running it (where Spring Batch registers it).
 */
public class ProgressListener implements ChunkListener<Object, Object>, StepExecutionListener {

	private static final Log logger = LogFactory.getLog(ProgressListener.class);

	/** At most one progress line per interval: a long file shows it is moving without flooding the log. */
	private static final long INTERVAL_NANOS = 5_000_000_000L;

	private final LongSupplier nanoClock;

	private final Consumer<String> lines;

	/** The running executions' progress, by step execution id; an execution's leaves with it. */
	private final Map<Long, Progress> running = new ConcurrentHashMap<>();

	public ProgressListener() {
		this(System::nanoTime, logger::info);
	}

	/** For tests: a clock that need not wait five seconds, and the lines it would log. */
	ProgressListener(LongSupplier nanoClock, Consumer<String> lines) {
		this.nanoClock = nanoClock;
		this.lines = lines;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.running.put(stepExecution.getId(), new Progress(this.nanoClock.getAsLong()));
	}

	@Override
	public void afterChunk(Chunk<Object> chunk) {
		StepContext context = StepSynchronizationManager.getContext();
		Progress progress = (context != null) ? this.running.get(context.getStepExecution().getId()) : null;
		if (progress == null) {
			return;
		}
		progress.done += chunk.size();
		long now = this.nanoClock.getAsLong();
		if (now - progress.lastLine >= INTERVAL_NANOS) {
			progress.lastLine = now;
			progress.said = true;
			ExecutionContext execution = context.getStepExecution().getExecutionContext();
			// the reader counts a long file's rows once it has read it a few seconds (SourceRowReader.update)
			this.lines.accept(execution.containsKey(SourceRowReader.ROWS_TO_DO)
					? String.format("%s：已處理 %,d／%,d 筆", name(execution), progress.done,
							execution.getLong(SourceRowReader.ROWS_TO_DO))
					: String.format("%s：已處理 %,d 筆", name(execution), progress.done));
		}
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		Progress progress = this.running.remove(stepExecution.getId());
		if (progress != null && progress.said) {
			this.lines.accept(String.format("%s：已讀完 %,d 筆", name(stepExecution.getExecutionContext()),
					stepExecution.getReadCount()));
		}
		return stepExecution.getExitStatus();
	}

	private static String name(ExecutionContext execution) {
		return execution.getString(SourceRowReader.PROGRESS_NAME, "來源檔");
	}

	/** One execution's rows done and when it last said so; touched only by the thread running it. */
	private static final class Progress {

		private long done;

		private long lastLine;

		/** Whether a progress line was logged, so the end is said too. */
		private boolean said;

		Progress(long start) {
			this.lastLine = start;
		}

	}

}
