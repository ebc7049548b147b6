package tw.annualreport.source;

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

	private long done;

	private long lastLine;

	private StepExecution stepExecution;

	public ProgressListener(String stepName) {
		this.stepName = stepName;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.stepExecution = stepExecution;
		this.done = 0;
		this.lastLine = System.nanoTime();
	}

	@Override
	public void afterChunk(Chunk<Object> chunk) {
		this.done += chunk.size();
		long now = System.nanoTime();
		if (now - this.lastLine >= INTERVAL_NANOS) {
			this.lastLine = now;
			long toDo = this.stepExecution.getExecutionContext().getLong(SourceRowReader.ROWS_TO_DO, 0);
			logger.info(String.format("%s：已處理 %,d／%,d 筆", this.stepName, this.done, toDo));
		}
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		logger.info(this.stepName + "：完成，讀取 " + stepExecution.getReadCount() + " 筆");
		return stepExecution.getExitStatus();
	}

}
