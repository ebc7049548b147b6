package tw.annualreport.source;

import java.util.function.Consumer;
import java.util.function.LongSupplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/** Logs the rows done of the rows to do of an import step every few seconds and at its end. */
public class ProgressListener implements ChunkListener<Object, Object>, StepExecutionListener {

	private static final Log logger = LogFactory.getLog(ProgressListener.class);

	private final String stepName;

	/** At most one progress line per interval: a long file shows it is moving without flooding the log. */
	private static final long INTERVAL_NANOS = 5_000_000_000L;

	private final LongSupplier nanoClock;

	private final Consumer<String> lines;

	private long done;

	private long lastLine;

	private StepExecution stepExecution;

	public ProgressListener(String stepName) {
		this(stepName, System::nanoTime, logger::info);
	}

	/** For tests: a clock that need not wait five seconds, and the lines it would log. */
	ProgressListener(String stepName, LongSupplier nanoClock, Consumer<String> lines) {
		this.stepName = stepName;
		this.nanoClock = nanoClock;
		this.lines = lines;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.stepExecution = stepExecution;
		this.done = 0;
		this.lastLine = this.nanoClock.getAsLong();
	}

	@Override
	public void afterChunk(Chunk<Object> chunk) {
		this.done += chunk.size();
		long now = this.nanoClock.getAsLong();
		if (now - this.lastLine >= INTERVAL_NANOS) {
			this.lastLine = now;
			long toDo = this.stepExecution.getExecutionContext().getLong(SourceRowReader.ROWS_TO_DO, 0);
			this.lines.accept(String.format("%s：已處理 %,d／%,d 筆", this.stepName, this.done, toDo));
		}
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		this.lines.accept(this.stepName + "：完成，讀取 " + stepExecution.getReadCount() + " 筆");
		return stepExecution.getExitStatus();
	}

}
